#pragma once

#include <ostream>
#include <streambuf>

namespace backplan::io {

// A buffered stream buffer over a file descriptor that keeps the errno of the first failed
// write, so "cannot write to standard output" can say why.
class FdOutput : public std::streambuf {
  public:
    explicit FdOutput(int fd);
    FdOutput(const FdOutput&) = delete;
    FdOutput& operator=(const FdOutput&) = delete;

    // Writes what is buffered; returns 0, or the errno of the first write that failed.
    int finish();
    // Writes what is buffered; returns 0 or the errno of the first write that failed, and
    // forgets it: the caller has dealt with it.
    int take_error();

  protected:
    int_type overflow(int_type c) override;
    int sync() override;

  private:
    bool flush_buffer();

    int m_fd;
    int m_error = 0;
    char m_buffer[65536];
};

// Writes what out holds, with SIGPIPE ignored (a closed pipe is then EPIPE, not death); returns
// 0 or the errno of the failure, which is then forgotten: for the echo of a line already
// recorded, whose failure must not fail the command.
int flush_echo(std::ostream& out);

} // namespace backplan::io
