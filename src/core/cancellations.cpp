#include "core/cancellations.hpp"

#include <algorithm>

namespace backplan::core {

void Cancellations::add(const LogEntry& cancellation, std::size_t line) {
    std::vector<Named>& named = m_named[cancellation.cancels->instant()];
    auto found = std::find_if(named.begin(), named.end(),
                              [&](const Named& n) { return n.id == cancellation.id; });
    if (found == named.end()) {
        named.push_back({cancellation.id, line, m_count++});
    } else {
        found->last_line = std::max(found->last_line, line);
    }
}

const Cancellations::Named* Cancellations::find(const Timestamp& time, std::string_view id) const {
    auto at = m_named.find(time.instant());
    if (at == m_named.end()) {
        return nullptr;
    }
    auto found = std::find_if(at->second.begin(), at->second.end(),
                              [&](const Named& n) { return n.id == id; });
    return found == at->second.end() ? nullptr : &*found;
}

std::uint64_t record_content(const LogEntry& record) {
    // FNV-1a over what tells two records of one identity apart.
    std::uint64_t hash = 14695981039346656037ull;
    auto mix = [&](std::uint64_t value) {
        for (int byte = 0; byte < 8; ++byte) {
            hash = (hash ^ ((value >> (8 * byte)) & 0xff)) * 1099511628211ull;
        }
    };
    mix(static_cast<std::uint64_t>(record.unit));
    mix(record.amounts.size());
    for (int amount : record.amounts) {
        mix(static_cast<std::uint64_t>(amount));
    }
    mix(record.pain ? static_cast<std::uint64_t>(*record.pain) + 1 : 0);
    if (record.days) {
        for (Date day : {record.days->first, record.days->last}) {
            mix(static_cast<std::uint64_t>(std::chrono::sys_days(day).time_since_epoch().count()));
        }
    }
    mix(record.note.size());
    for (char c : record.note) {
        hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    }
    return hash;
}

bool CancelledRecords::cancelled(const LogEntry& record, std::size_t line) {
    const Cancellations::Named* named = m_cancellations.find(record.time, record.id);
    if (named == nullptr) {
        return false;
    }
    std::vector<std::uint64_t>& before = m_before[named->index];
    std::uint64_t content = record_content(record);
    if (line < named->last_line) {
        before.push_back(content);
        return true;
    }
    return before.empty() || std::find(before.begin(), before.end(), content) != before.end();
}

} // namespace backplan::core
