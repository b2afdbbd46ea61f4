#pragma once

#include "io/system/system.hpp"

#include <optional>
#include <string>
#include <sys/types.h>

namespace backplan::io {

// The real System: this process's environment (read when it is made), the system clock, the
// time zone of TZ, and POSIX files.
class PosixSystem : public System {
  public:
    PosixSystem();

    const Environment& environment() const override { return m_environment; }
    // Found at the first call, then kept.
    std::string installed_plans() const override;
    std::istream& input() override;
    std::chrono::sys_seconds now() const override;
    std::chrono::steady_clock::time_point steady_now() const override {
        return std::chrono::steady_clock::now();
    }
    core::Timestamp local_time(std::chrono::sys_seconds instant) const override;
    core::LocalResolution resolve_local_time(core::LocalTime time) const override;
    std::vector<std::string> directory_entries(const std::string& path) const override;
    bool exists(const std::string& path) const override;
    bool missing(const std::string& path) const override;
    Entry entry(const std::string& path) const override;
    std::string read_file(const std::string& path, std::size_t max_bytes,
                          std::string_view kind) const override;
    void read_lines(const std::string& path, std::string_view kind,
                    const LineVisitor& visit) const override;
    void read_lines_after(const std::string& path, std::string_view kind, const Prefix& prefix,
                          const LineVisitor& visit) const override;
    // append_composed, make_directories, replace_file and same_file are in posix_writes.cpp.
    std::string append_composed(const std::string& path, const LineComposer& compose,
                                const LockWait& wait) override;
    void make_directories(const std::string& directory) override;
    void replace_file(const std::string& path, const ContentWriter& write) override;
    bool same_file(const std::string& a, const std::string& b) const override;

  private:
    Environment m_environment;
    mutable std::optional<std::string> m_installed_plans;
};

// Reads the lines of the open file fd from byte `from` (its start by default; a line's start), as
// System::read_lines does, numbered from lines + 1 (what names the file in messages, "the log").
// Throws Error(io) on a read error.
void read_file_lines(int fd, const std::string& path, const std::string& what,
                     const LineVisitor& visit, off_t from = 0, std::size_t lines = 0);

} // namespace backplan::io
