// The real System's writes (posix_writes.cpp): the log's append under locks, races, signals and
// limits, and the whole replacement of an output file.
#include "core/error.hpp"
#include "io/system/file_descriptor.hpp"
#include "io/system/posix_system.hpp"
#include "support/run.hpp"

#include <catch2/catch.hpp>

#include <csignal>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace backplan;
using namespace backplan::io;
using backplan::test::read_file;
using backplan::test::scratch_directory;
using backplan::test::write_file;

namespace {

// The status and message of the Error that run throws.
template <typename Run> std::pair<ExitCode, std::string> error_of(Run run) {
    try {
        run();
    } catch (const Error& error) {
        return {error.code(), error.what()};
    }
    return {ExitCode::ok, "no exception"};
}

// Waits (up to 10 s) until a process is blocked on a flock of the file: /proc/locks lists a
// waiter as "->" with the file's device and inode.
bool blocked_on_lock(const std::string& path) {
    struct stat info {};
    ::stat(path.c_str(), &info);
    std::string inode = ":" + std::to_string(info.st_ino) + " ";
    for (int i = 0; i < 200; ++i) {
        std::ifstream locks("/proc/locks");
        for (std::string line; std::getline(locks, line);) {
            if (line.find("->") != std::string::npos && line.find(inode) != std::string::npos) {
                return true;
            }
        }
        ::usleep(50'000);
    }
    return false;
}

} // namespace

TEST_CASE("posix_writes::append_line") {
    PosixSystem system;
    std::string dir = scratch_directory();
    LockWait wait;
    SECTION("appends whole lines, one after the other") {
        std::string path = dir + "/log.txt";
        system.append_line(path, "first", wait);
        system.append_line(path, "second", wait);
        CHECK(read_file(path) == "first\nsecond\n");
    }
    SECTION("a file without a final newline gets one before the new line") {
        write_file(dir + "/log.txt", "edited by hand");
        system.append_line(dir + "/log.txt", "next", wait);
        CHECK(read_file(dir + "/log.txt") == "edited by hand\nnext\n");
    }
    SECTION("lines composed together go in together; none composed writes nothing") {
        std::string path = dir + "/log.txt";
        write_file(path, "edited by hand");
        auto compose = [](std::string lines) {
            return [lines](const LockedLines&) {
                return lines;
            };
        };
        system.append_composed(path, compose(""), wait);
        CHECK(read_file(path) == "edited by hand");
        system.append_composed(path, compose("first\nsecond"), wait);
        CHECK(read_file(path) == "edited by hand\nfirst\nsecond\n");
    }
    SECTION("a directory where the log should be cannot be appended to") {
        std::filesystem::create_directory(dir + "/log.txt");
        CHECK(error_of([&] { system.append_line(dir + "/log.txt", "x", wait); }) ==
              std::pair(ExitCode::cannot_create,
                        dir + "/log.txt: cannot open the log for appending: Is a directory"));
    }
    SECTION("a missing directory is not made: exit 73, nothing created") {
        std::string path = dir + "/a/b/log.txt";
        CHECK(error_of([&] { system.append_line(path, "x", wait); }) ==
              std::pair(ExitCode::cannot_create, path +
                                                     ": cannot open the log for appending: the "
                                                     "directory " +
                                                     dir + "/a/b does not exist"));
        CHECK_FALSE(std::filesystem::exists(dir + "/a"));
    }
    SECTION("a path ending in / is refused before anything is made") {
        std::string path = dir + "/x.txt/";
        CHECK(error_of([&] { system.append_line(path, "x", wait); }) ==
              std::pair(ExitCode::cannot_create,
                        path + ": the log must be a file, but the path ends in /"));
        CHECK_FALSE(std::filesystem::exists(dir + "/x.txt"));
    }
    std::filesystem::remove_all(dir);
}

TEST_CASE("posix_writes::append_line waits for the lock, as long as it is told") {
    PosixSystem system;
    std::string dir = scratch_directory();
    std::string path = dir + "/log.txt";
    write_file(path, "held\n");
    // Another open file description of the log, locked: as another process would hold it.
    FileDescriptor holder(::open(path.c_str(), O_RDWR));
    REQUIRE(::flock(holder.get(), LOCK_EX) == 0);
    int told = 0;
    LockWait wait{std::chrono::milliseconds(100), std::chrono::milliseconds(400), [&] {
                      ++told;
                  }};
    SECTION("it says once that it waits, then gives up with 75 and writes nothing") {
        CHECK(error_of([&] { system.append_line(path, "x", wait); }) ==
              std::pair(ExitCode::temporary,
                        path + ": another process held the lock for 0 s; nothing was written; "
                               "try again"));
        CHECK(told == 1);
        CHECK(read_file(path) == "held\n");
    }
    SECTION("a limit of 0 gives up at once, without a word") {
        wait.limit = std::chrono::milliseconds(0);
        CHECK(error_of([&] { system.append_line(path, "x", wait); }).first == ExitCode::temporary);
        CHECK(told == 0);
    }
    SECTION("once the lock is free, the line goes in") {
        holder.close();
        system.append_line(path, "x", wait);
        CHECK(read_file(path) == "held\nx\n");
        CHECK(told == 0);
    }
    std::filesystem::remove_all(dir);
}

TEST_CASE("posix_writes::append_line appends to the file the path names after the lock") {
    std::string dir = scratch_directory();
    std::string path = dir + "/log.txt";
    write_file(path, "old\n");
    std::filesystem::create_hard_link(path, dir + "/old-inode.txt");
    FileDescriptor holder(::open(path.c_str(), O_RDWR));
    REQUIRE(::flock(holder.get(), LOCK_EX) == 0);
    pid_t child = ::fork();
    if (child == 0) {
        holder.close(); // the lock stays the parent's: its descriptor still holds it
        try {
            PosixSystem().append_line(path, "line", LockWait{});
            ::_exit(0);
        } catch (...) {
            ::_exit(1);
        }
    }
    CHECK(blocked_on_lock(path));
    // What a sync tool, an editor or sed -i does while the child waits.
    write_file(dir + "/new.txt", "new\n");
    std::filesystem::rename(dir + "/new.txt", path);
    holder.close();
    int status = 0;
    ::waitpid(child, &status, 0);
    CHECK((WIFEXITED(status) && WEXITSTATUS(status) == 0));
    CHECK(read_file(path) == "new\nline\n");
    CHECK(read_file(dir + "/old-inode.txt") == "old\n");
    std::filesystem::remove_all(dir);
}

TEST_CASE("posix_writes::make_directories") {
    std::string dir = scratch_directory();
    PosixSystem().make_directories(dir + "/data/backplan");
    struct stat info {};
    REQUIRE(::stat((dir + "/data/backplan").c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0700);
    std::filesystem::remove_all(dir);
}

TEST_CASE("posix_writes::replace_file keeps what the user set on the file") {
    PosixSystem system;
    std::string dir = scratch_directory();
    auto plan = [](std::ostream& out) {
        out << "new plan\n";
    };
    auto mode_of = [](const std::string& path) {
        struct stat info {};
        ::stat(path.c_str(), &info);
        return info.st_mode & 07777;
    };
    SECTION("a new file: 0666 less the umask") {
        mode_t mask = ::umask(022);
        system.replace_file(dir + "/plan.txt", plan);
        ::umask(mask);
        CHECK(read_file(dir + "/plan.txt") == "new plan\n");
        CHECK(mode_of(dir + "/plan.txt") == 0644);
    }
    SECTION("an existing file keeps its mode") {
        write_file(dir + "/plan.txt", "old\n");
        ::chmod((dir + "/plan.txt").c_str(), 0600);
        system.replace_file(dir + "/plan.txt", plan);
        CHECK(read_file(dir + "/plan.txt") == "new plan\n");
        CHECK(mode_of(dir + "/plan.txt") == 0600);
    }
    SECTION("a path through /proc/self/root names a file: it is replaced, not appended to") {
        std::string through_proc = "/proc/self/root" + dir + "/plan.txt";
        system.replace_file(through_proc, [](std::ostream& out) { out << "old plan\n"; });
        system.replace_file(through_proc, plan);
        CHECK(read_file(dir + "/plan.txt") == "new plan\n");
        CHECK(std::distance(std::filesystem::directory_iterator(dir),
                            std::filesystem::directory_iterator()) == 1);
    }
    SECTION("a symbolic link is written through, to its target, and stays a link") {
        write_file(dir + "/real.txt", "old\n");
        std::filesystem::create_directory(dir + "/links");
        std::filesystem::create_symlink("../real.txt", dir + "/links/plan.txt");
        system.replace_file(dir + "/links/plan.txt", plan);
        CHECK(std::filesystem::is_symlink(dir + "/links/plan.txt"));
        CHECK(read_file(dir + "/real.txt") == "new plan\n");
        CHECK(std::filesystem::directory_iterator(dir + "/links")->path().filename() == "plan.txt");
    }
    SECTION("a link to a file not there yet makes it") {
        std::filesystem::create_symlink("later.txt", dir + "/plan.txt");
        system.replace_file(dir + "/plan.txt", plan);
        CHECK(std::filesystem::is_symlink(dir + "/plan.txt"));
        CHECK(read_file(dir + "/later.txt") == "new plan\n");
    }
    SECTION("other hard links keep the old content (documented)") {
        write_file(dir + "/plan.txt", "old\n");
        std::filesystem::create_hard_link(dir + "/plan.txt", dir + "/other.txt");
        system.replace_file(dir + "/plan.txt", plan);
        CHECK(read_file(dir + "/plan.txt") == "new plan\n");
        CHECK(read_file(dir + "/other.txt") == "old\n");
    }
    SECTION("a writer that throws leaves the file and no temporary one") {
        write_file(dir + "/plan.txt", "old\n");
        CHECK_THROWS_AS(system.replace_file(dir + "/plan.txt",
                                            [](std::ostream& out) {
                                                out << "half";
                                                throw std::runtime_error("stop");
                                            }),
                        std::runtime_error);
        CHECK(read_file(dir + "/plan.txt") == "old\n");
        CHECK(std::distance(std::filesystem::directory_iterator(dir),
                            std::filesystem::directory_iterator()) == 1);
    }
    std::filesystem::remove_all(dir);
}

TEST_CASE("posix_writes::replace_file under signals and the file size limit") {
    std::string dir = scratch_directory();
    std::string path = dir + "/plan.txt";
    write_file(path, "old\n");
    // Runs replace_file in a child whose writer writes 1 MB, then does what is given; returns
    // the child's exit status, or 128 + the signal that ended it.
    auto in_child = [&](const std::function<void()>& then) {
        pid_t child = ::fork();
        if (child == 0) {
            try {
                PosixSystem().replace_file(path, [&](std::ostream& out) {
                    out << std::string(1 << 20, 'x') << std::flush;
                    then();
                });
                ::_exit(0);
            } catch (const Error& error) {
                ::_exit(static_cast<int>(error.code()));
            }
        }
        int status = 0;
        ::waitpid(child, &status, 0);
        return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    };
    auto files = [&] {
        return std::distance(std::filesystem::directory_iterator(dir),
                             std::filesystem::directory_iterator());
    };
    for (int signal : {SIGINT, SIGTERM, SIGHUP}) {
        CAPTURE(signal);
        CHECK(in_child([&] { ::raise(signal); }) == 128 + signal);
        CHECK(read_file(path) == "old\n");
        CHECK(files() == 1);
    }
    SECTION("past the file size limit: an I/O error, no SIGXFSZ, no temporary file") {
        CHECK(in_child([] {}) == 0); // without a limit, the whole new content
        CHECK(read_file(path).size() == 1 << 20);
        write_file(path, "old\n");
        pid_t child = ::fork();
        if (child == 0) {
            rlimit limit{4096, 4096};
            ::setrlimit(RLIMIT_FSIZE, &limit);
            try {
                PosixSystem().replace_file(
                    path, [](std::ostream& out) { out << std::string(1 << 20, 'x'); });
                ::_exit(0);
            } catch (const Error& error) {
                ::_exit(std::string(error.what()) == path + ": cannot write: File too large"
                            ? static_cast<int>(error.code())
                            : 1);
            }
        }
        int status = 0;
        ::waitpid(child, &status, 0);
        CHECK((WIFEXITED(status) && WEXITSTATUS(status) == 74));
        CHECK(read_file(path) == "old\n");
        CHECK(files() == 1);
    }
    std::filesystem::remove_all(dir);
}

TEST_CASE("posix_writes::same_file") {
    PosixSystem system;
    std::string dir = scratch_directory();
    write_file(dir + "/log.txt", "x\n");
    write_file(dir + "/other.txt", "x\n");
    std::filesystem::create_directory(dir + "/sub");
    std::filesystem::create_symlink("log.txt", dir + "/link.txt");
    std::filesystem::create_hard_link(dir + "/log.txt", dir + "/hard.txt");
    std::filesystem::create_symlink("none.txt", dir + "/dangling.txt");
    CHECK(system.same_file(dir + "/log.txt", dir + "/sub/../log.txt"));
    CHECK(system.same_file(dir + "/link.txt", dir + "/log.txt"));
    CHECK(system.same_file(dir + "/hard.txt", dir + "/log.txt"));
    CHECK_FALSE(system.same_file(dir + "/other.txt", dir + "/log.txt"));
    SECTION("files not there yet: the same place once links are followed") {
        CHECK(system.same_file(dir + "/sub/../none.txt", dir + "/none.txt"));
        CHECK(system.same_file(dir + "/dangling.txt", dir + "/none.txt"));
        CHECK_FALSE(system.same_file(dir + "/new.txt", dir + "/none.txt"));
        CHECK_FALSE(system.same_file(dir + "/none.txt", dir + "/log.txt"));
    }
    std::filesystem::remove_all(dir);
}
