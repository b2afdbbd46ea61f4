#pragma once

// The log checker behind `backplan check`: every line against a routine.

#include "core/log_line.hpp"
#include "core/match.hpp"
#include "core/routine.hpp"
#include "core/zone.hpp"

#include <array>
#include <chrono>
#include <cstdint>
#include <limits>
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
    // The name the line gives, when it names no exercise of the routine: the message offers no
    // exercise close to it; the printer adds that (ExerciseSuggestions) to the lines it prints.
    std::string unknown_exercise = {};
};

// How many records (and cancellations) LogChecker holds at a time for what only the whole log
// shows: 16 bytes each, 24 MB. A log with more is checked in parts, a pass over it for each.
inline constexpr std::size_t max_records_held = 1'500'000;

// Checks a log line by line against a routine. What only the whole log shows (repeated records,
// cancellations of nothing) needs what was seen of every record: its memory is bounded by
// max_records_held, not by the log's length, as a long log's records are checked in parts.
class LogChecker {
  public:
    // Lines are read as read_log_line reads them with the routine and the time zone.
    LogChecker(const Routine& routine, LocalResolver local_time,
               std::size_t max_held = max_records_held)
        : m_labels(routine), m_context{&routine, std::move(local_time), &m_labels},
          m_max_held(max_held) {}

    // The first pass. Adds the problems of the line (its number from 1) to problems: as errors,
    // what makes read_log_line refuse it (its form, an unknown exercise, the wrong unit); as
    // notes, a line read as written by hand, with the line backplan would write for it, a
    // byte-order mark, and (once) CR LF line ends. A line whose time is earlier than an earlier
    // line's is no problem: the log is in the order it was appended to, and entries are
    // back-dated with --at. Holds what finish needs of the line, if it is of the first part.
    void check(std::size_t number, std::string_view line, std::vector<LogProblem>& problems);

    // How many parts the log's records are in, once the first pass is over: 1 when it held all
    // of them; more when it could hold only the first part, and every other part needs a pass of
    // recall.
    std::size_t parts();

    // A later pass, for part (1 to parts() - 1): holds what finish needs of the line if it is of
    // that part.
    void recall(std::size_t part, std::size_t number, std::string_view line);

    // Adds the problems that the part held shows, by line, and lets it go: as warnings, a record
    // that repeats an earlier one exactly (a log concatenated twice: every reader counts both),
    // and a cancellation that names no record of the log; as a note, a record that shares its
    // time and exercise with another unlike it (written by an earlier backplan: undo cannot take
    // back one alone). Only the first `describe` of them by line are added; returns how many more
    // there were.
    std::size_t finish(std::vector<LogProblem>& problems,
                       std::size_t describe = std::numeric_limits<std::size_t>::max());

  private:
    // What finish needs of a record or cancellation, without its text.
    struct Seen {
        std::uint64_t identity;  // a hash of its instant and id (of the record it cancels), and
                                 // in its low bits whether it is a cancellation, and of sets
        std::uint32_t line_hash; // of the line as backplan would write it
        std::uint32_t line;      // its number, at most 2^32 - 1
    };
    // The hash of a record's identity (or of the record a cancellation names), with its flags.
    static std::uint64_t identity_of(const LogEntry& entry);
    // What finish needs of the record or cancellation on line number.
    static Seen seen_of(std::size_t number, const LogEntry& entry, std::string_view canonical);
    // Records are split by their identity into buckets, held in parts of whole buckets.
    static constexpr std::size_t buckets = 256;
    static std::size_t bucket_of(std::uint64_t identity) { return (identity >> 2) % buckets; }
    // Holds the line's Seen if it is of the part in hand. In the first pass, counts each bucket's
    // records, and holds only every m_first_pass_share-th bucket, doubling that share (and
    // letting go of what it held of the others) when it would hold more than m_max_held.
    void hold(const Seen& seen);
    // Once the first pass is over: the parts of the buckets it did not hold.
    void plan_parts();

    LabelIndex m_labels;
    LineContext m_context;
    std::size_t m_max_held;
    std::size_t m_first_pass_share = 1;
    std::array<std::uint64_t, buckets> m_bucket_records{};
    std::array<std::size_t, buckets> m_part_of_bucket{};
    std::size_t m_parts = 1;
    std::size_t m_part = 0;
    bool m_first_pass = true;
    std::vector<Seen> m_seen;
    LogEntry m_entry;
    LineProblem m_problem;
    std::string m_canonical;
    bool m_crlf_noted = false;
};

} // namespace backplan::core
