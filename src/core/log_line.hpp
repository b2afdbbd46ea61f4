#pragma once

// The log's line codec: one line of the log to a LogEntry and back.

#include "core/error.hpp"
#include "core/match.hpp"
#include "core/routine.hpp"
#include "core/time.hpp"
#include "core/zone.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace backplan::core {

// Whole days, first to last.
struct DaySpan {
    Date first;
    Date last;
    bool operator==(const DaySpan&) const = default;
};

// One line of the log: what was done, when, as which exercise, the pain reported with it, and a
// note. Or, when cancels is set, a cancellation: at time, the record of exercise id at *cancels
// is cancelled (and amounts is empty); id is pause_marker or resume_marker when the record is a
// pause or a resume. Or, when days is set, a pause of those days (id is pause_marker), or a
// resume from days->first (id is resume_marker, days->last the same day); amounts is empty.
struct LogEntry {
    Timestamp time;
    std::string id;
    Unit unit = Unit::reps;
    std::vector<int> amounts; // reps, or seconds, of each set
    std::string note;
    std::optional<Timestamp> cancels;
    std::optional<DaySpan> days = std::nullopt;
    // Pain reported with the sets, 0 (none) to 10 ("pain=2"); never on another kind of record.
    std::optional<int> pain = std::nullopt;
    bool operator==(const LogEntry&) const = default;
};

// What stands in the exercise's place on a record other than sets; never an exercise id.
inline constexpr std::string_view undo_marker = "!undo";
inline constexpr std::string_view pause_marker = "!pause";
inline constexpr std::string_view resume_marker = "!resume";

// True when the id is that of a pause or resume record rather than an exercise's.
inline bool is_pause_marker(std::string_view id) {
    return id == pause_marker || id == resume_marker;
}

inline constexpr std::size_t max_sets_per_entry = 50;
inline constexpr std::size_t max_note_length = 500;

// The entry as one log line, without its newline:
// "2026-11-24T07:30:00+01:00 action2 20 20 18 pain=2 # towel slipped"; seconds are written
// "45s"; a cancellation "2026-11-24T08:00:00+01:00 !undo 2026-11-24T07:30:00+01:00 action2"; a
// pause "2026-11-30T09:00:00+01:00 !pause 2026-11-30 2026-12-13 # flu"; a resume
// "2026-12-04T18:00:00+01:00 !resume 2026-12-04".
std::string format_log_line(const LogEntry& entry);

// Appends format_log_line(entry) to out: no allocation once out has room for the line.
void format_log_line_into(std::string& out, const LogEntry& entry);

// A log line that does not parse, with the 1-based column of the problem, and the name it gives
// when that names no exercise of the routine (the message then offers none: what is close to it
// is worked out only for the lines a reader describes, core::ExerciseSuggestions).
class LogLineError : public ValueError {
  public:
    LogLineError(int column, const std::string& message, std::string unknown_exercise = {})
        : ValueError(message), m_column(column), m_unknown_exercise(std::move(unknown_exercise)) {}
    int column() const { return m_column; }
    const std::string& unknown_exercise() const { return m_unknown_exercise; }

  private:
    int m_column;
    std::string m_unknown_exercise;
};

// entry: sets done; cancel: a cancellation (LogEntry::cancels); pause and resume: a pause or the
// early end of pauses (LogEntry::days); blank: empty, only spaces, or a # comment; invalid: a
// line that does not read (read_log_line's LineProblem says why).
enum class LineKind { entry, blank, cancel, pause, resume, invalid };

// Why a line does not read: the 1-based column of the problem, what is wrong there, and the name
// the line gives when that names no exercise of the routine (as LogLineError holds them).
struct LineProblem {
    int column = 0;
    std::string message;
    std::string unknown_exercise;
    bool operator==(const LineProblem&) const = default;
};

// The kind of line the entry is written as.
LineKind kind_of(const LogEntry& entry);

// What a reader of many lines keeps from one canonical line for the next, which reads it faster
// and alike: the date of the last line (a log's lines mostly share their day with the line
// before) and where its exercise stands in the routine (lines mostly follow the routine's
// order).
struct LineCache {
    // The date and offset of the last line whose timestamp was read whole, as written and as
    // read ("2026-11-24", "+01:00"); has_date once there is one.
    char date_text[10] = {};
    Date date;
    char offset_text[6] = {};
    int offset = 0;
    bool has_date = false;
    std::size_t next_exercise = 0; // the routine's exercise looked at first
};

// What reading a line takes besides its text.
struct LineContext {
    // The routine whose exercises a line may name by id, alias or name, in any case; the entry
    // then holds the id, and a line that names none of them, or counts in the other unit, is
    // refused. Without one, only an id is taken, as written.
    const Routine* routine = nullptr;
    // The time zone a time written without an offset is read in; without one, such a time is
    // refused.
    LocalResolver local_time;
    // The routine's labels (ids, names, aliases) indexed, for a reader of many lines: a name is
    // then looked up in one hash lookup, and in no more words than a label has. Without one,
    // find_exercise is asked for every run of words.
    const LabelIndex* labels = nullptr;
    // Kept from line to line by a reader of many; the same results without one.
    LineCache* cache = nullptr;
};

// Reads one line (without its newline) into entry, reusing its storage: the canonical form,
// and what people write by hand (backplan-log(5)): a date alone (at date_alone_seconds), a time
// without seconds or without an offset, a space for the T, runs of spaces or tabs between
// fields, the exercise by id, alias or name, a trailing CR. With a routine and exercise given,
// sets *exercise to the routine's exercise the entry is of (so that a reader need not look it
// up again). Reads the line through without_line_ends. A line that does not read is
// LineKind::invalid, and problem says why; nothing is thrown (the readers of the log and
// `check` take each bad line as a value, LogLineError is for one line given by a caller).
LineKind read_log_line(std::string_view line, LogEntry& entry, LineProblem& problem,
                       const LineContext& context = {}, const Exercise** exercise = nullptr);

// read_log_line, for one line: throws LogLineError with its problem instead of returning
// LineKind::invalid.
LineKind parse_log_line(std::string_view line, LogEntry& entry, const LineContext& context = {},
                        const Exercise** exercise = nullptr);

// read_log_line's two halves, apart for the tests that hold them to the same results. The fast
// one takes only a line exactly as format_log_line writes it (+hh:mm or -hh:mm, single spaces,
// " # " before a note; with a routine, the id of one of its exercises in its unit) and returns
// false on anything else, which the general one then reads (parse_any_log_line: throwing
// LogLineError).
bool parse_canonical_log_line(std::string_view line, LogEntry& entry,
                              const Routine* routine = nullptr, const Exercise** exercise = nullptr,
                              LineCache* cache = nullptr);
LineKind read_any_log_line(std::string_view line, LogEntry& entry, LineProblem& problem,
                           const LineContext& context = {}, const Exercise** exercise = nullptr);
LineKind parse_any_log_line(std::string_view line, LogEntry& entry, const LineContext& context = {},
                            const Exercise** exercise = nullptr);

// The first line of a file without the UTF-8 byte-order mark it may start with.
std::string_view without_byte_order_mark(std::string_view first_line);

// A line without what an editor may add around it: a UTF-8 byte-order mark before it (on the
// first line, or on any line of files joined with cat) and a CR after it. Every reader of the
// log reads a line through this (parse_log_line does), so that each pass reads it alike.
std::string_view without_line_ends(std::string_view line);

// One amount of a set: how many, in its unit.
struct Amount {
    int value = 0;
    Unit unit = Unit::reps;
};

// One amount as the log writes it: 1 to 1000 reps ("20") or 1 to 3600 seconds ("45s"), without
// leading zeros; or the problem.
Parsed<Amount> read_amount(std::string_view token);

// read_amount's amount: sets value and returns the unit it is in; throws ValueError with its
// problem.
Unit parse_amount(std::string_view token, int& value);

} // namespace backplan::core
