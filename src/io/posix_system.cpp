#include "io/posix_system.hpp"

#include "core/error.hpp"
#include "io/fd_output.hpp"
#include "io/file_descriptor.hpp"
#include "io/template_lookup.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <filesystem>
#include <memory>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace backplan::io {
namespace {

std::string variable(const char* name) {
    const char* value = std::getenv(name);
    return value == nullptr ? std::string() : std::string(value);
}

// The first of the variables that is set and not empty, as POSIX orders locale categories.
std::string locale_name() {
    for (const char* name : {"LC_ALL", "LC_CTYPE", "LANG"}) {
        if (std::string value = variable(name); !value.empty()) {
            return value;
        }
    }
    return {};
}

std::string installed_plans_dir() {
    std::error_code error;
    std::filesystem::path binary = std::filesystem::read_symlink("/proc/self/exe", error);
    if (error) {
        return std::string(plans_dir_from_binary_dir());
    }
    return (binary.parent_path() / plans_dir_from_binary_dir()).lexically_normal().string();
}

std::string failure(const std::string& path, const std::string& what, int error) {
    return path + ": " + what + ": " + std::strerror(error);
}

// The offset from UTC in force at the instant in the process's time zone, in seconds east.
int offset_at(std::chrono::sys_seconds instant) {
    std::time_t when = static_cast<std::time_t>(instant.time_since_epoch().count());
    std::tm local{};
    return ::localtime_r(&when, &local) == nullptr ? 0 : static_cast<int>(local.tm_gmtoff);
}

// The name of the process's time zone for messages: $TZ, else what /etc/localtime links to
// under zoneinfo/, else a description.
std::string zone_name(const std::string& tz) {
    if (!tz.empty()) {
        return tz.front() == ':' ? tz.substr(1) : tz;
    }
    std::error_code error;
    std::string target = std::filesystem::read_symlink("/etc/localtime", error).string();
    std::size_t at = target.find("zoneinfo/");
    return error || at == std::string::npos ? "the local time zone" : target.substr(at + 9);
}

// Creates the directory and its parents, as the XDG base directory spec asks (mode 0700).
void make_directories(const std::string& directory, const std::string& log) {
    if (directory.empty() || ::access(directory.c_str(), F_OK) == 0) {
        return;
    }
    std::size_t slash = directory.rfind('/');
    if (slash != std::string::npos && slash > 0) {
        make_directories(directory.substr(0, slash), log);
    }
    if (::mkdir(directory.c_str(), 0700) != 0 && errno != EEXIST) {
        throw Error(ExitCode::cannot_create,
                    failure(log, "cannot create the directory " + directory, errno));
    }
}

std::string directory_of(const std::string& path) {
    std::size_t slash = path.rfind('/');
    if (slash == std::string::npos) {
        return ".";
    }
    return slash == 0 ? "/" : path.substr(0, slash);
}

// Writes the content in place, to a FIFO or device that cannot be replaced (-o /dev/stdout).
void write_in_place(const std::string& path, const ContentWriter& write) {
    FileDescriptor fd(::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY));
    if (!fd.valid()) {
        throw Error(ExitCode::cannot_create, path + ": " + std::strerror(errno));
    }
    FdOutput buffer(fd.get());
    std::ostream out(&buffer);
    write(out);
    int error = buffer.finish();
    if (int close_error = fd.close(); error == 0) {
        error = close_error;
    }
    if (error != 0) {
        throw Error(ExitCode::io, path + ": " + std::strerror(error));
    }
}

} // namespace

PosixSystem::PosixSystem() {
    m_environment.home = variable("HOME");
    m_environment.xdg_config_home = variable("XDG_CONFIG_HOME");
    m_environment.xdg_data_home = variable("XDG_DATA_HOME");
    m_environment.backplan_log = variable("BACKPLAN_LOG");
    m_environment.no_color = variable("NO_COLOR");
    m_environment.tz = variable("TZ");
    m_environment.locale = locale_name();
    m_environment.source_date_epoch = variable("SOURCE_DATE_EPOCH");
    m_environment.stdout_is_terminal = ::isatty(STDOUT_FILENO) == 1;
    m_environment.installed_plans = installed_plans_dir();
}

std::chrono::sys_seconds PosixSystem::now() const {
    return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

core::Timestamp PosixSystem::local_time(std::chrono::sys_seconds instant) const {
    // The offset of the instant itself (tm_gmtoff), never the wall clock resolved again: in a
    // repeated hour that would be the other of the two.
    return core::timestamp_at(instant, offset_at(instant));
}

core::LocalResolution PosixSystem::resolve_local_time(core::LocalTime time) const {
    // Not mktime: it moves a skipped time silently, and which of a repeated time's instants it
    // takes differs between zones.
    core::LocalResolution resolution = core::resolve_in_zone(time, offset_at);
    if (resolution.kind != core::LocalResolution::Kind::unique) {
        resolution.zone = zone_name(m_environment.tz);
    }
    return resolution;
}

std::vector<std::string> PosixSystem::directory_entries(const std::string& path) const {
    std::vector<std::string> names;
    std::error_code error;
    for (std::filesystem::directory_iterator entry(path, error), end; !error && entry != end;
         entry.increment(error)) {
        names.push_back(entry->path().filename().string());
    }
    return names;
}

bool PosixSystem::exists(const std::string& path) const {
    struct stat info {};
    return ::stat(path.c_str(), &info) == 0;
}

bool PosixSystem::missing(const std::string& path) const {
    struct stat info {};
    return ::stat(path.c_str(), &info) != 0 && errno == ENOENT;
}

std::string PosixSystem::read_file(const std::string& path, std::size_t max_bytes,
                                   std::string_view kind) const {
    std::string what(kind);
    auto too_large = [&](const std::string& size) {
        return Error(ExitCode::data, path + ": the " + what + " is " + size + " bytes; at most " +
                                         std::to_string(max_bytes) + " are allowed");
    };
    // O_NONBLOCK: a FIFO must not block the open; it is refused below as not a regular file.
    FileDescriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK));
    if (!fd.valid()) {
        throw Error(ExitCode::no_input, failure(path, "cannot open " + what, errno));
    }
    struct stat info {};
    if (::fstat(fd.get(), &info) != 0) {
        throw Error(ExitCode::no_input, failure(path, "cannot read " + what, errno));
    }
    if (!S_ISREG(info.st_mode)) {
        throw Error(ExitCode::data, path + ": not a regular file; expected a YAML " + what);
    }
    if (static_cast<std::size_t>(info.st_size) > max_bytes) {
        throw too_large(std::to_string(info.st_size));
    }
    std::string text;
    char buffer[65536];
    for (;;) {
        ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            throw Error(ExitCode::io, failure(path, "cannot read " + what, errno));
        }
        if (n == 0) {
            return text;
        }
        text.append(buffer, static_cast<std::size_t>(n));
        if (text.size() > max_bytes) { // it grew while being read
            throw too_large("more than " + std::to_string(max_bytes));
        }
    }
}

void PosixSystem::read_lines(const std::string& path, std::string_view kind,
                             const LineVisitor& visit) const {
    std::string what = "the " + std::string(kind);
    FileDescriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK));
    if (!fd.valid()) {
        throw Error(ExitCode::no_input, failure(path, "cannot open " + what, errno));
    }
    struct stat info {};
    if (::fstat(fd.get(), &info) != 0 || !S_ISREG(info.st_mode)) {
        throw Error(ExitCode::data, path + ": not a regular file; " + what + " must be one");
    }
    ::posix_fadvise(fd.get(), 0, 0, POSIX_FADV_SEQUENTIAL);

    constexpr std::size_t chunk = 256 * 1024;
    auto buffer = std::make_unique<char[]>(chunk + max_line_bytes);
    std::size_t kept = 0;  // bytes of an unfinished line at the start of the buffer
    bool skipping = false; // inside a line already passed on as too long
    std::size_t number = 0;
    for (;;) {
        ssize_t n = ::read(fd.get(), buffer.get() + kept, chunk);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            throw Error(ExitCode::io, failure(path, "cannot read " + what, errno));
        }
        std::size_t end = kept + static_cast<std::size_t>(n);
        std::string_view data(buffer.get(), end);
        std::size_t start = 0;
        for (std::size_t newline; (newline = data.find('\n', start)) != std::string_view::npos;
             start = newline + 1) {
            if (!skipping) {
                std::size_t length = newline - start;
                visit(++number, data.substr(start, std::min(length, max_line_bytes)),
                      length > max_line_bytes);
            }
            skipping = false;
        }
        if (n == 0) {
            if (start < end && !skipping) {
                // A last line without its newline; kept is at most max_line_bytes here.
                visit(++number, data.substr(start), false);
            }
            return;
        }
        kept = end - start;
        if (!skipping && kept > max_line_bytes) {
            visit(++number, data.substr(start, max_line_bytes), true);
            skipping = true;
        }
        if (skipping) {
            kept = 0;
        } else {
            std::memmove(buffer.get(), buffer.get() + start, kept);
        }
    }
}

void PosixSystem::append_line(const std::string& path, std::string_view line) {
    std::size_t slash = path.rfind('/');
    if (slash != std::string::npos && slash > 0) {
        make_directories(path.substr(0, slash), path);
    }
    // O_RDWR, not O_WRONLY: the last byte is read back to see whether a newline is missing.
    FileDescriptor fd(
        ::open(path.c_str(), O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC | O_NOCTTY, 0666));
    if (!fd.valid()) {
        throw Error(ExitCode::cannot_create,
                    failure(path, "cannot open the log for appending", errno));
    }
    while (::flock(fd.get(), LOCK_EX) != 0) {
        if (errno != EINTR) {
            throw Error(ExitCode::io, failure(path, "cannot lock the log", errno));
        }
    }
    struct stat info {};
    if (::fstat(fd.get(), &info) != 0) {
        throw Error(ExitCode::io, failure(path, "cannot read the log", errno));
    }
    if (!S_ISREG(info.st_mode)) {
        throw Error(ExitCode::cannot_create, path + ": not a regular file; the log must be one");
    }
    // Checked under the lock, so that two writers never both add the missing newline.
    std::string record;
    char last = '\n';
    if (info.st_size > 0 && ::pread(fd.get(), &last, 1, info.st_size - 1) != 1) {
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
        if (written > 0 && ::ftruncate(fd.get(), info.st_size) != 0) {
            throw Error(ExitCode::io,
                        failure(path, "cannot write the log, and cannot take back the partial line",
                                error));
        }
        throw Error(ExitCode::io, failure(path, "cannot write the log", error));
    }
    if (int close_error = fd.close()) {
        throw Error(ExitCode::io, failure(path, "cannot write the log", close_error));
    }
}

void PosixSystem::replace_file(const std::string& path, const ContentWriter& write) {
    struct stat target {};
    if (::stat(path.c_str(), &target) == 0 && !S_ISREG(target.st_mode)) {
        write_in_place(path, write);
        return;
    }
    std::string temporary = directory_of(path) + "/.backplan-XXXXXX";
    FileDescriptor fd(::mkstemp(temporary.data()));
    if (!fd.valid()) {
        throw Error(ExitCode::cannot_create,
                    path + ": cannot create the file: " + std::strerror(errno));
    }
    mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd.get(), 0666 & ~mask);
    int error = 0;
    try {
        FdOutput buffer(fd.get());
        std::ostream out(&buffer);
        write(out);
        error = buffer.finish();
    } catch (...) {
        ::unlink(temporary.c_str());
        throw;
    }
    if (int close_error = fd.close(); error == 0) {
        error = close_error;
    }
    if (error != 0) {
        ::unlink(temporary.c_str());
        throw Error(ExitCode::io, path + ": cannot write: " + std::strerror(error));
    }
    if (::rename(temporary.c_str(), path.c_str()) != 0) {
        error = errno;
        ::unlink(temporary.c_str());
        throw Error(ExitCode::cannot_create, path + ": " + std::strerror(error));
    }
}

} // namespace backplan::io
