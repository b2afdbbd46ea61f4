#pragma once

// The log checker behind `backplan check`: every line against a routine.

#include "core/log_line.hpp"
#include "core/routine.hpp"
#include "core/zone.hpp"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace backplan::core {

// How much a problem found in the log matters: an error makes the log invalid (the line is
// skipped by every reader); a warning or a note does not.
enum class Severity { error, warning, note };

// A problem found in a log line; column 0 when it is about the whole line.
struct LogProblem {
    std::size_t line = 0;
    int column = 0;
    std::string message;
    Severity severity = Severity::error;
};

// Checks a log line by line against a routine, holding only what the order check needs.
class LogChecker {
  public:
    // Lines are read as parse_log_line reads them with the routine and the time zone.
    LogChecker(const Routine& routine, LocalResolver local_time)
        : m_context{&routine, std::move(local_time)} {}

    // Adds the problems of the line (its number from 1) to problems: as errors, what makes
    // parse_log_line refuse it (its form, an unknown exercise, the wrong unit); as notes, a line
    // read as written by hand, with the line backplan would write for it, a byte-order mark, and
    // (once) CR LF line ends. A line whose time is earlier than an earlier line's is no problem:
    // the log is in the order it was appended to, and entries are back-dated with --at.
    void check(std::size_t number, std::string_view line, std::vector<LogProblem>& problems);

    // Adds the problems only the whole log shows, once every line has been checked, by line: as
    // warnings, a record that repeats an earlier one exactly (a log concatenated twice: every
    // reader counts both), and a cancellation that names no record of the log.
    void finish(std::vector<LogProblem>& problems);

  private:
    // What finish needs of a line, without holding its text: hashes.
    struct Seen {
        std::uint64_t line_hash; // of the line as backplan would write it
        std::int64_t instant;    // of the record, or of the one a cancellation names
        std::uint64_t id_hash;
        std::size_t line;
        bool cancellation;
        bool sets; // a line of sets, which every reader would count twice
    };

    LineContext m_context;
    std::vector<Seen> m_seen;
    LogEntry m_entry;
    bool m_crlf_noted = false;
};

} // namespace backplan::core
