#pragma once

// The log (backplan-log(5)): appended to only through LogStore::append, which writes a line only
// once it reads back as the entry meant; read in one streaming pass.

#include "core/adaptive.hpp"
#include "core/error.hpp"
#include "core/log_check.hpp"
#include "core/log_line.hpp"
#include "core/routine.hpp"
#include "io/system.hpp"

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace backplan::io {

// Lines longer than this are reported, not parsed.
inline constexpr std::size_t max_log_line_bytes = max_line_bytes;

// Of the lines a reading skips, how many are described one by one; the rest are counted.
inline constexpr std::size_t skipped_lines_described = 5;

// What a reading of the log found besides the entries it passed on.
struct LogReading {
    bool missing = false;               // there is no log yet: read as empty
    std::size_t entries = 0;            // entries read
    std::size_t skipped = 0;            // lines that could not be read, skipped
    std::vector<Diagnostic> described;  // the first skipped_lines_described of them
    std::optional<std::string> failure; // why the log was left out, when it could not be read
};

// What a line longer than max_log_line_bytes is reported as.
std::string too_long_line_message();

class LogStore {
  public:
    LogStore(System& system, std::string path) : m_system(system), m_path(std::move(path)) {}

    const std::string& path() const { return m_path; }

    // Appends the entry as one line and returns the line (without its newline). The line is
    // formatted, parsed back and compared with the entry first: a line that would not read back
    // as meant is never written (Error(data)). Then System::append_line's promises hold.
    std::string append(const core::LogEntry& entry);

    // Calls visit for each entry, in the log's order, in one streaming pass; a line that does
    // not parse is skipped and counted. Throws Error: no_input when the log is missing or
    // unreadable, data when it is not a regular file, io on a read error.
    LogReading read(const std::function<void(const core::LogEntry&)>& visit) const;

    // The log's sessions of the routine's exercises, in the units the routine counts them in
    // (other lines are left out, as check reports them). No log yet is an empty history
    // (reading.missing); a log that cannot be read is one too, with reading.failure saying why.
    core::LogHistory history(const core::Routine& routine, LogReading& reading) const;

    // Checks every line against the routine, calling report for each problem and warning.
    // Throws Error as read does.
    void check(const core::Routine& routine,
               const std::function<void(const core::LogProblem&)>& report) const;

  private:
    void read_into(LogReading& reading,
                   const std::function<void(const core::LogEntry&)>& visit) const;

    System& m_system;
    std::string m_path;
};

} // namespace backplan::io
