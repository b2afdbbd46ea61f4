#include "io/output.hpp"

#include "core/error.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace backplan::io {
namespace {

// Writes everything, retrying short writes; returns 0 or the errno that stopped it.
int write_all(int fd, std::string_view content) {
    while (!content.empty()) {
        ssize_t n = ::write(fd, content.data(), content.size());
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return n < 0 ? errno : EIO;
        }
        content.remove_prefix(static_cast<std::size_t>(n));
    }
    return 0;
}

std::string directory_of(const std::string& path) {
    std::size_t slash = path.rfind('/');
    if (slash == std::string::npos) {
        return ".";
    }
    return slash == 0 ? "/" : path.substr(0, slash);
}

} // namespace

void write_output(const std::string& path, std::string_view content) {
    struct stat target {};
    if (::stat(path.c_str(), &target) == 0 && !S_ISREG(target.st_mode)) {
        // A FIFO or device (e.g. -o /dev/stdout) is written in place; it cannot be replaced.
        int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
        if (fd < 0) {
            throw Error(ExitCode::cannot_create, path + ": " + std::strerror(errno));
        }
        int error = write_all(fd, content);
        if (::close(fd) != 0 && error == 0) {
            error = errno;
        }
        if (error != 0) {
            throw Error(ExitCode::io, path + ": " + std::strerror(error));
        }
        return;
    }
    std::string temporary = directory_of(path) + "/.backplan-XXXXXX";
    int fd = ::mkstemp(temporary.data());
    if (fd < 0) {
        throw Error(ExitCode::cannot_create,
                    path + ": cannot create the file: " + std::strerror(errno));
    }
    mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, 0666 & ~mask);
    int error = write_all(fd, content);
    if (::close(fd) != 0 && error == 0) {
        error = errno;
    }
    if (error == 0 && ::rename(temporary.c_str(), path.c_str()) != 0) {
        error = errno;
        ::unlink(temporary.c_str());
        throw Error(ExitCode::cannot_create, path + ": " + std::strerror(error));
    }
    if (error != 0) {
        ::unlink(temporary.c_str());
        throw Error(ExitCode::io, path + ": cannot write: " + std::strerror(error));
    }
}

} // namespace backplan::io
