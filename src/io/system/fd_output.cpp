#include "io/system/fd_output.hpp"

#include "io/system/file_descriptor.hpp"
#include "io/system/signals.hpp"

#include <cerrno>

namespace backplan::io {

FdOutput::FdOutput(int fd) : m_fd(fd) {
    setp(m_buffer, m_buffer + sizeof m_buffer);
}

bool FdOutput::flush_buffer() {
    if (m_error == 0) {
        m_error =
            write_all(m_fd, std::string_view(pbase(), static_cast<std::size_t>(pptr() - pbase())));
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

int FdOutput::take_error() {
    flush_buffer();
    int error = m_error;
    m_error = 0;
    return error;
}

int flush_echo(std::ostream& out) {
    IgnoreSignal no_pipe_signal(SIGPIPE);
    out.flush();
    auto* output = dynamic_cast<FdOutput*>(out.rdbuf());
    int error = output != nullptr ? output->take_error() : (out ? 0 : EIO);
    out.clear();
    return error;
}

} // namespace backplan::io
