// LogStore's appends of many records at once (import, merge): one read of the log, one write.
#include "core/identity.hpp"
#include "core/record_match.hpp"
#include "io/store/log_store.hpp"

#include <algorithm>

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
    std::vector<const core::LogEntry*> fresh;
    for (std::size_t index = 0; index < records.size(); ++index) {
        result.repeated += held.repeated(index) ? 1 : 0;
        result.already += !held.repeated(index) && held.held(index) ? 1 : 0;
        if (!held.repeated(index) && !held.held(index)) {
            fresh.push_back(&records[index]);
        }
    }
    std::stable_sort(fresh.begin(), fresh.end(), [](const auto* a, const auto* b) {
        return a->time.instant() < b->time.instant();
    });
    for (const core::LogEntry* record : fresh) {
        Appended& appended = result.written.emplace_back();
        appended.entry = *record;
        if (core::kind_of(*record) != core::LineKind::cancel) {
            try {
                appended.entry.time = free.first_free(*record);
            } catch (const ValueError& error) {
                throw Error(ExitCode::data, m_path + ": " + error.what());
            }
            free.take(record->id, appended.entry.time);
            if (!(appended.entry.time == record->time)) {
                appended.moved_from = record->time;
            }
        }
        appended.line = checked_line(appended.entry);
        lines += (lines.empty() ? "" : "\n") + appended.line;
    }
    return result;
}

} // namespace backplan::io
