#pragma once

// The seam between backplan and the world outside it: the environment, the clock, the time
// zone and files. PosixSystem (posix_system.hpp) is the real one; tests use a fake one
// (tests/support/fake_system.hpp). Everything above this interface can run in-process.

#include "core/error.hpp"
#include "core/time.hpp"
#include "core/zone.hpp"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <istream>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace backplan::io {

// What backplan takes from the process's environment, read once at start-up. A variable that
// is unset and one set to the empty string are the same: empty.
struct Environment {
    std::string home;              // $HOME
    std::string xdg_config_home;   // $XDG_CONFIG_HOME
    std::string xdg_data_home;     // $XDG_DATA_HOME
    std::string xdg_cache_home;    // $XDG_CACHE_HOME
    std::string backplan_log;      // $BACKPLAN_LOG
    std::string no_color;          // $NO_COLOR
    std::string tz;                // $TZ, for messages; the time zone itself is the System's
    std::string locale;            // the first of $LC_ALL, $LC_CTYPE, $LANG that is set
    std::string source_date_epoch; // $SOURCE_DATE_EPOCH
    std::string lock_timeout;      // $BACKPLAN_LOCK_TIMEOUT
    bool stdout_is_terminal = false;
    bool stdin_is_terminal = false;
    // The running program's build ID (the linker's hash of it, in hex): a checkpoint is used
    // only by the program that made it. Empty when it has none: no checkpoint is kept.
    std::string build_id;
};

// Lines longer than this are passed on cut, marked too long.
inline constexpr std::size_t max_line_bytes = 64 * 1024;

// Called for each line of a file read by System::read_lines: its number from 1, its text
// without the newline (at most max_line_bytes), and whether it was longer and cut.
using LineVisitor = std::function<void(std::size_t number, std::string_view text, bool too_long)>;

// The first bytes of a file, which System::read_lines_after passes as they are, in pieces, rather
// than as lines.
struct Prefix {
    std::uint64_t bytes = 0; // how many
    std::size_t lines = 0;   // the lines they hold: the first line after them is number lines + 1
    // Called with the bytes in order (fewer of them in all when the file is shorter).
    std::function<void(std::string_view piece)> visit;
};

// Writes the content of a file being replaced.
using ContentWriter = std::function<void(std::ostream& out)>;

// How long System::append_line waits for the lock that another process holds on the file.
struct LockWait {
    std::chrono::milliseconds notice{1000}; // then waiting is told (once)
    std::chrono::milliseconds limit{10000}; // then it gives up
    // Told that the wait has lasted notice; may be empty.
    std::function<void()> waiting;
};

// How many times System::append_line opens the file again when it was replaced (renamed
// over, or removed) while it waited for the lock.
inline constexpr int max_reopen_attempts = 10;

// Reads the lines of a file that System::append_composed holds locked, from its start, as
// System::read_lines reads a file; it may be called more than once. Throws Error(io).
using LockedLines = std::function<void(const LineVisitor& visit)>;

// Makes the line to append (without its newline) from the file as it is under the lock, so that
// what the line says can depend on what no other writer can change meanwhile; throws to append
// nothing.
using LineComposer = std::function<std::string(const LockedLines& lines)>;

class System {
  public:
    virtual ~System() = default;

    // The environment, as it was at start-up.
    virtual const Environment& environment() const = 0;

    // The shipped templates' directory, found from the running binary's directory (asked only
    // when a template is looked for there: finding the binary costs a start 0.1 ms).
    virtual std::string installed_plans() const = 0;

    // Standard input, for a command that reads answers from it.
    virtual std::istream& input() = 0;

    // Now, to the second.
    virtual std::chrono::sys_seconds now() const = 0;

    // A clock that only moves forward, to time work with (-vv).
    virtual std::chrono::steady_clock::time_point steady_now() const = 0;

    // The instant as a timestamp in the process's time zone: its local date and time and the
    // offset in force at that instant (core::timestamp_at: rounded to the minute).
    virtual core::Timestamp local_time(std::chrono::sys_seconds instant) const = 0;

    // What the local time is in the process's time zone: once, twice (a daylight-saving change
    // repeats it) or not at all (one skips it), with the zone's name when not once
    // (core::resolve_in_zone).
    virtual core::LocalResolution resolve_local_time(core::LocalTime time) const = 0;

    // The names of the entries of a directory (not . and ..), in no order; empty when it is
    // missing or cannot be read.
    virtual std::vector<std::string> directory_entries(const std::string& path) const = 0;

    // True when something is at the path (a file, a directory, anything) that may be looked at.
    virtual bool exists(const std::string& path) const = 0;

    // True when nothing is at the path (ENOENT): unlike !exists, false for a path that cannot
    // be looked at, so that reading it says why.
    virtual bool missing(const std::string& path) const = 0;

    // What is at the path itself, a symbolic link not followed: nothing, a regular file, or
    // anything else (a link, a directory, a FIFO, or what cannot be looked at).
    enum class Entry { none, regular, other };
    virtual Entry entry(const std::string& path) const = 0;

    // The whole of a regular file of at most max_bytes; kind names it in messages ("template",
    // "config file"). Throws Error: no_input when it is missing or unreadable, data when it is
    // not a regular file or too large, io on a read error.
    virtual std::string read_file(const std::string& path, std::size_t max_bytes,
                                  std::string_view kind) const = 0;

    // Reads the file in one streaming pass, in constant memory, calling visit for each line
    // (the last one even without its newline). kind names it in messages ("log"). Throws Error:
    // no_input when it is missing or unreadable, data when it is not a regular file, io on a
    // read error.
    virtual void read_lines(const std::string& path, std::string_view kind,
                            const LineVisitor& visit) const = 0;

    // read_lines, except that the file's first prefix.bytes bytes go to prefix.visit as they are
    // and the lines after them are numbered from prefix.lines + 1 (a checkpoint, which stands for
    // the lines of those bytes, proves them unchanged).
    virtual void read_lines_after(const std::string& path, std::string_view kind,
                                  const Prefix& prefix, const LineVisitor& visit) const = 0;

    // Appends one line (without its newline) to the file, safely among concurrent writers and
    // durably: the file is opened (created if missing, never its directory) and locked, waiting
    // as wait says; if the path no longer names the locked file (replaced while it waited), it
    // is opened and locked again, up to max_reopen_attempts times; a newline is added first
    // when the file does not end with one; the line goes in one write; a write that fails part
    // way (a full disk, the file size limit) is taken back; the data reaches the disk before
    // it returns; SIGINT, SIGTERM, SIGHUP and SIGQUIT wait until the line is whole or taken
    // back. Throws Error: cannot_create when the file cannot be opened (a path ending in '/', a
    // missing directory), temporary when the lock is not had within wait.limit or the file
    // keeps being replaced (nothing written), io when writing fails (the file then as it was).
    void append_line(const std::string& path, std::string_view line, const LockWait& wait) {
        append_composed(
            path, [&](const LockedLines&) { return std::string(line); }, wait);
    }

    // append_line's promises, for the line that compose makes once the file is locked (and
    // before anything is written): it reads the locked file through its argument. Returns the
    // line appended. compose may make several lines, joined by "\n": they are written in the
    // one write(), all or none; it makes "" to write nothing. Throws what append_line throws,
    // and whatever compose throws (nothing written).
    virtual std::string append_composed(const std::string& path, const LineComposer& compose,
                                        const LockWait& wait) = 0;

    // Creates the directory and its missing parents, private to the user (mode 0700), as the
    // XDG base directory spec asks. Throws Error(cannot_create) naming the one that fails.
    virtual void make_directories(const std::string& directory) = 0;

    // Replaces the file with what write writes, atomically: the old content stays until the new
    // is complete, so a failure or a signal (SIGINT, SIGTERM, SIGHUP, SIGXFSZ) never leaves
    // half a file nor the temporary one. A symbolic link is written through, to the file it
    // names; an existing file keeps its mode, owner and group (other hard links to it keep the
    // old content); a FIFO or device is written in place. Throws Error: cannot_create when the
    // file cannot be created or its owner kept, io when writing fails, and whatever write throws
    // (the file then unchanged).
    virtual void replace_file(const std::string& path, const ContentWriter& write) = 0;

    // True when the two paths name the same file: the same device and inode when both exist;
    // when neither does yet, the same place once symbolic links are followed.
    virtual bool same_file(const std::string& a, const std::string& b) const = 0;
};

// Why a file could not be read, as a value, for a reader that goes on to the next file
// (`check`): the status and message of the Error the seam threw.
struct ReadFailure {
    ExitCode code = ExitCode::io;
    std::string message;
};

// Runs read and returns the Error it threw as a ReadFailure, std::nullopt when it threw none:
// where `check` turns the seam's exceptions into values, once per file.
inline std::optional<ReadFailure> failure_of(const std::function<void()>& read) {
    try {
        read();
    } catch (const Error& error) {
        return ReadFailure{error.code(), error.what()};
    }
    return std::nullopt;
}

} // namespace backplan::io
