// PosixSystem's writes: the locked, durable append of one line to the log, and the whole
// replacement of an output file. Both keep their promises under signals, limits and races
// (backplan(1), EXIT STATUS; backplan-log(5), SAFETY).
#include "core/error.hpp"
#include "io/system/fd_output.hpp"
#include "io/system/file_descriptor.hpp"
#include "io/system/posix_system.hpp"
#include "io/system/signals.hpp"

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

namespace backplan::io {
namespace {

std::string failure(const std::string& path, const std::string& what, int error) {
    return path + ": " + what + ": " + std::strerror(error);
}

std::string directory_of(const std::string& path) {
    std::size_t slash = path.rfind('/');
    if (slash == std::string::npos) {
        return ".";
    }
    return slash == 0 ? "/" : path.substr(0, slash);
}

bool same_inode(const struct stat& a, const struct stat& b) {
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

extern "C" void wake_up(int) {}

// While it lives, SIGALRM comes every tick and interrupts a blocking call (no SA_RESTART), so
// that a wait can be told and bounded; the previous handler and timer come back after.
class Ticker {
  public:
    explicit Ticker(suseconds_t tick_microseconds) {
        struct sigaction action {};
        action.sa_handler = wake_up;
        sigemptyset(&action.sa_mask);
        ::sigaction(SIGALRM, &action, &m_previous_action);
        itimerval tick{{0, tick_microseconds}, {0, tick_microseconds}};
        ::setitimer(ITIMER_REAL, &tick, &m_previous_timer);
    }
    Ticker(const Ticker&) = delete;
    Ticker& operator=(const Ticker&) = delete;
    ~Ticker() {
        ::setitimer(ITIMER_REAL, &m_previous_timer, nullptr);
        ::sigaction(SIGALRM, &m_previous_action, nullptr);
    }

  private:
    struct sigaction m_previous_action {};
    itimerval m_previous_timer{};
};

using Clock = std::chrono::steady_clock;

// Takes the exclusive lock on fd, waiting as wait says from started on. Returns false when
// wait.limit passed first; throws Error(io) when flock fails otherwise.
bool lock(int fd, const std::string& path, const LockWait& wait, Clock::time_point started,
          bool& told) {
    if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
        return true;
    }
    if (errno != EWOULDBLOCK) {
        throw Error(ExitCode::io, failure(path, "cannot lock the log", errno));
    }
    Ticker ticker(100'000);
    for (;;) {
        auto waited = Clock::now() - started;
        if (waited >= wait.limit) {
            return false;
        }
        if (!told && waited >= wait.notice) {
            told = true;
            if (wait.waiting) {
                wait.waiting();
            }
        }
        if (::flock(fd, LOCK_EX) == 0) {
            return true;
        }
        if (errno != EINTR) {
            throw Error(ExitCode::io, failure(path, "cannot lock the log", errno));
        }
    }
}

// Opens the log for appending; the file must be a regular one. Throws Error(cannot_create).
FileDescriptor open_log(const std::string& path) {
    // O_RDWR, not O_WRONLY: the last byte is read back to see whether a newline is missing.
    FileDescriptor fd(
        ::open(path.c_str(), O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC | O_NOCTTY, 0666));
    if (!fd.valid()) {
        int error = errno;
        if (error == ENOENT) {
            // Only the default data directory is made (LogStore): a mistyped --log must not
            // leave directories behind.
            throw Error(ExitCode::cannot_create,
                        path + ": cannot open the log for appending: the directory " +
                            directory_of(path) + " does not exist");
        }
        throw Error(ExitCode::cannot_create,
                    failure(path, "cannot open the log for appending", error));
    }
    struct stat info {};
    if (::fstat(fd.get(), &info) != 0 || !S_ISREG(info.st_mode)) {
        throw Error(ExitCode::cannot_create, path + ": not a regular file; the log must be one");
    }
    return fd;
}

// Opens and locks the file the path names now, opening it again when it was replaced while
// waiting for the lock. Returns the locked file and its size under the lock.
std::pair<FileDescriptor, off_t> open_locked(const std::string& path, const LockWait& wait) {
    Clock::time_point started = Clock::now();
    bool told = false;
    for (int attempt = 0; attempt < max_reopen_attempts; ++attempt) {
        FileDescriptor fd = open_log(path);
        if (!lock(fd.get(), path, wait, started, told)) {
            auto seconds = std::chrono::duration_cast<std::chrono::seconds>(wait.limit).count();
            throw Error(ExitCode::temporary, path + ": another process held the lock for " +
                                                 std::to_string(seconds) +
                                                 " s; nothing was written; try again");
        }
        // A sync tool, an editor or sed -i may have renamed another file over the path while
        // this one waited: a line appended to the old file would be lost with it.
        struct stat locked {};
        struct stat named {};
        if (::fstat(fd.get(), &locked) != 0) {
            throw Error(ExitCode::io, failure(path, "cannot read the log", errno));
        }
        if (::stat(path.c_str(), &named) == 0 && same_inode(locked, named)) {
            return {std::move(fd), locked.st_size};
        }
    }
    throw Error(ExitCode::temporary, path + ": the log was replaced " +
                                         std::to_string(max_reopen_attempts) +
                                         " times while waiting for its lock; nothing was "
                                         "written; try again");
}

// True when the path names an open file descriptor rather than a file: /dev/fd/N and
// /proc/PID/fd/N (/proc/self/fd/1, which /dev/stdout links to), N digits and nothing after them.
// Other paths into /proc, such as /proc/self/cwd/plan.txt, and paths through a descriptor of a
// directory, such as /dev/fd/3/plan.txt, name files like any other.
bool names_descriptor(const std::string& path) {
    auto digits_to_end = [&](std::size_t from) {
        return from < path.size() &&
               path.find_first_not_of("0123456789", from) == std::string::npos;
    };
    if (path.starts_with("/dev/fd/")) {
        return digits_to_end(8);
    }
    if (!path.starts_with("/proc/")) {
        return false;
    }
    std::size_t process_end = path.find('/', 6);
    return process_end != std::string::npos && path.compare(process_end, 4, "/fd/") == 0 &&
           digits_to_end(process_end + 4);
}

// Where a write to the path lands: the symbolic links followed to the name they end at (which
// may not exist yet). A path that names an open descriptor, such as /dev/stdout, is kept, and
// written in place. Throws Error(cannot_create) on a loop.
std::string follow_links(const std::string& path) {
    std::string current = path;
    for (int hops = 0; hops < 40; ++hops) {
        struct stat info {};
        if (names_descriptor(current) || ::lstat(current.c_str(), &info) != 0 ||
            !S_ISLNK(info.st_mode)) {
            return current;
        }
        char target[PATH_MAX];
        ssize_t length = ::readlink(current.c_str(), target, sizeof target);
        if (length < 0 || static_cast<std::size_t>(length) == sizeof target) {
            return current;
        }
        std::string next(target, static_cast<std::size_t>(length));
        current = next.starts_with('/') ? next : directory_of(current) + "/" + next;
    }
    throw Error(ExitCode::cannot_create, failure(path, "cannot write it", ELOOP));
}

// Writes the content in place: to a FIFO or device that cannot be replaced, or to a descriptor
// already open (-o /dev/stdout), appended to as a shell's >> would.
void write_in_place(const std::string& path, const std::string& shown, const ContentWriter& write,
                    bool append) {
    FileDescriptor fd(
        ::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY | (append ? O_APPEND : 0)));
    if (!fd.valid()) {
        throw Error(ExitCode::cannot_create, shown + ": " + std::strerror(errno));
    }
    FdOutput buffer(fd.get());
    std::ostream out(&buffer);
    write(out);
    int error = buffer.finish();
    if (int close_error = fd.close(); error == 0) {
        error = close_error;
    }
    if (error != 0) {
        throw Error(ExitCode::io, shown + ": " + std::strerror(error));
    }
}

// Gives the new file what the user set on the one it replaces: owner and group, then mode (a
// change of owner clears set-id bits); a new file gets the usual 0666 less the umask. Throws
// Error(cannot_create) when the owner cannot be kept: the file would change hands, and its
// group's or others' access with them.
void keep_metadata(int fd, const std::string& shown, const struct stat* existing) {
    if (existing == nullptr) {
        mode_t mask = ::umask(0);
        ::umask(mask);
        ::fchmod(fd, 0666 & ~mask);
        return;
    }
    if ((existing->st_uid != ::geteuid() || existing->st_gid != ::getegid()) &&
        ::fchown(fd, existing->st_uid, existing->st_gid) != 0) {
        int error = errno;
        throw Error(ExitCode::cannot_create,
                    shown + ": cannot keep its owner and group (" +
                        std::to_string(existing->st_uid) + ":" + std::to_string(existing->st_gid) +
                        ") on the new file: " + std::strerror(error) + "; not replaced");
    }
    ::fchmod(fd, existing->st_mode & 07777);
}

} // namespace

std::string PosixSystem::append_composed(const std::string& path, const LineComposer& compose,
                                         const LockWait& wait) {
    if (path.ends_with('/')) {
        throw Error(ExitCode::cannot_create,
                    path + ": the log must be a file, but the path ends in /");
    }
    auto [fd, size] = open_locked(path, wait);
    // Under the lock: what the line says (its time free, the record it cancels) holds when it
    // is written.
    std::string line = compose([&, fd = fd.get()](const LineVisitor& visit) {
        read_file_lines(fd, path, "the log", visit);
    });
    if (line.empty()) {
        return line; // nothing to write: the lock goes with the descriptor
    }
    // A write past the file size limit fails (EFBIG) instead of killing the process before it
    // takes back what it wrote; a signal to end waits until the line is whole or taken back.
    IgnoreSignal no_file_size_signal(SIGXFSZ);
    DeferTermination deferred;
    // Checked under the lock, so that two writers never both add the missing newline.
    std::string record;
    char last = '\n';
    if (size > 0 && ::pread(fd.get(), &last, 1, size - 1) != 1) {
        throw Error(ExitCode::io, failure(path, "cannot read the log", errno));
    }
    if (last != '\n') {
        record += '\n';
    }
    record.append(line);
    record += '\n';

    // One write(): with the lock, no other writer's bytes can land inside the line.
    std::size_t written = 0;
    int error = write_all(fd.get(), record, &written);
    if (error == 0 && ::fsync(fd.get()) != 0) {
        error = errno;
    }
    if (error != 0) {
        // Take back a partial line: the log must never hold half a record.
        if (written > 0 && ::ftruncate(fd.get(), size) != 0) {
            throw Error(ExitCode::io,
                        failure(path, "cannot write the log, and cannot take back the partial line",
                                error));
        }
        throw Error(ExitCode::io, failure(path, "cannot write the log", error));
    }
    if (int close_error = fd.close()) {
        throw Error(ExitCode::io, failure(path, "cannot write the log", close_error));
    }
    return line;
}

void PosixSystem::make_directories(const std::string& directory) {
    if (directory.empty() || ::access(directory.c_str(), F_OK) == 0) {
        return;
    }
    std::size_t slash = directory.rfind('/');
    if (slash != std::string::npos && slash > 0) {
        make_directories(directory.substr(0, slash));
    }
    if (::mkdir(directory.c_str(), 0700) != 0 && errno != EEXIST) {
        throw Error(ExitCode::cannot_create,
                    failure(directory, "cannot create the directory", errno));
    }
}

void PosixSystem::replace_file(const std::string& path, const ContentWriter& write) {
    std::string target = follow_links(path);
    struct stat existing {};
    bool exists = ::stat(target.c_str(), &existing) == 0;
    if (names_descriptor(target) || (exists && !S_ISREG(existing.st_mode))) {
        write_in_place(target, path, write, names_descriptor(target));
        return;
    }
    // Past the file size limit a write fails with EFBIG, which takes the temporary file away
    // below; SIGINT, SIGTERM, SIGHUP and SIGQUIT take it away before they end the process.
    IgnoreSignal no_file_size_signal(SIGXFSZ);
    RemoveOnTermination cleanup;
    // The directory as it really is: a path through /proc/self/cwd or /proc/self/root names it
    // through a link that is not one to lstat.
    std::string directory = directory_of(target);
    char* real = directory.starts_with("/proc/") ? ::realpath(directory.c_str(), nullptr) : nullptr;
    if (real != nullptr) {
        directory = real;
        std::free(real);
        target = directory + (directory == "/" ? "" : "/") + target.substr(target.rfind('/') + 1);
    }
    std::string temporary = directory + "/.backplan-XXXXXX";
    FileDescriptor fd;
    {
        DeferTermination deferred;
        fd = FileDescriptor(::mkstemp(temporary.data()));
        if (!fd.valid()) {
            int error = errno;
            throw Error(ExitCode::cannot_create,
                        path + ": cannot create a file in " + directory + ": " +
                            std::strerror(error) +
                            (exists && error == EACCES
                                 ? "; replacing a file needs its directory to be writable"
                                 : ""));
        }
        cleanup.hold(temporary);
    }
    try {
        keep_metadata(fd.get(), path, exists ? &existing : nullptr);
        FdOutput buffer(fd.get());
        std::ostream out(&buffer);
        write(out);
        int error = buffer.finish();
        // On the disk before the rename: after a crash, the old content or the whole new one.
        if (error == 0 && ::fsync(fd.get()) != 0) {
            error = errno;
        }
        if (int close_error = fd.close(); error == 0) {
            error = close_error;
        }
        if (error != 0) {
            throw Error(ExitCode::io, path + ": cannot write: " + std::strerror(error));
        }
        DeferTermination deferred;
        if (::rename(temporary.c_str(), target.c_str()) != 0) {
            throw Error(ExitCode::cannot_create, failure(path, "cannot replace it", errno));
        }
        cleanup.hold("");
    } catch (...) {
        DeferTermination deferred;
        ::unlink(temporary.c_str());
        cleanup.hold("");
        throw;
    }
}

bool PosixSystem::same_file(const std::string& a, const std::string& b) const {
    struct stat first {};
    struct stat second {};
    bool first_exists = ::stat(a.c_str(), &first) == 0;
    bool second_exists = ::stat(b.c_str(), &second) == 0;
    if (first_exists && second_exists) {
        return same_inode(first, second);
    }
    if (first_exists || second_exists) {
        return false;
    }
    // Neither exists yet: the same place, once links and dot-dots are worked out.
    auto place = [](const std::string& path) {
        std::error_code error;
        std::filesystem::path resolved =
            std::filesystem::weakly_canonical(follow_links(path), error);
        return error ? std::filesystem::absolute(path, error).lexically_normal() : resolved;
    };
    return place(a) == place(b);
}

} // namespace backplan::io
