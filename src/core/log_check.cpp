#include "core/log_check.hpp"

#include "core/match.hpp"

namespace backplan::core {

void LogChecker::check(std::size_t number, std::string_view line,
                       std::vector<LogProblem>& problems) {
    try {
        if (parse_log_line(line, m_entry) == LineKind::blank) {
            return;
        }
    } catch (const LogLineError& error) {
        problems.push_back({number, error.column(), error.what(), false});
        return;
    }
    // Ids are lowercase, so the first match cannot fall inside the timestamp.
    int column = static_cast<int>(line.find(m_entry.id)) + 1;
    const Exercise* exercise = nullptr;
    for (const Exercise& candidate : m_routine.exercises) {
        exercise = candidate.id == m_entry.id ? &candidate : exercise;
    }
    if (exercise == nullptr) {
        std::vector<std::string> close = suggest_exercises(m_routine, m_entry.id);
        problems.push_back({number, column,
                            "unknown exercise '" + m_entry.id + "'" +
                                (close.empty() ? "" : "; did you mean '" + close.front() + "'?"),
                            false});
    } else if (exercise->progression.unit != m_entry.unit) {
        problems.push_back({number, column,
                            m_entry.id + " counts " +
                                std::string(unit_name(exercise->progression.unit)) + ", not " +
                                std::string(unit_name(m_entry.unit)),
                            false});
    }
    std::chrono::sys_seconds instant = m_entry.time.instant();
    if (m_latest && instant < *m_latest) {
        problems.push_back({number, 1,
                            "earlier than line " + std::to_string(m_latest_line) +
                                "; sort the log to put it in order",
                            true});
    } else {
        m_latest = instant;
        m_latest_line = number;
    }
}

} // namespace backplan::core
