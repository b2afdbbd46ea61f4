// backplan pause at its edges, in-process on a fake System: an early end of pauses joined into
// one, a pause from a device whose clock is ahead, a named pause undone, weeks paused in part
// with nothing logged, pain in a paused week, and the report's streak and paused days. The
// built-in routine trains six exercises on Monday, Wednesday and Friday, one step a week met.
#include "cli/in_process.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace backplan;
using test::output;
using test::Refusal;
using test::refusal;

namespace {

const std::string& log_path = test::default_log;

// The line of why's table for the week of monday, its wrapped lines joined.
std::string why_week(const std::string& why, const std::string& monday) {
    std::istringstream in(why);
    std::string found;
    for (std::string line; std::getline(in, line);) {
        if (line.rfind("wk ", 0) == 0) {
            if (!found.empty()) {
                break;
            }
            if (line.find("  " + monday + "  ") != std::string::npos) {
                found = line;
            }
        } else if (!found.empty() && line.rfind("  ", 0) == 0) {
            found += ' ' + line.substr(line.find_first_not_of(' '));
        }
    }
    return found;
}

// action2 met (2 x 15, twice) in the week of 2026-11-16: 2 x 16 in the week of 2026-11-23.
const std::string met_week = "2026-11-16T07:30:00+01:00 action2 15 15\n"
                             "2026-11-18T07:30:00+01:00 action2 15 15\n";

} // namespace

TEST_CASE("pause --end ends the whole of pauses joined into one") {
    test::FakeSystem system("2026-11-28"); // now: Sat 2026-11-28T08:00:00+00:00
    // The second pause, written first, starts the day after the first ends: one pause.
    system.files[log_path] = met_week +
                             "2026-11-19T08:00:00+00:00 !pause 2026-12-01 2026-12-10 # b\n"
                             "2026-11-20T08:00:00+00:00 !pause 2026-11-25 2026-11-30 # a\n";
    CHECK(output(system, {"pause", "--end"}) ==
          "2026-11-28T08:00:00+00:00 !resume 2026-11-28\n"
          "the pause of Wed 2026-11-25 to Thu 2026-12-10 is over from Sat 2026-11-28\n");
    // Wed 2026-12-02 was in the later of the two: a training day again.
    std::string wednesday = output(system, {"today", "--date", "2026-12-02"});
    CHECK(wednesday.rfind("Wed 2026-12-02\n", 0) == 0);
    CHECK(wednesday.find("paused") == std::string::npos);
    CHECK(output(system, {"today", "--date", "2026-11-27"}) ==
          "Fri 2026-11-27: paused until Fri 2026-11-27 (b; a).\n"
          "Next training day: Mon 2026-11-30, 6 exercises.\n");
}

TEST_CASE("pause --end refuses a pause recorded later than this device's clock") {
    test::FakeSystem system("2026-11-28"); // 08:00 UTC
    std::string log = met_week + "2026-11-28T09:00:00+00:00 !pause 2026-11-25 2026-12-06\n";
    system.files[log_path] = log;
    CHECK(refusal(system, {"pause", "--end"}) ==
          Refusal{ExitCode::data,
                  "cannot end the pause of Wed 2026-11-25 to Sun 2026-12-06 from here: it was "
                  "recorded at a time later than this device's clock "
                  "(2026-11-28T08:00:00+00:00); check the clock, or undo the pause"});
    CHECK(system.files[log_path] == log);
    CHECK(system.appends == 0);
}

TEST_CASE("undo --at TIME '!pause' takes back a pause that is not the latest record") {
    test::FakeSystem system("2026-11-25"); // Wed, 08:00 UTC
    system.files[log_path] = met_week +
                             "2026-11-24T20:00:00+00:00 !pause 2026-11-25 2026-12-06 # flu\n"
                             "2026-11-24T21:00:00+00:00 action1 15 15\n";
    CHECK(output(system, {"undo", "--at", "2026-11-24T20:00:00+00:00", "!pause"}) ==
          "2026-11-25T08:00:00+00:00 !undo 2026-11-24T20:00:00+00:00 !pause\n"
          "cancelled: 2026-11-24T20:00:00+00:00 !pause 2026-11-25 2026-12-06 # flu\n");
    CHECK(output(system, {"today"}).rfind("Wed 2026-11-25\n", 0) == 0);
    CHECK(refusal(system, {"undo", "!pause"}) ==
          Refusal{ExitCode::data, "nothing to undo: " + log_path +
                                      " holds no record of !pause that is not cancelled"});
    // The sets after it are still there to undo.
    CHECK(output(system, {"undo"}) ==
          "2026-11-25T08:00:00+00:00 !undo 2026-11-24T21:00:00+00:00 action1\n"
          "cancelled: 2026-11-24T21:00:00+00:00 action1 15 15\n");
}

TEST_CASE("why: a week paused in part with its other day not logged is missed") {
    test::FakeSystem system("2026-11-30"); // Monday
    // Wed to Sun paused; Monday 2026-11-23, the one day left to train, not logged: missed, the
    // same step. This week is under way at it.
    system.files[log_path] = met_week + "2026-11-22T08:00:00+00:00 !pause 2026-11-25 2026-11-29\n";
    std::string why = output(system, {"why", "action2"});
    CHECK(why_week(why, "2026-11-23") == "wk 2  2026-11-23  nothing logged at 2 x 16 (2 days "
                                         "paused) -> same step (missed 1 in a row)");
    CHECK(why.find("2026-11-30  this week, under way: met 0 of 3 sessions at 2 x 16") !=
          std::string::npos);
}

TEST_CASE("why: pain reported in a paused week still counts") {
    test::FakeSystem system("2026-11-30");
    // The whole week of 2026-11-23 paused; sets with pain 7 on its Tuesday all the same.
    system.files[log_path] = met_week + "2026-11-22T08:00:00+00:00 !pause 2026-11-23 2026-11-29\n"
                                        "2026-11-24T07:30:00+01:00 action2 10 pain=7\n";
    std::string why = output(system, {"why", "action2"});
    CHECK(why_week(why, "2026-11-23") ==
          "wk 2  2026-11-23  paused (all 3 training days) at 2 x 16, "
          "pain 7 on Tue: 2 x 15 from Wed -> step back");
    CHECK(why.find("2026-11-30  this week, under way: met 0 of 3 sessions at 2 x 15") !=
          std::string::npos);
}

TEST_CASE("report: a paused day neither breaks the streak nor adds to it") {
    test::FakeSystem system("2026-11-30");
    // Mon, Wed, Fri trained; the next week paused, though Wednesday was logged; Monday again.
    system.files[log_path] = "2026-11-16T07:30:00+01:00 action1 15\n"
                             "2026-11-18T07:30:00+01:00 action1 15\n"
                             "2026-11-20T07:30:00+01:00 action1 15\n"
                             "2026-11-22T08:00:00+00:00 !pause 2026-11-23 2026-11-29\n"
                             "2026-11-25T07:30:00+01:00 action1 15\n"
                             "2026-11-30T07:30:00+01:00 action1 15\n";
    std::string report = output(system, {"report", "--since", "2026-11-16"});
    // 16, 18, 20, then 30: the paused 23, 25 and 27 skipped, logged or not.
    CHECK(report.find("\nStreak: 4 training days (longest 4)\n") != std::string::npos);
    CHECK(report.find("\nWeek of 2026-11-23: 1 session, 15 reps (paused)\n") != std::string::npos);
    // The paused days counted are its three training days, not its seven days.
    std::string json = output(system, {"report", "--since", "2026-11-16", "--format", "json"});
    CHECK(json.find("\"week\": \"2026-11-23\",\n      \"sessions\": 1,\n      \"total_reps\": 15,\n"
                    "      \"total_seconds\": 0,\n      \"paused_days\": 3,\n"
                    "      \"paused\": true,\n") != std::string::npos);
}

TEST_CASE("train on a paused day with a long note keeps to 80 columns") {
    test::FakeSystem system("2026-11-25");
    std::string note(30, 'x');
    note = note + " " + note + " " + note + " " + note; // 123 characters
    system.files[log_path] =
        met_week + "2026-11-24T20:00:00+00:00 !pause 2026-11-25 2026-12-06 # " + note + "\n";
    std::string said = output(system, {"train"});
    std::istringstream lines(said);
    std::string joined;
    for (std::string line; std::getline(lines, line);) {
        CHECK(line.size() <= 80);
        joined += line + ' ';
    }
    CHECK(joined.rfind("Wed 2026-11-25: paused until Sun 2026-12-06 (" + note + "). ", 0) == 0);
}
