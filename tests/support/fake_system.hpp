#pragma once

// A System for in-process tests: files in memory, a pinned clock, a time zone of a fixed UTC
// offset or of changes the test lists, and an environment set by the test. Nothing of the real
// HOME, log or config is ever read.

#include "io/system/system.hpp"

#include <chrono>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace backplan::test {

class FakeSystem : public io::System {
  public:
    // An empty file system; now is 08:00 on the date, UTC; HOME is /home/u.
    explicit FakeSystem(const char* date = "2026-11-26");

    io::Environment variables;
    std::istringstream answers;               // standard input
    std::map<std::string, std::string> files; // path -> content
    std::chrono::sys_seconds clock;
    int utc_offset = 0; // minutes east of UTC, until the first of the changes
    // The time zone's changes: from each instant on, its offset in seconds east of UTC.
    std::vector<std::pair<std::chrono::sys_seconds, int>> offset_changes;
    std::string zone = "UTC";                            // the time zone's name, in messages
    std::string installed = "/usr/share/backplan/plans"; // the shipped templates' directory
    int appends = 0;                                     // lines appended
    int replacements = 0;                                // files replaced
    std::set<std::string> directories{"/"};              // made by make_directories, or by the test

    const io::Environment& environment() const override { return variables; }
    std::string installed_plans() const override { return installed; }
    std::istream& input() override { return answers; }
    std::chrono::sys_seconds now() const override { return clock; }
    // Moves on by a millisecond at each call, so that timings are the same in every run.
    std::chrono::steady_clock::time_point steady_now() const override {
        return std::chrono::steady_clock::time_point(++m_steady_ticks *
                                                     std::chrono::milliseconds(1));
    }
    core::Timestamp local_time(std::chrono::sys_seconds instant) const override;
    core::LocalResolution resolve_local_time(core::LocalTime time) const override;
    // The offset in force at the instant, in seconds east of UTC.
    int offset_at(std::chrono::sys_seconds instant) const;
    // A path is there when it is a file, or a directory holding one.
    std::vector<std::string> directory_entries(const std::string& path) const override;
    bool exists(const std::string& path) const override;
    bool missing(const std::string& path) const override { return !exists(path); }
    // A file, or none (a directory, where files are under it, is other).
    Entry entry(const std::string& path) const override {
        return files.contains(path) ? Entry::regular : exists(path) ? Entry::other : Entry::none;
    }
    std::string read_file(const std::string& path, std::size_t max_bytes,
                          std::string_view kind) const override;
    void read_lines(const std::string& path, std::string_view kind,
                    const io::LineVisitor& visit) const override;
    void read_lines_after(const std::string& path, std::string_view kind, const io::Prefix& prefix,
                          const io::LineVisitor& visit) const override;
    // Appends; a file under a directory that was never made (directories) is refused. The next
    // locked_for appends (every one when it is negative) find the lock held by another process:
    // Error(temporary) as the real one says it, nothing written, compose not called; each such
    // refusal is counted in lock_refusals.
    std::string append_composed(const std::string& path, const io::LineComposer& compose,
                                const io::LockWait& wait) override;
    int locked_for = 0;
    int lock_refusals = 0;
    void make_directories(const std::string& directory) override;
    void replace_file(const std::string& path, const io::ContentWriter& write) override;
    // The same path once "." and ".." are worked out.
    bool same_file(const std::string& a, const std::string& b) const override;

  private:
    mutable int m_steady_ticks = 0;
};

} // namespace backplan::test
