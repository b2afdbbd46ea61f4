#include "io/system/file_descriptor.hpp"

#include <cerrno>
#include <unistd.h>

namespace backplan::io {

FileDescriptor& FileDescriptor::operator=(FileDescriptor&& other) noexcept {
    if (this != &other) {
        close();
        m_fd = other.release();
    }
    return *this;
}

FileDescriptor::~FileDescriptor() {
    close();
}

int FileDescriptor::release() {
    int fd = m_fd;
    m_fd = -1;
    return fd;
}

int FileDescriptor::close() {
    if (m_fd < 0) {
        return 0;
    }
    int result = ::close(m_fd);
    m_fd = -1;
    return result == 0 ? 0 : errno;
}

int write_all(int fd, std::string_view data, std::size_t* written) {
    std::size_t done = 0;
    int error = 0;
    while (done < data.size()) {
        ssize_t n = ::write(fd, data.data() + done, data.size() - done);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            error = n < 0 ? errno : EIO;
            break;
        }
        done += static_cast<std::size_t>(n);
    }
    if (written != nullptr) {
        *written = done;
    }
    return error;
}

} // namespace backplan::io
