#include "support/run.hpp"

#include "core/time.hpp"

#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

namespace backplan::test {

void as_unprivileged_user() {
    if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0)) {
        ::_exit(126);
    }
}

std::map<std::string, std::string> pinned_clock(const std::string& zone,
                                                const std::string& instant) {
    std::string text = instant;
    if (text.back() == 'Z') {
        text.replace(text.size() - 1, 1, "+00:00");
    }
    return pinned_clock(zone, core::parse_timestamp(text).instant());
}

std::map<std::string, std::string> pinned_clock(const std::string& zone,
                                                std::chrono::sys_seconds instant) {
    const std::string libfaketime = "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1";
    if (!std::filesystem::exists(libfaketime)) {
        throw std::runtime_error(libfaketime + " is missing: run scripts/setup");
    }
    auto seconds = instant.time_since_epoch().count();
    // In a sanitized build, ASan's allocator reads the clock when it first fills a size class;
    // the first read through libfaketime looks its symbols up, whose error allocates, and may
    // wait on that same size class for ever (seen: every pinned run of a build hung before
    // main). Without a release interval it never reads the clock; a release build ignores it.
    std::string asan_options = "allocator_release_to_os_interval_ms=-1";
    if (const char* inherited = std::getenv("ASAN_OPTIONS")) {
        asan_options = std::string(inherited) + ":" + asan_options;
    }
    return {{"TZ", zone},
            {"LD_PRELOAD", libfaketime},
            {"FAKETIME_FMT", "%s"},
            {"FAKETIME", std::to_string(seconds)},
            {"ASAN_OPTIONS", asan_options}};
}

std::string scratch_directory() {
    std::string pattern = (std::getenv("TMPDIR") ? std::getenv("TMPDIR") : "/tmp");
    pattern += "/backplan-test-XXXXXX";
    if (::mkdtemp(pattern.data()) == nullptr) {
        throw std::runtime_error("mkdtemp failed");
    }
    return pattern;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

void write_file(const std::string& path, const std::string& content) {
    std::ofstream(path, std::ios::binary) << content;
}

RunResult run_backplan(const std::vector<std::string>& args,
                       const std::map<std::string, std::string>& env,
                       const std::string& stdout_path, const std::function<void()>& in_child) {
    std::string dir = scratch_directory();
    std::string out_path = stdout_path.empty() ? dir + "/stdout" : stdout_path;
    std::string err_path = dir + "/stderr";

    std::map<std::string, std::string> environment{{"PATH", "/usr/bin:/bin"},
                                                   {"HOME", dir},
                                                   {"XDG_CONFIG_HOME", dir + "/config"},
                                                   {"LANG", "C.UTF-8"},
                                                   {"TZ", "UTC"}};
    for (const auto& [key, value] : env) {
        environment[key] = value;
    }
    std::vector<std::string> env_strings;
    for (const auto& [key, value] : environment) {
        env_strings.push_back(key + "=" + value);
    }
    std::vector<char*> envp;
    for (std::string& entry : env_strings) {
        envp.push_back(entry.data());
    }
    envp.push_back(nullptr);
    std::vector<std::string> argv_strings{BACKPLAN_BINARY};
    argv_strings.insert(argv_strings.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& arg : argv_strings) {
        argv.push_back(arg.data());
    }
    argv.push_back(nullptr);

    pid_t pid = ::fork();
    if (pid == 0) {
        int in = ::open("/dev/null", O_RDONLY);
        int out = ::open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        int err = ::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (in < 0 || out < 0 || err < 0) {
            ::_exit(127);
        }
        ::dup2(in, 0);
        ::dup2(out, 1);
        ::dup2(err, 2);
        if (in_child) {
            in_child();
        }
        ::execve(argv[0], argv.data(), envp.data());
        ::_exit(127);
    }
    int wait_status = 0;
    ::waitpid(pid, &wait_status, 0);
    RunResult result;
    result.status = WIFEXITED(wait_status) ? WEXITSTATUS(wait_status) : 128 + WTERMSIG(wait_status);
    result.out = out_path.rfind("/dev/", 0) == 0 ? "" : read_file(out_path);
    result.err = read_file(err_path);
    std::filesystem::remove_all(dir);
    return result;
}

} // namespace backplan::test
