#include "io/fd_output.hpp"

#include <cerrno>
#include <unistd.h>

namespace backplan::io {

FdOutput::FdOutput(int fd) : m_fd(fd) {
    setp(m_buffer, m_buffer + sizeof m_buffer);
}

bool FdOutput::flush_buffer() {
    const char* next = pbase();
    while (m_error == 0 && next < pptr()) {
        ssize_t n = ::write(m_fd, next, static_cast<std::size_t>(pptr() - next));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            m_error = n < 0 ? errno : EIO;
            break;
        }
        next += n;
    }
    setp(m_buffer, m_buffer + sizeof m_buffer);
    return m_error == 0;
}

FdOutput::int_type FdOutput::overflow(int_type c) {
    if (!flush_buffer()) {
        return traits_type::eof();
    }
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
        *pptr() = traits_type::to_char_type(c);
        pbump(1);
    }
    return traits_type::not_eof(c);
}

int FdOutput::sync() {
    return flush_buffer() ? 0 : -1;
}

int FdOutput::finish() {
    flush_buffer();
    return m_error;
}

} // namespace backplan::io
