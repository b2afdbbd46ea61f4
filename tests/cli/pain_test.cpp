// Pain through the commands, in-process on a fake System: log --pain writes it, today cautions,
// why gives it as the reason, report shows the week's highest.
#include "cli/in_process.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace backplan;
using test::output;
using test::Refusal;
using test::refusal;

namespace {

const std::string& log_path = test::default_log;

// The built-in routine (mon, wed, fri; 2 x 15 to start): action2 met its week of 2026-11-16 with
// pain 4 on the Wednesday, and reported pain 7 on Monday 2026-11-23; action1 had none.
const std::string pain_log = "2026-11-16T07:30:00+01:00 action2 15 15 pain=2\n"
                             "2026-11-16T07:40:00+01:00 action1 15 15\n"
                             "2026-11-18T07:30:00+01:00 action2 15 15 pain=4 # sore\n"
                             "2026-11-18T07:40:00+01:00 action1 15 15\n"
                             "2026-11-23T07:30:00+01:00 action2 15 15 pain=7\n";

} // namespace

TEST_CASE("log::run --pain") {
    test::FakeSystem system("2026-11-26"); // now: 2026-11-26T08:00:00+00:00
    SECTION("written after the sets, before the note; 0 and 10 included") {
        CHECK(output(system, {"log", "action2", "20", "20", "--pain", "2", "-n", "towel"}) ==
              "2026-11-26T08:00:00+00:00 action2 20 20 pain=2 # towel\n");
        CHECK(output(system, {"log", "action1", "15", "--pain", "0", "--at", "06:00"}) ==
              "2026-11-26T06:00:00+00:00 action1 15 pain=0\n");
        CHECK(output(system, {"log", "action1", "15", "--pain=10", "--at", "07:00"}) ==
              "2026-11-26T07:00:00+00:00 action1 15 pain=10\n");
        CHECK(system.files[log_path] == "2026-11-26T08:00:00+00:00 action2 20 20 pain=2 # towel\n"
                                        "2026-11-26T06:00:00+00:00 action1 15 pain=0\n"
                                        "2026-11-26T07:00:00+00:00 action1 15 pain=10\n");
    }
    SECTION("without it, no pain token") {
        CHECK(output(system, {"log", "action2", "20"}) == "2026-11-26T08:00:00+00:00 action2 20\n");
    }
    SECTION("out of range or not a number: a usage error, nothing written") {
        for (const char* given : {"11", "x", "2.5", "", "1000000000000"}) {
            CAPTURE(given);
            CHECK(refusal(system, {"log", "action2", "20", "--pain", given}) ==
                  Refusal{ExitCode::usage, "--pain: expected a whole number from 0 to 10, got '" +
                                               std::string(given) + "'"});
        }
        CHECK(system.files.count(log_path) == 0);
    }
}

TEST_CASE("today::run cautions after pain") {
    test::FakeSystem system("2026-11-26");
    system.files[log_path] = pain_log;
    SECTION("the highest report within the 7 days before the day and on it: 7, and at the "
            "first step (pain 4 held it there) the step holds, as why says") {
        std::string text = output(system, {"today", "--date", "2026-11-25"});
        CHECK(text.ends_with("\ncaution: action2 pain 7 on Mon 2026-11-23: 2 x 15 reps holds (the "
                             "first step);\n  stop if it hurts\n"));
        CHECK(text.find("caution: action1") == std::string::npos);
        CHECK(output(system, {"today", "--date", "2026-11-30"})
                  .ends_with("\ncaution: action2 pain 7 on Mon 2026-11-23: 2 x 15 reps holds (the "
                             "first step);\n  stop if it hurts\n"));
    }
    SECTION("above the first step, pain from pain_step_back: a step back the same week") {
        // action2 met 2 x 15 twice in the week of 11-02: 2 x 16 from 11-09, pain 7 that Monday:
        // 2 x 15 from Tuesday.
        system.files[log_path] = "2026-11-02T07:30:00+01:00 action2 15 15\n"
                                 "2026-11-04T07:30:00+01:00 action2 15 15\n"
                                 "2026-11-09T07:30:00+01:00 action2 16 16 pain=7\n";
        std::string wednesday = output(system, {"today", "--date", "2026-11-11"});
        CHECK(
            wednesday.find("\n  action2  Towel prone row            2 x 15 reps  -     2 sets\n") !=
            std::string::npos);
        CHECK(
            wednesday.ends_with("\ncaution: action2 pain 7 on Mon 2026-11-09: a step back, to 2 x "
                                "15 reps; stop if\n  it hurts\n"));
        SECTION("on the day itself: no more of it that day, and the step it shows from the next") {
            std::string monday = output(system, {"today", "--date", "2026-11-09"});
            CHECK(monday.find("\n  action2  Towel prone row            2 x 16 reps  16 16  "
                              "stop (pain)\n") != std::string::npos);
            CHECK(monday.ends_with("\ncaution: action2 pain 7 today: no more training today; 2 x "
                                   "15 reps from the next\n  session\n"));
        }
    }
    SECTION("4 the day it was reported: the step holds") {
        CHECK(output(system, {"today", "--date", "2026-11-18"})
                  .ends_with("\ncaution: action2 pain 4 today: 2 x 15 reps holds; stop if it "
                             "hurts\n"));
    }
    SECTION("no caution for pain below pain_hold, or reported more than 7 days before") {
        CHECK(output(system, {"today", "--date", "2026-11-16"}).find("caution") ==
              std::string::npos); // pain 2
        CHECK(output(system, {"today", "--date", "2026-12-02"}).find("caution") ==
              std::string::npos); // 2026-11-23 is 9 days before
    }
}

TEST_CASE("why::run and report::run show pain") {
    test::FakeSystem system("2026-11-26");
    system.files[log_path] = pain_log;
    SECTION("why: the week held for pain 4 on Wednesday, this week for pain 7 at the first step") {
        std::string text = output(system, {"why", "action2", "--date", "2026-11-25"});
        CHECK(text.find(
                  "\nwk 1  2026-11-16  met 2 of 3 sessions at 2 x 15, pain 4 on Wed -> "
                  "hold\nwk 2  2026-11-23  this week, under way: met 1 of 3 sessions at 2 x 15") !=
              std::string::npos);
        // Pain decides this week: not taken as met.
        CHECK(text.find("1 day left, pain 7 on Mon -> hold (the first") != std::string::npos);
        CHECK(text.ends_with("\nwk 3  2026-11-30  next: 2 x 15, step 1 of 27\n"));
        CHECK(output(system, {"why", "action1", "--date", "2026-11-25"})
                  .find("wk 1  2026-11-16  met 2 of 3 sessions at 2 x 15 -> next step\n") !=
              std::string::npos);
    }
    SECTION("report --format csv: the week's highest pain, empty where none") {
        std::string csv = output(system, {"report", "--format", "csv", "--since", "2026-11-16",
                                          "--until", "2026-11-22"});
        // 3 days x 2 x 15 planned (6 sets, 90 reps); 2 sessions of 2 x 15 done: 60 of 90, 66%.
        // No day of it paused: 0 in the last field.
        CHECK(csv.find("\r\n2026-11-16,action1,Prone back extension,reps,2,15,6,90,4,60,66,2,,0\r\n"
                       "2026-11-16,action2,Towel prone row,reps,2,15,6,90,4,60,66,2,4,0\r\n") !=
              std::string::npos);
    }
}
