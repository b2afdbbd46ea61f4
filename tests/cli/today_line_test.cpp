// today --format line and today --check: the day in one line for a prompt, and in an exit
// status for a script. The built-in routine trains its six exercises on Monday, Wednesday and
// Friday, each from 2 x 15 reps in its first week.
#include "cli/in_process.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace backplan;
using test::output;

namespace {

const std::string& log_path = test::default_log;

// What today --check exits with, and what it printed (nothing, ever).
std::pair<ExitCode, std::string> check(test::FakeSystem& system) {
    std::ostringstream out;
    ExitCode status = cli::run({"today", "--check"}, system, out);
    return {status, out.str()};
}

// The six exercises each logged at 2 x 15 at 07:00 UTC on the date.
std::string all_six(const std::string& date) {
    std::string log;
    for (int i = 1; i <= 6; ++i) {
        log += date + "T07:0" + std::to_string(i) + ":00+00:00 action" + std::to_string(i) +
               " 15 15\n";
    }
    return log;
}

} // namespace

TEST_CASE("today --format line and --check, on a training day") {
    test::FakeSystem system("2026-11-23"); // Monday, 08:00 UTC
    SECTION("nothing logged: none done, the first exercise next, some left") {
        CHECK(output(system, {"today", "--format", "line"}) ==
              "home-back: 0 of 6 done, next action1 2 x 15 reps\n");
        CHECK(check(system) == std::pair<ExitCode, std::string>{ExitCode::some_left, ""});
    }
    SECTION("one exercise done, one set of the next: what is left of it") {
        system.files[log_path] = "2026-11-23T07:00:00+00:00 action1 15 15\n"
                                 "2026-11-23T07:05:00+00:00 action2 15\n";
        CHECK(output(system, {"today", "-f", "line"}) ==
              "home-back: 1 of 6 done, next action2 1 left of 2 x 15 reps\n");
        CHECK(check(system).first == ExitCode::some_left);
    }
    SECTION("all six done: the next training day, two days on") {
        system.files[log_path] = all_six("2026-11-23");
        CHECK(output(system, {"today", "--format", "line"}) ==
              "home-back: 6 of 6 done, next Wed\n");
        CHECK(check(system) == std::pair<ExitCode, std::string>{ExitCode::ok, ""});
    }
    SECTION("pain that stops the day: the day is over, whatever was done") {
        system.files[log_path] = "2026-11-23T07:00:00+00:00 action1 15 15 pain=7\n";
        CHECK(output(system, {"today", "--format", "line"}) ==
              "home-back: stopped for today (pain), next Wed\n");
        CHECK(check(system).first == ExitCode::ok);
    }
    SECTION("the label is the template's name, as -t takes it") {
        system.files["/home/u/mine.yaml"] =
            "name: Mine\n"
            "progression: {start: {sets: 1, reps: 5}, target: {sets: 2, reps: 10}}\n"
            "exercises:\n"
            "  - {id: pushup, name: Push-up}\n";
        CHECK(output(system, {"today", "-f", "line", "-t", "/home/u/mine.yaml"}) ==
              "mine: 0 of 1 done, next pushup 1 x 5 reps\n");
    }
    SECTION("--check prints nothing, so it takes no --format") {
        CHECK(test::refusal(system, {"today", "--check", "--format", "line"}).first ==
              ExitCode::usage);
    }
}

TEST_CASE("today --format line and --check, on a rest day and a paused one") {
    SECTION("Tuesday rests; Wednesday trains") {
        test::FakeSystem system("2026-11-24");
        CHECK(output(system, {"today", "--format", "line"}) == "home-back: rest, next Wed\n");
        CHECK(check(system) == std::pair<ExitCode, std::string>{ExitCode::no_session, ""});
    }
    SECTION("a pause of two weeks: its last day, and the next day after it, with its date") {
        test::FakeSystem system("2026-11-23");
        system.files[log_path] = "2026-11-20T08:00:00+00:00 !pause 2026-11-23 2026-12-06\n";
        CHECK(output(system, {"today", "--format", "line"}) ==
              "home-back: paused to Sun 2026-12-06, next Mon 2026-12-07\n");
        CHECK(check(system).first == ExitCode::no_session);
    }
}
