#pragma once

// The log checker behind `backplan check`: every line against a routine.

#include "core/log_line.hpp"
#include "core/routine.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace backplan::core {

// A problem found in a log line; warnings do not make the log invalid.
struct LogProblem {
    std::size_t line = 0;
    int column = 0;
    std::string message;
    bool warning = false;
};

// Checks a log line by line against a routine, holding only what the order check needs.
class LogChecker {
  public:
    explicit LogChecker(const Routine& routine) : m_routine(routine) {}

    // Adds the problems of the line to problems: a line that does not parse, an unknown exercise,
    // an amount in the wrong unit, and (a warning) a time earlier than an earlier line's.
    void check(std::size_t number, std::string_view line, std::vector<LogProblem>& problems);

  private:
    const Routine& m_routine;
    LogEntry m_entry;
    std::optional<std::chrono::sys_seconds> m_latest;
    std::size_t m_latest_line = 0;
};

} // namespace backplan::core
