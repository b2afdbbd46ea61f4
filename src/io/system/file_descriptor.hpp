#pragma once

#include <cstddef>
#include <string_view>

namespace backplan::io {

// An open file descriptor, closed when it goes out of scope.
class FileDescriptor {
  public:
    explicit FileDescriptor(int fd = -1) : m_fd(fd) {}
    FileDescriptor(FileDescriptor&& other) noexcept : m_fd(other.release()) {}
    FileDescriptor& operator=(FileDescriptor&& other) noexcept;
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    ~FileDescriptor();

    int get() const { return m_fd; }
    bool valid() const { return m_fd >= 0; }
    // Gives up ownership: the caller closes it.
    int release();
    // Closes now and returns close()'s errno, or 0.
    int close();

  private:
    int m_fd;
};

// Writes all of data, retrying after EINTR and short writes; returns 0 or the errno that stopped
// it (EIO for a write of nothing). written, when given, counts the bytes that went out.
int write_all(int fd, std::string_view data, std::size_t* written = nullptr);

} // namespace backplan::io
