#pragma once

// The log (backplan-log(5)): appended to only through LogStore::append, which writes a line only
// once it reads back as the entry meant; read in streaming passes.

#include "core/adaptive.hpp"
#include "core/cancellations.hpp"
#include "core/error.hpp"
#include "core/log_check.hpp"
#include "core/log_line.hpp"
#include "core/routine.hpp"
#include "io/system/system.hpp"

#include <cstddef>
#include <functional>
#include <limits>
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
    bool missing = false;              // there is no log yet: read as empty
    std::size_t entries = 0;           // entries read
    std::size_t skipped = 0;           // lines that could not be read, skipped
    std::vector<Diagnostic> described; // the first skipped_lines_described of them
    std::size_t cancelled = 0;         // records left out because a cancellation names them (with a
                                       // checkpoint, of the lines read)
    core::Cancellations cancellations; // what the log's cancellations cancel
    core::Pauses pauses;               // the pauses and resumes no cancellation names
    // What became of the log's checkpoint (history with today), for -vv: "" when none was tried.
    std::string checkpoint;
};

class CheckpointFile;
class CheckpointWatch;

// What LogStore::check found.
struct LogCheck {
    std::vector<core::LogProblem> problems; // the first of them, in the order they are told
    std::size_t more = 0;                   // how many more there were
    bool invalid = false;                   // an error among all of them (not only warnings)
};

// What LogStore::append wrote.
struct Appended {
    std::string line;     // the line, without its newline
    core::LogEntry entry; // the entry as written: a record's time moved on when it was taken
    std::optional<core::Timestamp> moved_from; // the time asked for, when it was (core::FreeTime)
};

// What LogStore::append_new wrote, and what it left out.
struct AppendedNew {
    std::vector<Appended> written; // in the order written: by time
    std::size_t already = 0;       // records the log held already (core::same_record)
    std::size_t repeated = 0;      // copies of a record given before them
};

// What a line longer than max_log_line_bytes is reported as.
std::string too_long_line_message();

// How LogStore::append waits for the lock, and which directory it may make.
struct AppendSettings {
    // Made, with its parents, when the log is in it and it is missing: only the default data
    // directory, so that a mistyped --log leaves nothing behind.
    std::string data_directory;
    LockWait wait;
};

// The wait for the lock: the notice after 1 s, giving up after $BACKPLAN_LOCK_TIMEOUT seconds
// (0 to 3600; 10 when unset). Throws Error(usage) for a value that is not one.
LockWait lock_wait(const Environment& environment);

class LogStore {
  public:
    LogStore(System& system, std::string path, AppendSettings settings = {})
        : m_system(system), m_path(std::move(path)), m_settings(std::move(settings)) {}

    const std::string& path() const { return m_path; }

    // Appends the entry as one line and returns what was written once it is on the disk. The
    // line is formatted, parsed back and compared with the entry first: a line that would not
    // read back as meant is never written (Error(data)). Then the settings' data directory is
    // made if the log is in it, and System::append_composed's promises hold. Under the lock, a
    // record (sets, a pause, a resume) whose time the log's records of the same identity take
    // is moved on to the first free second (core::FreeTime; Error(data) when none is left that
    // day); the log is read with the routine for that (nullptr: ids only). A cancellation entry
    // is written as it is.
    Appended append(const core::LogEntry& entry, const core::Routine* routine = nullptr);

    // Appends, as append does, the entry that choose returns from the log as it is under the
    // lock: choose reads it through the store it is given, so that what it finds there (the
    // record a cancellation names) cannot change before the line is written. Whatever choose
    // throws, nothing is written.
    Appended append_chosen(const core::Routine& routine,
                           const std::function<core::LogEntry(const LogStore& locked)>& choose);

    // Appends the records (sets, cancellations, pauses, resumes) that the log does not hold
    // already (core::HeldRecords, its lines read once under the lock, cancelled ones too), each
    // once, in time order, in one write: all of them or, on any failure, none. Each is moved on
    // as append moves a record (core::FreeTimes, the records written before it counted too) and
    // checked as append checks it. When the log holds every one, nothing is written. The routine
    // reads the log's names (nullptr: ids only). Throws what append throws.
    AppendedNew append_new(const std::vector<core::LogEntry>& records,
                           const core::Routine* routine = nullptr);

    // What append_new would write now, and leave out, writing nothing (a dry run: another
    // writer may append before a later append_new). No log yet is an empty one. Throws what
    // append_new throws.
    AppendedNew new_records(const std::vector<core::LogEntry>& records,
                            const core::Routine* routine = nullptr) const;

    // Calls visit for each line of the log that reads (with the routine, or ids only) and that
    // wanted passes unparsed (as without_line_ends gives it), whatever cancels it, in the log's
    // order; a line that does not read goes to unreadable when given (where and why, and the
    // line; with what is close to an unknown name for the first `described` of them, those a
    // caller prints), else is passed over. Throws Error as read does, and no_input when there
    // is no log.
    void read_records(
        const core::Routine* routine, const std::function<bool(std::string_view line)>& wanted,
        const std::function<void(core::LineKind, const core::LogEntry&)>& visit,
        const std::function<void(const Diagnostic&, std::string_view line)>& unreadable = {},
        std::size_t described = 0) const;

    // Calls visit for each entry of the routine's exercises, and each pause and resume, that no
    // cancellation in the log names, in the log's order, as core::read_log_line reads it with the
    // routine and the System's time zone: its id whatever name it was written with, a time without
    // an offset placed in the zone. A line that does not read so is skipped and counted, the first
    // few described. The log is read twice: first for its cancellations (parsing only the lines
    // that hold a "!"), then for the entries; cancelled entries go to visit_cancelled when
    // there is one. The pauses and resumes are in reading.pauses too. No log yet is an empty one
    // (reading.missing). Throws Error: no_input when the log cannot be opened, data when it is not
    // a regular file, io on a read error.
    LogReading read(const core::Routine& routine,
                    const std::function<void(const core::LogEntry&)>& visit,
                    const std::function<void(const core::LogEntry&)>& visit_cancelled = {}) const;

    // The log's sessions of the routine's exercises, and its pauses, read as read() reads them,
    // cancelled records left out: one pass, and a second only when the log holds cancellations.
    // Throws Error as read does.
    core::LogHistory history(const core::Routine& routine, LogReading& reading) const;

    // history, for a run on today that asks about no date before needed_from: going on from the
    // log's checkpoint (io/store/checkpoint_file.hpp, README: Performance) when there is one
    // for the week of core::checkpoint_week(today), at most needed_from, that proves itself
    // (made by this program, in this time zone, for a routine whose replay_key is the same; the
    // log's bytes it stands for unchanged; no line after them that reaches back before its
    // week). The history then holds only the sessions from its week on and resumes from it
    // (core::LogHistory::resume). Otherwise the whole log is read, as history does, and a
    // checkpoint made for the next run when the log allows one (every line read, nothing logged
    // after its bytes that reaches back). Throws Error as read does; a checkpoint that cannot be
    // read or written is only told in reading.checkpoint.
    core::LogHistory history(const core::Routine& routine, LogReading& reading, core::Date today,
                             core::Date needed_from) const;

    // Checks every line against the routine (core::LogChecker): its problems, warnings and
    // notes, those of each line in the log's order, then those only the whole log shows, by
    // line; the first `describe` of them, and how many more there were. A log of more records
    // than core::max_records_held is read once more for each further part of them. Throws Error
    // as read does, and no_input when there is no log.
    LogCheck check(const core::Routine& routine,
                   std::size_t describe = std::numeric_limits<std::size_t>::max()) const;

  private:
    // The entry's line, once it reads back as the entry; throws Error(data) otherwise.
    static std::string checked_line(const core::LogEntry& entry);
    Appended append_with(const core::Routine* routine,
                         const std::function<core::LogEntry(const LogStore& locked)>& choose);
    // append_new's work on the log as this store reads it: what to write, its lines (joined by
    // "\n") into lines.
    AppendedNew compose_new(const std::vector<core::LogEntry>& records,
                            const core::Routine* routine, std::string& lines) const;
    // Makes the data directory when the log is in it, then appends the lines that compose makes
    // from the log as it is under the lock (System::append_composed; none when it returns "").
    void append_locked(const std::function<std::string(const LogStore& locked)>& compose);
    // Reads the log's lines: the file at the path, or the locked one while appending.
    void read_lines(const LineVisitor& visit) const;
    // True when there is no log yet.
    bool missing() const;
    // The record's time, moved on past the times the log's records of its identity take.
    core::Timestamp free_time(const core::LogEntry& record, const core::Routine* routine) const;
    // The System's time zone, for core.
    core::LocalResolver local_zone() const;
    // The log's cancellations, from a pass that parses only the lines that may be one.
    core::Cancellations cancellations(const core::Routine& routine) const;
    // One pass over the log: collects its cancellations, and passes each entry (with its
    // exercise) that skip does not cancel to visit, and those it cancels (pauses and resumes
    // too) to visit_cancelled if there is one. The pauses and resumes that skip does not cancel
    // go into the reading's pauses, and to visit_pause if there is one.
    // With a checkpoint, the lines its bytes hold are not read but proved unchanged, its records
    // read in their place (the sets before its week left out); the reading stops, and broken is
    // set, when they are not, or when a line after them reaches back before its week. With a
    // watch, each line is shown to it as it is read.
    LogReading
    read_exercises(const core::Routine& routine,
                   const std::function<void(const core::LogEntry&, const core::Exercise&)>& visit,
                   const core::Cancellations* skip,
                   const std::function<void(const core::LogEntry&)>& visit_cancelled = {},
                   const std::function<void(const core::LogEntry&)>& visit_pause = {},
                   const CheckpointFile* checkpoint = nullptr, bool* broken = nullptr,
                   CheckpointWatch* watch = nullptr) const;
    // history's two passes (the second when the log holds cancellations), with read_exercises's
    // checkpoint and watch.
    core::LogHistory sessions_of_log(const core::Routine& routine, LogReading& reading,
                                     const CheckpointFile* checkpoint, bool* broken,
                                     CheckpointWatch* watch) const;

    System& m_system;
    std::string m_path;
    AppendSettings m_settings;
    const LockedLines* m_locked = nullptr; // while appending: the locked file's lines
};

} // namespace backplan::io
