#pragma once

#include <chrono>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace backplan::test {

struct RunResult {
    int status = -1; // exit status, or 128 + signal
    std::string out;
    std::string err;
};

// Runs the built backplan binary with the arguments and environment overrides (on top of a
// minimal environment with HOME and XDG_CONFIG_HOME pointing at an empty scratch directory),
// standard output optionally sent to a file, and returns what it did. in_child runs in the
// child process just before exec, e.g. to drop privileges or set a resource limit.
RunResult run_backplan(const std::vector<std::string>& args,
                       const std::map<std::string, std::string>& env = {},
                       const std::string& stdout_path = "",
                       const std::function<void()>& in_child = {});

// For in_child: runs the child as nobody when the tests run as root, where file permissions
// would not apply.
void as_unprivileged_user();

// The environment that runs backplan in the time zone with its clock stopped at the instant
// ("2026-11-11T18:00:00Z" or with an offset), through libfaketime (Debian's faketime, which
// scripts/setup installs). Throws std::runtime_error when libfaketime is not there.
std::map<std::string, std::string> pinned_clock(const std::string& zone,
                                                const std::string& instant);
std::map<std::string, std::string> pinned_clock(const std::string& zone,
                                                std::chrono::sys_seconds instant);

// A fresh empty directory under the system's temporary directory.
std::string scratch_directory();

// A scratch directory for one test, removed with everything in it at the end; log, a path in it
// for the log.
struct Scratch {
    std::string dir = scratch_directory();
    std::string log = dir + "/log.txt";
    ~Scratch() { std::filesystem::remove_all(dir); }
};

std::string read_file(const std::string& path);
void write_file(const std::string& path, const std::string& content);

} // namespace backplan::test
