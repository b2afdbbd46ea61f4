#include "io/log_store.hpp"

#include <algorithm>

namespace backplan::io {

std::string too_long_line_message() {
    return "a line longer than " + std::to_string(max_log_line_bytes) + " bytes";
}

std::string LogStore::append(const core::LogEntry& entry) {
    // A line that would not read back as meant is never written.
    std::string line = core::format_log_line(entry);
    core::LogEntry read_back;
    if (core::parse_log_line(line, read_back) != core::LineKind::entry || !(read_back == entry)) {
        throw Error(ExitCode::data,
                    "refusing to write a line that does not read back the same: " + line);
    }
    m_system.append_line(m_path, line);
    return line;
}

LogReading LogStore::read(const std::function<void(const core::LogEntry&)>& visit) const {
    LogReading reading;
    read_into(reading, visit);
    return reading;
}

void LogStore::read_into(LogReading& reading,
                         const std::function<void(const core::LogEntry&)>& visit) const {
    core::LogEntry entry;
    m_system.read_lines(m_path, "log",
                        [&](std::size_t number, std::string_view text, bool too_long) {
                            try {
                                if (too_long) {
                                    throw core::LogLineError(1, too_long_line_message());
                                }
                                if (core::parse_log_line(text, entry) == core::LineKind::entry) {
                                    ++reading.entries;
                                    visit(entry);
                                }
                            } catch (const core::LogLineError& error) {
                                if (++reading.skipped <= skipped_lines_described) {
                                    reading.described.push_back({m_path, static_cast<int>(number),
                                                                 error.column(), error.what()});
                                }
                            }
                        });
}

core::LogHistory LogStore::history(const core::Routine& routine, LogReading& reading) const {
    core::LogHistory history;
    if (m_system.missing(m_path)) {
        reading.missing = true;
        return history;
    }
    // The routine's ids side by side, with their units and sessions: every line is looked up
    // here, once (README, Performance: `report` over 1M lines in 0.83 x mawk's time).
    struct Slot {
        std::string_view id;
        core::Unit unit;
        core::Sessions* sessions;
    };
    std::vector<Slot> slots;
    for (const core::Exercise& exercise : routine.exercises) {
        slots.push_back(
            {exercise.id, exercise.progression.unit, &history.sessions_of(exercise.id)});
    }
    try {
        read_into(reading, [&](const core::LogEntry& entry) {
            auto slot = std::find_if(slots.begin(), slots.end(),
                                     [&](const Slot& s) { return core::same_id(s.id, entry.id); });
            if (slot != slots.end() && slot->unit == entry.unit) {
                core::LogHistory::add(*slot->sessions, entry);
            }
        });
    } catch (const Error& error) {
        // A plan from the template alone is still useful; the caller says why the log was left
        // out.
        reading.failure = error.what();
        return {};
    }
    return history;
}

void LogStore::check(const core::Routine& routine,
                     const std::function<void(const core::LogProblem&)>& report) const {
    core::LogChecker checker(routine);
    std::vector<core::LogProblem> problems;
    m_system.read_lines(m_path, "log",
                        [&](std::size_t number, std::string_view text, bool too_long) {
                            problems.clear();
                            if (too_long) {
                                problems.push_back({number, 1, too_long_line_message(), false});
                            } else {
                                checker.check(number, text, problems);
                            }
                            for (const core::LogProblem& problem : problems) {
                                report(problem);
                            }
                        });
}

} // namespace backplan::io
