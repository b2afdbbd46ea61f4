// backplan undo, in-process on a fake System: what it cancels, what it writes and prints, and
// what it refuses without writing anything.
#include "cli/in_process.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace backplan;
using test::Refusal;
using test::refusal;

namespace {

const std::string log_path = "/home/u/.local/share/backplan/log.txt";

} // namespace

TEST_CASE("undo::run") {
    test::FakeSystem system("2026-11-26"); // now: 2026-11-26T08:00:00+00:00
    // Sorted by time, as after a merge: the latest record is not the last line.
    std::string log = "2026-11-23T07:30:00+01:00 action2 20 20\n"
                      "2026-11-24T07:30:00+01:00 action1 15 15\n"
                      "2026-11-25T07:30:00+01:00 action2 375 # a typo\n"
                      "2026-11-24T19:00:00+01:00 action3 12\n";
    system.files[log_path] = log;
    std::ostringstream out;
    SECTION("the latest record not already cancelled, by time; one line appended per undo") {
        CHECK(cli::run({"undo"}, system, out) == ExitCode::ok);
        CHECK(out.str() == "2026-11-26T08:00:00+00:00 !undo 2026-11-25T07:30:00+01:00 action2\n"
                           "cancelled: 2026-11-25T07:30:00+01:00 action2 375 # a typo\n");
        CHECK(system.files[log_path] ==
              log + "2026-11-26T08:00:00+00:00 !undo 2026-11-25T07:30:00+01:00 action2\n");
        std::ostringstream second;
        system.clock += std::chrono::minutes(1);
        CHECK(cli::run({"undo", "--note", " wrong exercise "}, system, second) == ExitCode::ok);
        CHECK(second.str() == "2026-11-26T08:01:00+00:00 !undo 2026-11-24T19:00:00+01:00 action3 "
                              "# wrong exercise\n"
                              "cancelled: 2026-11-24T19:00:00+01:00 action3 12\n");
        std::ostringstream history;
        cli::run({"history"}, system, history);
        CHECK(history.str() == "2026-11-23T07:30:00+01:00 action2 20 20\n"
                               "2026-11-24T07:30:00+01:00 action1 15 15\n");
        std::ostringstream all;
        cli::run({"history", "--all"}, system, all);
        CHECK(all.str() == "2026-11-23T07:30:00+01:00 action2 20 20\n"
                           "2026-11-24T07:30:00+01:00 action1 15 15\n"
                           "# cancelled: 2026-11-24T19:00:00+01:00 action3 12\n"
                           "# cancelled: 2026-11-25T07:30:00+01:00 action2 375 # a typo\n");
        CHECK(system.appends == 2);
    }
    SECTION("the latest record of one exercise, named by id, name or alias") {
        CHECK(cli::run({"undo", "prone-row"}, system, out) == ExitCode::ok);
        CHECK(out.str() == "2026-11-26T08:00:00+00:00 !undo 2026-11-25T07:30:00+01:00 action2\n"
                           "cancelled: 2026-11-25T07:30:00+01:00 action2 375 # a typo\n");
    }
    SECTION("--at: the record at that instant, whatever offset it is written with") {
        CHECK(cli::run({"undo", "--at", "2026-11-23T06:30Z", "action2"}, system, out) ==
              ExitCode::ok);
        CHECK(out.str() == "2026-11-26T08:00:00+00:00 !undo 2026-11-23T07:30:00+01:00 action2\n"
                           "cancelled: 2026-11-23T07:30:00+01:00 action2 20 20\n");
    }
    SECTION("refused, exit 65, nothing written") {
        CHECK(refusal(system, {"undo", "--at", "2026-11-23T07:30:00+01:00", "action1"}) ==
              Refusal{ExitCode::data, "no record of action1 at 2026-11-23T07:30:00+01:00 in " +
                                          log_path + "; backplan history lists the records"});
        CHECK(refusal(system, {"undo", "--at", "2026-11-23T07:30:00+01:00", "!undo"}) ==
              Refusal{ExitCode::data,
                      "a cancellation cannot be cancelled; log the record again instead"});
        CHECK(refusal(system, {"undo", "action4"}) ==
              Refusal{ExitCode::data, "nothing to undo: " + log_path +
                                          " holds no record of action4 that is not cancelled"});
        CHECK(refusal(system, {"undo", "--at", "2026-11-23"}) ==
              Refusal{ExitCode::usage, "--at: name the exercise of the record too (or '!pause' or "
                                       "'!resume'), as in: backplan undo --at TIME EXERCISE"});
        CHECK(
            refusal(system, {"undo", "!redo"}) ==
            Refusal{ExitCode::data,
                    "unknown kind of record '!redo'; expected an exercise, '!pause' or '!resume'"});
        CHECK(system.appends == 0);
        CHECK(system.files[log_path] == log);
        REQUIRE(cli::run({"undo", "--at", "2026-11-23T07:30:00+01:00", "action2"}, system, out) ==
                ExitCode::ok);
        CHECK(refusal(system, {"undo", "--at", "2026-11-23T07:30:00+01:00", "action2"}) ==
              Refusal{ExitCode::data,
                      "the record of action2 at 2026-11-23T07:30:00+01:00 is cancelled already"});
        CHECK(system.appends == 1);
    }
    SECTION("undo of nothing: every record cancelled, or no log") {
        for (int i = 0; i < 4; ++i) {
            REQUIRE(cli::run({"undo"}, system, out) == ExitCode::ok);
        }
        CHECK(refusal(system, {"undo"}) ==
              std::pair<ExitCode, std::string>{ExitCode::data,
                                               "nothing to undo: " + log_path +
                                                   " holds no record that is not cancelled"});
        system.files.erase(log_path);
        CHECK(refusal(system, {"undo"}).first == ExitCode::data);
        CHECK(system.files.count(log_path) == 0);
    }
}
