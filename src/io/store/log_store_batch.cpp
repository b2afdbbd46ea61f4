// LogStore's appends of many records at once (import, merge): one read of the log, one write.
#include "core/identity.hpp"
#include "core/record_match.hpp"
#include "io/store/log_store.hpp"

#include <algorithm>
#include <map>

namespace backplan::io {

AppendedNew LogStore::append_new(const std::vector<core::LogEntry>& records,
                                 const core::Routine* routine) {
    // A batch with a line that would not read back as meant is never written, nor waited for.
    for (const core::LogEntry& record : records) {
        checked_line(record);
    }
    AppendedNew result;
    if (records.empty()) {
        return result;
    }
    append_locked([&](const LogStore& locked) {
        std::string lines;
        result = locked.compose_new(records, routine, lines);
        return lines;
    });
    return result;
}

AppendedNew LogStore::new_records(const std::vector<core::LogEntry>& records,
                                  const core::Routine* routine) const {
    for (const core::LogEntry& record : records) {
        checked_line(record);
    }
    std::string lines;
    return compose_new(records, routine, lines);
}

AppendedNew LogStore::compose_new(const std::vector<core::LogEntry>& records,
                                  const core::Routine* routine, std::string& lines) const {
    AppendedNew result;
    core::HeldRecords held(records);
    core::FreeTimes free(records);
    // One pass: every line is parsed, for what it holds; what it takes comes with it.
    if (!missing()) {
        read_records(
            routine, [](std::string_view) { return true; },
            [&](core::LineKind kind, const core::LogEntry& line) {
                held.note(kind, line);
                free.note(kind, line);
            });
    }
    // Where each record of the batch stands in the log once written, when not at its own time:
    // a cancellation of the batch names it there (it was moved, now or by an earlier merge).
    std::map<std::pair<std::string, long long>, core::Timestamp> placed;
    auto key = [](const std::string& id, const core::Timestamp& time) {
        return std::pair(id, static_cast<long long>(time.instant().time_since_epoch().count()));
    };
    std::vector<const core::LogEntry*> fresh;
    std::vector<const core::LogEntry*> cancellations;
    for (std::size_t index = 0; index < records.size(); ++index) {
        const core::LogEntry& record = records[index];
        std::optional<core::Timestamp> at;
        if (held.repeated(index)) {
            ++result.repeated;
        } else if (core::kind_of(record) == core::LineKind::cancel) {
            cancellations.push_back(&record);
        } else if (held.held(index)) {
            ++result.already;
        } else if ((at = free.held_at(record))) {
            ++result.already;
            placed[key(record.id, record.time)] = *at;
        } else {
            fresh.push_back(&record);
        }
    }
    std::stable_sort(fresh.begin(), fresh.end(), [](const auto* a, const auto* b) {
        return a->time.instant() < b->time.instant();
    });
    for (const core::LogEntry* record : fresh) {
        Appended& appended = result.written.emplace_back();
        appended.entry = *record;
        try {
            appended.entry.time = free.first_free(*record);
        } catch (const ValueError& error) {
            throw Error(ExitCode::data, m_path + ": " + error.what());
        }
        free.take(*record, appended.entry.time);
        if (!(appended.entry.time == record->time)) {
            appended.moved_from = record->time;
            placed[key(record->id, record->time)] = appended.entry.time;
        }
    }
    for (const core::LogEntry* cancellation : cancellations) {
        core::LogEntry entry = *cancellation;
        auto moved = placed.find(key(entry.id, *entry.cancels));
        if (moved != placed.end()) {
            entry.cancels = moved->second;
        }
        if (free.cancelled(entry.id, *entry.cancels)) {
            ++result.already;
        } else {
            result.written.push_back({{}, entry, std::nullopt});
        }
    }
    std::stable_sort(result.written.begin(), result.written.end(),
                     [](const auto& a, const auto& b) {
                         return a.entry.time.instant() < b.entry.time.instant();
                     });
    for (Appended& appended : result.written) {
        appended.line = checked_line(appended.entry);
        lines += (lines.empty() ? "" : "\n") + appended.line;
    }
    return result;
}

} // namespace backplan::io
