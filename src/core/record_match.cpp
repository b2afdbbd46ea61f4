#include "core/record_match.hpp"

#include <functional>

namespace backplan::core {

namespace {

long long seconds_of(const Timestamp& time) {
    return time.instant().time_since_epoch().count();
}

void combine(std::size_t& seed, std::size_t value) {
    seed ^= value + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2);
}

long long day_number(const Date& date) {
    return std::chrono::sys_days(date).time_since_epoch().count();
}

} // namespace

bool same_record(const LogEntry& a, const LogEntry& b) {
    LineKind kind = kind_of(a);
    if (kind != kind_of(b) || a.id != b.id) {
        return false;
    }
    if (kind == LineKind::cancel) {
        return seconds_of(*a.cancels) == seconds_of(*b.cancels);
    }
    return seconds_of(a.time) == seconds_of(b.time) && a.unit == b.unit && a.amounts == b.amounts &&
           a.days == b.days;
}

std::size_t record_hash(const LogEntry& entry) {
    LineKind kind = kind_of(entry);
    std::size_t seed = std::hash<int>()(static_cast<int>(kind));
    combine(seed, std::hash<std::string>()(entry.id));
    if (kind == LineKind::cancel) {
        combine(seed, std::hash<long long>()(seconds_of(*entry.cancels)));
        return seed;
    }
    combine(seed, std::hash<long long>()(seconds_of(entry.time)));
    combine(seed, std::hash<int>()(static_cast<int>(entry.unit)));
    for (int amount : entry.amounts) {
        combine(seed, std::hash<int>()(amount));
    }
    if (entry.days) {
        combine(seed, std::hash<long long>()(day_number(entry.days->first)));
        combine(seed, std::hash<long long>()(day_number(entry.days->last)));
    }
    return seed;
}

HeldRecords::HeldRecords(const std::vector<LogEntry>& asked)
    : m_asked(asked), m_held(asked.size(), false), m_repeated(asked.size(), false) {
    for (std::size_t index = 0; index < asked.size(); ++index) {
        std::size_t hash = record_hash(asked[index]);
        auto [first, last] = m_index.equal_range(hash);
        for (auto it = first; it != last && !m_repeated[index]; ++it) {
            m_repeated[index] = same_record(asked[it->second], asked[index]);
        }
        if (!m_repeated[index]) {
            m_index.emplace(hash, index);
        }
    }
}

void HeldRecords::note(LineKind kind, const LogEntry& line) {
    if (kind == LineKind::blank) {
        return;
    }
    auto [first, last] = m_index.equal_range(record_hash(line));
    for (auto it = first; it != last; ++it) {
        if (same_record(m_asked[it->second], line)) {
            m_held[it->second] = true;
        }
    }
}

} // namespace backplan::core
