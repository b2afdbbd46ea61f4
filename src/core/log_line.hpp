#pragma once

// The log's line codec: one line of the log to a LogEntry and back.

#include "core/error.hpp"
#include "core/routine.hpp"
#include "core/time.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace backplan::core {

// One line of the log: what was done, when, as which exercise, and a note.
struct LogEntry {
    Timestamp time;
    std::string id;
    Unit unit = Unit::reps;
    std::vector<int> amounts; // reps, or seconds, of each set
    std::string note;
    bool operator==(const LogEntry&) const = default;
};

inline constexpr std::size_t max_sets_per_entry = 50;
inline constexpr std::size_t max_note_length = 500;

// The entry as one log line, without its newline:
// "2026-11-24T07:30:00+01:00 action2 20 20 18 # towel slipped"; seconds are written "45s".
std::string format_log_line(const LogEntry& entry);

// Appends format_log_line(entry) to out: no allocation once out has room for the line.
void format_log_line_into(std::string& out, const LogEntry& entry);

// A log line that does not parse, with the 1-based column of the problem.
class LogLineError : public ValueError {
  public:
    LogLineError(int column, const std::string& message) : ValueError(message), m_column(column) {}
    int column() const { return m_column; }

  private:
    int m_column;
};

enum class LineKind { entry, blank }; // blank: empty, only spaces, or a # comment

// Parses one line (without its newline) into entry, reusing its storage. Tolerates runs of
// spaces or tabs between fields and a trailing CR. Throws LogLineError.
LineKind parse_log_line(std::string_view line, LogEntry& entry);

// parse_log_line's two halves, apart for the tests that hold them to the same results. The fast
// one takes only a line exactly as format_log_line writes it (+hh:mm or -hh:mm, single spaces,
// " # " before a note) and returns false on anything else, which the general one then reads.
bool parse_canonical_log_line(std::string_view line, LogEntry& entry);
LineKind parse_any_log_line(std::string_view line, LogEntry& entry);

// One amount as the log writes it: 1 to 1000 reps ("20") or 1 to 3600 seconds ("45s"), without
// leading zeros. Sets value and returns the unit it is in; throws ValueError.
Unit parse_amount(std::string_view token, int& value);

} // namespace backplan::core
