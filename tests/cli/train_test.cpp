// `train` driven line by line, as from a file or a script, in-process on the fake system: its
// clock stands still at 08:00 UTC, so every line it logs is at that time.
#include "cli/app.hpp"
#include "support/fake_system.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace backplan;

namespace {

const std::string log_path = "/home/u/.local/share/backplan/log.txt";

struct Run {
    ExitCode status;
    std::string out;
};

Run train(test::FakeSystem& system, const std::string& answers,
          std::vector<std::string> args = {}) {
    system.answers.str(answers);
    system.answers.clear();
    args.insert(args.begin(), "train");
    std::ostringstream out;
    ExitCode status = cli::run(args, system, out);
    return {status, out.str()};
}

std::string repeat(const std::string& text, int times) {
    std::string result;
    for (int i = 0; i < times; ++i) {
        result += text;
    }
    return result;
}

} // namespace

TEST_CASE("train: Enter for every set logs what `log` would, one line per exercise") {
    test::FakeSystem system("2026-11-23"); // a Monday: the six exercises, each 2 x 15 in week 1
    Run run = train(system, repeat("\n", 12));
    CHECK(run.status == ExitCode::ok);
    CHECK(system.files[log_path] == "2026-11-23T08:00:00+00:00 action1 15 15\n"
                                    "2026-11-23T08:00:00+00:00 action2 15 15\n"
                                    "2026-11-23T08:00:00+00:00 action3 15 15\n"
                                    "2026-11-23T08:00:00+00:00 action4 15 15\n"
                                    "2026-11-23T08:00:00+00:00 action5 15 15\n"
                                    "2026-11-23T08:00:00+00:00 action6 15 15\n");
    SECTION("what it says along the way") {
        std::string first = "\nExercise 1 of 6: action1  Prone back extension: 2 x 15 reps\n";
        CHECK(run.out.starts_with(first));
        CHECK(run.out.find("Set 1 of 2: 15 reps\nRest 60 s\nSet 2 of 2: 15 reps\n"
                           "Logged: 2026-11-23T08:00:00+00:00 action1 15 15\nRest 60 s\n\n"
                           "Exercise 2 of 6: action2  Towel prone row: 2 x 15 reps\n") !=
              std::string::npos);
        // No rest after the last set.
        CHECK(run.out.find("Logged: 2026-11-23T08:00:00+00:00 action6 15 15\n\nDone in 0 "
                           "minutes:\n") != std::string::npos);
        CHECK(run.out.ends_with("  action6  planned 2 x 15 reps, done 15 15\n"
                                "Next training day: Wed 2026-11-25, 6 exercises.\n"));
    }
    SECTION("a second run the same day finds nothing left") {
        Run again = train(system, "\n");
        CHECK(again.status == ExitCode::ok);
        CHECK(again.out == "Mon 2026-11-23: every set is logged already.\n"
                           "Next training day: Wed 2026-11-25, 6 exercises.\n");
        CHECK(system.appends == 6);
    }
}

TEST_CASE("train: numbers, s and q") {
    test::FakeSystem system("2026-11-23");
    // action1: 17 then 16; action2: skipped at once; action3: 14, then quit.
    Run run = train(system, "17\n16\ns\n14\nq\n", {"--rest", "0"});
    CHECK(run.status == ExitCode::ok);
    CHECK(system.files[log_path] == "2026-11-23T08:00:00+00:00 action1 17 16\n"
                                    "2026-11-23T08:00:00+00:00 action3 14\n");
    CHECK(run.out.find("Rest") == std::string::npos);
    CHECK(run.out.find("  action1  planned 2 x 15 reps, done 17 16\n"
                       "  action2  planned 2 x 15 reps, done nothing\n"
                       "  action3  planned 2 x 15 reps, done 14\n"
                       "  action4  planned 2 x 15 reps, done nothing\n") != std::string::npos);
    SECTION("the next run asks only for the sets still to do; a skipped exercise comes last") {
        // action3 was done as 14: a short set is a set done, one of two left. action2, skipped
        // while action3 after it was done, is offered last, and says so.
        Run again = train(system, "q\n", {"--rest", "0"});
        CHECK(
            again.out.starts_with("\nExercise 1 of 5: action3  Prone arm circles: 2 x 15 reps\n"));
        CHECK(again.out.find("Set 2 of 2: 15 reps\n") != std::string::npos);
        CHECK(again.out.find("Exercise 2 of 5") == std::string::npos); // quit at the first prompt
        Run third = train(system, "\ns\ns\ns\nq\n", {"--rest", "0"});
        CHECK(third.out.find("Exercise 5 of 5, skipped earlier today: action2  Towel prone row: "
                             "2 x 15 reps\n") != std::string::npos);
        // The fake clock stands still: the first run's action3 took 08:00:00.
        CHECK(system.files[log_path].ends_with("2026-11-23T08:00:01+00:00 action3 15\n"));
    }
}

TEST_CASE("train: a bad answer is asked again, saying what is expected") {
    test::FakeSystem system("2026-11-23");
    Run run = train(system, "twenty\n0\n\nq\n", {"--rest", "0"});
    CHECK(run.out.find("Set 1 of 2: 15 reps\n"
                       "expected Enter, reps from 1 to 1000, s or q; got 'twenty'\n"
                       "Set 1 of 2: 15 reps\n"
                       "expected Enter, reps from 1 to 1000, s or q; got '0'\n"
                       "Set 1 of 2: 15 reps\nSet 2 of 2: 15 reps\n") != std::string::npos);
    CHECK(system.files[log_path] == "2026-11-23T08:00:00+00:00 action1 15\n");
}

TEST_CASE("train: the end of the input ends the session, keeping the sets done") {
    test::FakeSystem system("2026-11-23");
    Run run = train(system, "15\n", {"--rest", "0"});
    CHECK(run.status == ExitCode::ok);
    CHECK(system.files[log_path] == "2026-11-23T08:00:00+00:00 action1 15\n");
}

TEST_CASE("train: a rest day, and another day's session with --date") {
    test::FakeSystem system("2026-11-24"); // a Tuesday
    Run rest = train(system, "");
    CHECK(rest.out ==
          "Tue 2026-11-24: rest day.\nNext training day: Wed 2026-11-25, 6 exercises.\n");
    CHECK_FALSE(system.exists(log_path));
    // Logged at noon of the date given, as `log --at 2026-11-23` would.
    Run monday = train(system, "\n\nq\n", {"--date", "2026-11-23", "--rest", "0"});
    CHECK(system.files[log_path] == "2026-11-23T12:00:00+00:00 action1 15 15\n");
    CHECK(monday.out.find("Next training day: Wed 2026-11-25, 6 exercises.\n") !=
          std::string::npos);
}

TEST_CASE("train: a timed hold") {
    test::FakeSystem system("2026-11-23");
    system.files["/t.yaml"] = "name: Holds\n"
                              "days: [mon]\n"
                              "progression:\n"
                              "  start: {sets: 2, seconds: 20-30}\n"
                              "  target: {sets: 3, seconds: 45-60}\n"
                              "exercises:\n"
                              "  - id: plank\n"
                              "    name: Front plank\n";
    // Enter runs the hold (said, not timed, from a file) and logs the prescribed 20 s; a number
    // logs the seconds held.
    Run run = train(system, "\n25\n", {"-t", "/t.yaml", "--rest", "0"});
    CHECK(run.out.find("Set 1 of 2: hold 20 s\nHold 20 s\nSet 2 of 2: hold 20 s\n") !=
          std::string::npos);
    CHECK(system.files[log_path] == "2026-11-23T08:00:00+00:00 plank 20s 25s\n");
}

TEST_CASE("train: the rest is --rest, else the exercise's, else the routine's, else 60 s") {
    test::FakeSystem system("2026-11-23");
    system.files["/t.yaml"] = "name: Rests\n"
                              "days: [mon]\n"
                              "rest: 45\n"
                              "progression:\n"
                              "  start: {sets: 2, reps: 10}\n"
                              "  target: {sets: 2, reps: 12}\n"
                              "exercises:\n"
                              "  - id: slow\n"
                              "    name: Slow one\n"
                              "    rest: 90\n"
                              "  - id: plain\n"
                              "    name: Plain one\n";
    Run run = train(system, "\n\n\n\n", {"-t", "/t.yaml"});
    // After slow's first set its own 90 s; after its last set (before plain) still its 90 s;
    // after plain's first set the routine's 45 s; none after the session's last set.
    CHECK(run.out.find("Set 1 of 2: 10 reps\nRest 90 s\nSet 2 of 2: 10 reps\n") !=
          std::string::npos);
    CHECK(run.out.find("Logged: 2026-11-23T08:00:00+00:00 slow 10 10\nRest 90 s\n") !=
          std::string::npos);
    CHECK(run.out.find("Set 1 of 2: 10 reps\nRest 45 s\nSet 2 of 2: 10 reps\n") !=
          std::string::npos);
    Run given = train(system, "", {"-t", "/t.yaml", "--rest", "20", "--date", "2026-11-30"});
    CHECK(given.status == ExitCode::ok);
    system.answers.str("\nq\n");
    system.answers.clear();
    std::ostringstream out;
    cli::run({"-t", "/t.yaml", "train", "--rest", "20", "--date", "2026-11-30"}, system, out);
    // The week of 11-23 was met (slow 10 10 on its one day), so 11-30 is a step up: 2 x 11.
    CHECK(out.str().find("Set 1 of 2: 11 reps\nRest 20 s\n") != std::string::npos);
}

TEST_CASE("train: pain's cautions as it starts, and no session after pain that ends it") {
    SECTION("pain 4 on Monday: said with the first set on Wednesday") {
        test::FakeSystem system("2026-11-25");
        system.files[log_path] = "2026-11-23T07:00:00+00:00 action2 15 15 pain=4\n";
        Run run = train(system, "q\n", {"--rest", "0"});
        CHECK(run.out.find("caution: action2 pain 4 on Mon 2026-11-23: 2 x 15 reps holds; stop if "
                           "it hurts\nSet 1 of 2: 15 reps\n") != std::string::npos);
    }
    SECTION("pain 7 today: the session is over for the day, whatever is left") {
        test::FakeSystem system("2026-11-25");
        system.files[log_path] = "2026-11-25T07:00:00+00:00 action2 15 12 pain=7\n";
        Run run = train(system, "\n", {"--rest", "0"});
        CHECK(run.status == ExitCode::ok);
        CHECK(run.out ==
              "Wed 2026-11-25: the session is over for today, after pain.\n"
              "caution: action2 pain 7 today: 2 x 15 reps holds (the first step); no more\n"
              "  training today\n"
              "Next training day: Fri 2026-11-27, 6 exercises.\n");
        CHECK(system.appends == 0);
    }
}

TEST_CASE("train: a finished exercise is kept while the log is locked, and logged after") {
    test::FakeSystem system("2026-11-23");
    system.locked_for = 1; // action1's append finds the lock held; action2's does not
    Run run = train(system, "\n\n\n\nq\n", {"--rest", "0"});
    CHECK(run.status == ExitCode::ok);
    CHECK(run.out.find("Set 2 of 2: 15 reps\n"
                       "Log locked by another process: 1 exercise kept, tried again after the "
                       "next one\n") != std::string::npos);
    CHECK(system.lock_refusals == 1);
    CHECK(system.files[log_path] == "2026-11-23T08:00:00+00:00 action1 15 15\n"
                                    "2026-11-23T08:00:00+00:00 action2 15 15\n");
    CHECK(run.out.find("Not logged") == std::string::npos);
}

TEST_CASE("train: when the lock is never had, the sets are given as backplan log commands") {
    test::FakeSystem system("2026-11-23");
    system.locked_for = -1;
    Run run = train(system, "\n\n\n\nq\n", {"--rest", "0"});
    CHECK(run.status == ExitCode::temporary);
    CHECK(run.out.find("Log locked by another process: 2 exercises kept, tried again after the "
                       "next one\n") != std::string::npos);
    const std::string first =
        "backplan --log " + log_path + " log action1 15 15 --at 2026-11-23T08:00:00+00:00";
    const std::string second =
        "backplan --log " + log_path + " log action2 15 15 --at 2026-11-23T08:00:00+00:00";
    CHECK(run.out.ends_with("Not logged, the log stayed locked. To log them, run:\n  " + first +
                            "\n  " + second + "\n"));
    CHECK(system.appends == 0);
    SECTION("the commands given log what was done, once the lock is free") {
        system.locked_for = 0;
        for (const std::string& command : {first, second}) {
            std::vector<std::string> args;
            std::istringstream words(command.substr(std::string("backplan ").size()));
            for (std::string word; words >> word;) {
                args.push_back(word);
            }
            std::ostringstream out;
            CHECK(cli::run(args, system, out) == ExitCode::ok);
        }
        CHECK(system.files[log_path] == "2026-11-23T08:00:00+00:00 action1 15 15\n"
                                        "2026-11-23T08:00:00+00:00 action2 15 15\n");
    }
}
