// backplan log, history and check on logs, through the real binary.
#include "support/run.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <set>
#include <sstream>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace backplan::test;

namespace {

const std::string cet = "CET-1CEST,M3.5.0,M10.5.0/3"; // Central European time, without tzdata

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        lines.push_back(line);
    }
    return lines;
}

} // namespace

TEST_CASE("log: appends one line and prints it") {
    Scratch scratch;
    RunResult result =
        run_backplan({"log", "prone-row", "20", "20", "18", "--note", " towel slipped ", "--at",
                      "2026-11-24T07:30", "--log", scratch.log},
                     {{"TZ", cet}});
    CHECK(result.status == 0);
    CHECK(result.err.empty());
    std::string line = "2026-11-24T07:30:00+01:00 action2 20 20 18 # towel slipped\n";
    CHECK(result.out == line);
    CHECK(read_file(scratch.log) == line);
    SECTION("the offset is the one in force at that time, summer or winter") {
        RunResult summer = run_backplan(
            {"log", "action1", "15", "--at", "2026-07-01", "--log", scratch.log}, {{"TZ", cet}});
        CHECK(summer.out == "2026-07-01T12:00:00+02:00 action1 15\n");
        CHECK(read_file(scratch.log) == line + summer.out);
    }
    SECTION("a timed hold is written in seconds") {
        std::string dir = scratch.dir + "/plans";
        std::filesystem::create_directories(dir);
        write_file(dir + "/holds.yaml",
                   "name: Holds\nprogression:\n  start: {sets: 2, seconds: 20-30}\n"
                   "  target: {sets: 3, seconds: 45-60}\nexercises:\n"
                   "  - {id: side-plank, name: Side plank}\n");
        RunResult hold =
            run_backplan({"log", "side-plank", "45s", "40", "--template", dir + "/holds.yaml",
                          "--log", scratch.log, "--at", "2026-11-24T08:00"},
                         {{"TZ", "UTC"}});
        CHECK(hold.status == 0);
        CHECK(hold.out == "2026-11-24T08:00:00+00:00 side-plank 45s 40s\n");
    }
}

TEST_CASE("log: bad input is refused and nothing is written") {
    Scratch scratch;
    struct Case {
        std::vector<std::string> args;
        int status;
        std::string err;
    };
    std::vector<Case> cases{
        {{"acton2", "20"}, 65, "unknown exercise 'acton2'; did you mean 'action2'?"},
        {{"row", "20"},
         65,
         "unknown exercise 'row'; did you mean 'prone-row' (action2) or 'table-row' (action5)?"},
        {{"action2", "20x"},
         65,
         "action2 counts reps: expected a whole number from 1 to 1000, got '20x'"},
        {{"action2", "0"},
         65,
         "action2 counts reps: expected a whole number from 1 to 1000, got '0'"},
        {{"action2", "1001"},
         65,
         "action2 counts reps: expected a whole number from 1 to 1000, got '1001'"},
        {{"action2", "45s"}, 65, "action2 counts reps, not seconds: got '45s'"},
        {{"action2", "20", "--note", "two\nlines"},
         65,
         "--note: expected one line of text, got control character \\x0a at byte 4"},
        {{"action2", "20", "--note", "red \x1b[31m"},
         65,
         "--note: expected one line of text, got control character \\x1b at byte 5"},
        {{"\x1b]2;pwned\x07", "20"},
         65,
         "unknown exercise '\\x1b]2;pwned\\x07'; the exercises are 'action1', 'action2', "
         "'action3', 'action4', 'action5' and 'action6'"},
        {{"action2", "20", "--at", "the day after"},
         64,
         "--at: expected now, HH:MM, YYYY-MM-DDTHH:MM (with :SS and an offset, Z or +01:00, if "
         "wanted), or YYYY-MM-DD, today, yesterday, tomorrow or a weekday (mon, next fri), got "
         "'the day after'"},
        {{"action2", "20", "--pain", "11"},
         64,
         "--pain: expected a whole number from 0 to 10, got '11'"},
        {{"action2", "20", "--pain", "bad"},
         64,
         "--pain: expected a whole number from 0 to 10, got 'bad'"},
        {{"action2"}, 64, "log: expected ACTION REPS..., got 'action2' (see backplan log --help)"},
        {{}, 64, "log: expected ACTION REPS..., got nothing (see backplan log --help)"},
    };
    for (const Case& c : cases) {
        std::vector<std::string> args{"log"};
        args.insert(args.end(), c.args.begin(), c.args.end());
        args.insert(args.end(), {"--log", scratch.log});
        CAPTURE(args);
        RunResult result = run_backplan(args);
        CHECK(result.status == c.status);
        CHECK(result.err == "backplan: error: " + c.err + "\n");
        CHECK(result.out.empty());
        CHECK_FALSE(std::filesystem::exists(scratch.log));
    }
    SECTION("a timed hold's amount is echoed as typed, never with an s added") {
        write_file(scratch.dir + "/holds.yaml",
                   "name: Holds\nprogression:\n  start: {sets: 2, seconds: 20-30}\n"
                   "  target: {sets: 3, seconds: 45-60}\nexercises:\n"
                   "  - {id: hold, name: Side plank}\n");
        for (const char* typed : {"1m", "45sec", "4000"}) {
            RunResult result = run_backplan({"log", "hold", typed, "--template",
                                             scratch.dir + "/holds.yaml", "--log", scratch.log});
            CHECK(result.status == 65);
            CHECK(result.err ==
                  "backplan: error: hold counts seconds: expected 1 to 3600, as 45s or 45, got '" +
                      std::string(typed) + "'\n");
            CHECK_FALSE(std::filesystem::exists(scratch.log));
        }
    }
}

TEST_CASE("log: where the log is: --log, $BACKPLAN_LOG, $XDG_DATA_HOME, ~/.local/share") {
    Scratch scratch;
    std::string home = scratch.dir + "/home";
    std::map<std::string, std::string> env{{"HOME", home}};
    CHECK(run_backplan({"log", "action1", "15"}, env).status == 0);
    CHECK(lines_of(read_file(home + "/.local/share/backplan/log.txt")).size() == 1);
    env["XDG_DATA_HOME"] = scratch.dir + "/data";
    CHECK(run_backplan({"log", "action1", "16"}, env).status == 0);
    CHECK(lines_of(read_file(scratch.dir + "/data/backplan/log.txt")).size() == 1);
    env["BACKPLAN_LOG"] = scratch.dir + "/env.txt";
    CHECK(run_backplan({"log", "action1", "17"}, env).status == 0);
    CHECK(lines_of(read_file(scratch.dir + "/env.txt")).size() == 1);
    CHECK(run_backplan({"log", "action1", "18", "--log", scratch.log}, env).status == 0);
    CHECK(lines_of(read_file(scratch.log)).size() == 1);
    // Each went only where it should: one line in each file.
    CHECK(lines_of(read_file(scratch.dir + "/env.txt")).size() == 1);
}

TEST_CASE("log: 50 processes appending at once lose nothing") {
    Scratch scratch;
    constexpr int processes = 50;
    constexpr int appends = BACKPLAN_TEST_APPENDS; // 20; fewer in the sanitized build
    std::vector<pid_t> children;
    for (int p = 0; p < processes; ++p) {
        pid_t pid = ::fork();
        if (pid == 0) {
            int failures = 0;
            for (int i = 0; i < appends; ++i) {
                RunResult result = run_backplan(
                    {"log", "action" + std::to_string(1 + i % 6), std::to_string(1 + p), "--note",
                     "p" + std::to_string(p) + "-" + std::to_string(i), "--log", scratch.log});
                failures += result.status != 0;
            }
            ::_exit(failures == 0 ? 0 : 1);
        }
        children.push_back(pid);
    }
    int failed = 0;
    for (pid_t pid : children) {
        int status = 0;
        ::waitpid(pid, &status, 0);
        failed += !(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    }
    CHECK(failed == 0);
    std::vector<std::string> lines = lines_of(read_file(scratch.log));
    CHECK(lines.size() == processes * appends);
    std::set<std::string> notes;
    for (const std::string& line : lines) {
        notes.insert(line.substr(line.find(" # ") + 3));
    }
    CHECK(notes.size() == processes * appends);
    RunResult check = run_backplan({"check", scratch.log});
    CHECK(check.out.find(": expected") == std::string::npos); // warnings about order only
    CHECK(check.status == 0);
}

TEST_CASE("log: a log that cannot be written is left as it was") {
    Scratch scratch;
    std::string before = "2026-11-23T07:00:00+00:00 action1 15\n";
    write_file(scratch.log, before);
    ::chmod(scratch.dir.c_str(), 0755);

    SECTION("a read-only log: exit 73") {
        ::chmod(scratch.log.c_str(), 0444);
        RunResult result = run_backplan({"log", "action1", "15", "--log", scratch.log}, {}, "",
                                        as_unprivileged_user);
        CHECK(result.status == 73);
        CHECK(result.err == "backplan: error: " + scratch.log +
                                ": cannot open the log for appending: Permission denied\n");
        CHECK(read_file(scratch.log) == before);
    }
    SECTION("a directory that cannot be written: exit 73") {
        std::string locked = scratch.dir + "/locked";
        std::filesystem::create_directory(locked);
        ::chmod(locked.c_str(), 0555);
        RunResult result = run_backplan({"log", "action1", "15", "--log", locked + "/log.txt"}, {},
                                        "", as_unprivileged_user);
        CHECK(result.status == 73);
        CHECK_FALSE(std::filesystem::exists(locked + "/log.txt"));
    }
    SECTION("a short write (the file size limit) is rolled back: exit 74, no partial line") {
        // The limit applies to every file the child writes: keep the log well above the size
        // of any message on the captured stderr, and let only the log's next line cross it.
        before = "# " + std::string(4000, '-') + "\n" + before;
        write_file(scratch.log, before);
        auto limit_file_size = [&] {
            // SIGXFSZ left as it is: by default it kills the process (exit 153) before any
            // rollback, unless backplan itself ignores it while it writes.
            rlimit limit{before.size() + 10, before.size() + 10};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        };
        RunResult result = run_backplan(
            {"log", "action1", "15", "--note", "long enough to cross", "--log", scratch.log}, {},
            "", limit_file_size);
        CHECK(result.status == 74);
        CHECK(result.err ==
              "backplan: error: " + scratch.log + ": cannot write the log: File too large\n");
        CHECK(read_file(scratch.log) == before);
    }
}

TEST_CASE("history and check read the log") {
    Scratch scratch;
    write_file(scratch.log, "# my training\n"
                            "2026-11-20T07:00:00+00:00 action1 15 15\n"
                            "2026-11-23T07:00:00+00:00 action2 16 16 # sore\n"
                            "not a line\n"
                            "2026-11-24T07:00:00+00:00 acton1 17\n"
                            "2026-11-22T07:00:00+00:00 action2 18s\n"
                            "2026-11-25T07:00:00+00:00 action2 19");
    std::string form = "expected a date or time such as 2026-11-24, 2026-11-24T07:30 or "
                       "2026-11-24T07:30:00+01:00, got 'not'";
    SECTION("history: the entries that match, one per line; what it skips said as check says it") {
        RunResult all = run_backplan({"history", "--log", scratch.log});
        CHECK(all.status == 0);
        CHECK(all.out == "2026-11-20T07:00:00+00:00 action1 15 15\n"
                         "2026-11-23T07:00:00+00:00 action2 16 16 # sore\n"
                         "2026-11-25T07:00:00+00:00 action2 19\n");
        CHECK(all.err == "backplan: warning: " + scratch.log + ":4:1: " + form + "\n" +
                             "backplan: warning: " + scratch.log +
                             ":5:27: unknown exercise 'acton1'; did you mean 'action1'?\n" +
                             "backplan: warning: " + scratch.log +
                             ":6:27: action2 counts reps, not seconds\n");
        RunResult some = run_backplan({"history", "--since", "2026-11-21", "--until", "2026-11-24",
                                       "--action", "prone-row", "--log", scratch.log});
        CHECK(some.out == "2026-11-23T07:00:00+00:00 action2 16 16 # sore\n");
        CHECK(some.err == all.err);
    }
    SECTION("history: a reversed range is a usage error, as for report; an empty one prints "
            "nothing") {
        RunResult reversed = run_backplan(
            {"history", "--since", "2026-11-24", "--until", "2026-11-21", "--log", scratch.log});
        CHECK(reversed.status == 64);
        CHECK(reversed.err == "backplan: error: --since: 2026-11-24 is after --until 2026-11-21\n");
        CHECK(reversed.out.empty());
        RunResult empty = run_backplan({"history", "--since", "2026-12-01", "--log", scratch.log});
        CHECK(empty.status == 0);
        CHECK(empty.out.empty());
    }
    SECTION("check: every problem with its position, exit 65") {
        RunResult result = run_backplan({"check", scratch.log});
        CHECK(result.status == 65);
        CHECK(result.out ==
              scratch.log + "\n" +
                  "4:1: expected a date or time such as 2026-11-24, 2026-11-24T07:30 or\n"
                  "    2026-11-24T07:30:00+01:00, got 'not'\n"
                  "5:27: unknown exercise 'acton1'; did you mean 'action1'?\n"
                  "6:27: action2 counts reps, not seconds\n");
    }
    SECTION("history past a few bad lines sums up the rest") {
        std::string bad;
        for (int i = 0; i < 12; ++i) {
            bad += "bad line\n";
        }
        write_file(scratch.log, bad);
        RunResult result = run_backplan({"history", "--log", scratch.log});
        CHECK(result.status == 0);
        std::vector<std::string> warnings = lines_of(result.err);
        REQUIRE(warnings.size() == 6);
        CHECK(warnings[5] == "backplan: warning: " + scratch.log +
                                 ": 7 more lines could not be read and were skipped; see "
                                 "backplan check " +
                                 scratch.log);
        CHECK(read_file(scratch.log) == bad); // reading never changes the log
    }
    SECTION("a missing log is an empty one, as everywhere") {
        RunResult result = run_backplan({"history", "--log", scratch.dir + "/none.txt"});
        CHECK(result.status == 0);
        CHECK(result.out.empty());
        CHECK(result.err.empty());
    }
}
