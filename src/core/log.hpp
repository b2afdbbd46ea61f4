#pragma once

#include "core/error.hpp"
#include "core/routine.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace backplan::core {

// A local date and time of day, without its UTC offset.
struct LocalTime {
    Date date;
    int seconds = 0; // since midnight, 0..86399
};

// A moment as the log records it: a local date and time with its offset from UTC.
struct Timestamp {
    Date date;
    int seconds = 0;    // since local midnight, 0..86399
    int utc_offset = 0; // minutes east of UTC
    std::chrono::sys_seconds instant() const;
    bool operator==(const Timestamp&) const = default;
};

// "2026-11-24T07:30:00+01:00".
std::string format_timestamp(const Timestamp& time);

// Parses what format_timestamp writes, or the same with "Z" for +00:00; throws ValueError.
Timestamp parse_timestamp(std::string_view text);

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
void append_log_line(std::string& out, const LogEntry& entry);

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

// Parses the amounts of sets given on the command line ("20", "45s") for an exercise counting
// unit; for seconds the "s" may be left out. Throws ValueError.
std::vector<int> parse_amounts(const std::vector<std::string>& arguments, Unit unit,
                               std::string_view id);

// Throws ValueError when the note is too long, not one line of UTF-8, or holds control
// characters.
void check_note(std::string_view note);

// Parses --at: now or today (the given now), yesterday (the same time a day earlier),
// YYYY-MM-DD (at 12:00), YYYY-MM-DDTHH:MM[:SS], or HH:MM[:SS] (today). Throws ValueError.
LocalTime parse_at(std::string_view text, LocalTime now);

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
