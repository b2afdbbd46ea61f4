#include "io/log_store.hpp"

#include "core/error.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace backplan::io {
namespace {

class FileDescriptor {
  public:
    explicit FileDescriptor(int fd) : m_fd(fd) {}
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    ~FileDescriptor() {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    int get() const { return m_fd; }
    // Closes now and returns close()'s errno, or 0.
    int close() {
        int result = ::close(m_fd);
        m_fd = -1;
        return result == 0 ? 0 : errno;
    }

  private:
    int m_fd;
};

std::string failure(const std::string& path, const char* what, int error) {
    return path + ": " + what + ": " + std::strerror(error);
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
                    failure(log, ("cannot create the directory " + directory).c_str(), errno));
    }
}

int write_all(int fd, std::string_view data, std::size_t& written) {
    written = 0;
    while (written < data.size()) {
        ssize_t n = ::write(fd, data.data() + written, data.size() - written);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return n < 0 ? errno : EIO;
        }
        written += static_cast<std::size_t>(n);
    }
    return 0;
}

} // namespace

std::string too_long_line_message() {
    return "a line longer than " + std::to_string(max_log_line_bytes) + " bytes";
}

std::string log_path(const std::optional<std::string>& option) {
    if (option) {
        return *option;
    }
    if (const char* variable = std::getenv("BACKPLAN_LOG"); variable && *variable) {
        return variable;
    }
    if (const char* data = std::getenv("XDG_DATA_HOME"); data && data[0] == '/') {
        return std::string(data) + "/backplan/log.txt";
    }
    if (const char* home = std::getenv("HOME"); home && *home) {
        return std::string(home) + "/.local/share/backplan/log.txt";
    }
    throw Error(ExitCode::usage, "cannot tell where the log is: HOME is not set; use --log FILE");
}

void append_log_line(const std::string& path, std::string_view line) {
    std::size_t slash = path.rfind('/');
    if (slash != std::string::npos && slash > 0) {
        make_directories(path.substr(0, slash), path);
    }
    // O_RDWR, not O_WRONLY: the last byte is read back to see whether a newline is missing.
    FileDescriptor fd(
        ::open(path.c_str(), O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC | O_NOCTTY, 0666));
    if (fd.get() < 0) {
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

    std::size_t written = 0;
    int error = write_all(fd.get(), record, written);
    if (error == 0 && ::fsync(fd.get()) != 0) {
        error = errno;
    }
    if (error != 0) {
        // Take back a partial line: the log must never hold half a record.
        if (written > 0 && ::ftruncate(fd.get(), info.st_size) != 0) {
            throw Error(ExitCode::io, failure(path,
                                              "cannot write the log, and cannot take back "
                                              "the partial line",
                                              error));
        }
        throw Error(ExitCode::io, failure(path, "cannot write the log", error));
    }
    if (int close_error = fd.close()) {
        throw Error(ExitCode::io, failure(path, "cannot write the log", close_error));
    }
}

void read_log_lines(
    const std::string& path,
    const std::function<void(std::size_t number, std::string_view text, bool too_long)>& visit) {
    FileDescriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK));
    if (fd.get() < 0) {
        throw Error(ExitCode::no_input, failure(path, "cannot open the log", errno));
    }
    struct stat info {};
    if (::fstat(fd.get(), &info) != 0 || !S_ISREG(info.st_mode)) {
        throw Error(ExitCode::data, path + ": not a regular file; the log must be one");
    }
    ::posix_fadvise(fd.get(), 0, 0, POSIX_FADV_SEQUENTIAL);

    constexpr std::size_t chunk = 256 * 1024;
    auto buffer = std::make_unique<char[]>(chunk + max_log_line_bytes);
    std::size_t kept = 0;  // bytes of an unfinished line at the start of the buffer
    bool skipping = false; // inside a line already passed on as too long
    std::size_t number = 0;
    for (;;) {
        ssize_t n = ::read(fd.get(), buffer.get() + kept, chunk);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            throw Error(ExitCode::io, failure(path, "cannot read the log", errno));
        }
        std::size_t end = kept + static_cast<std::size_t>(n);
        std::string_view data(buffer.get(), end);
        std::size_t start = 0;
        for (std::size_t newline; (newline = data.find('\n', start)) != std::string_view::npos;
             start = newline + 1) {
            if (!skipping) {
                std::size_t length = newline - start;
                visit(++number, data.substr(start, std::min(length, max_log_line_bytes)),
                      length > max_log_line_bytes);
            }
            skipping = false;
        }
        if (n == 0) {
            if (start < end && !skipping) {
                // A last line without its newline; kept is at most max_log_line_bytes here.
                visit(++number, data.substr(start), false);
            }
            return;
        }
        kept = end - start;
        if (!skipping && kept > max_log_line_bytes) {
            visit(++number, data.substr(start, max_log_line_bytes), true);
            skipping = true;
        }
        if (skipping) {
            kept = 0;
        } else {
            std::memmove(buffer.get(), buffer.get() + start, kept);
        }
    }
}

} // namespace backplan::io
