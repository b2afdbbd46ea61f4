// The plan follows the log, on the real binary with its clock pinned: report's planned against
// done, and why at the top of the ladder, each case worked out by hand.
#include "adaptive_support.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <nlohmann/json.hpp>

using namespace backplan::test;

TEST_CASE("report: planned against done, checked by hand") {
    Scratch scratch;
    // Week of 11-02: action1 met 2 x 15 on Monday only, 1 session of 3: 2 x 15 again.
    write_file(scratch.log, "2026-11-02T08:00:00+00:00 action1 15 15\n"
                            "2026-11-02T08:10:00+00:00 action2 15 15\n"
                            "2026-11-04T08:00:00+00:00 action1 15 14\n"
                            "2026-11-09T08:00:00+00:00 action1 16 16 18\n"
                            "2026-11-11T08:00:00+00:00 action2 10\n");
    std::vector<std::string> args{"report",     "--log",    scratch.log, "--until",
                                  "2026-11-13", "--action", "action1"};
    auto repeat = [](const std::string& text, int times) {
        std::string result;
        for (int i = 0; i < times; ++i) {
            result += text;
        }
        return result;
    };
    // Planned: Mon, Wed, Fri x 2 sets; 90 reps at 2x15, both weeks. Done: 15+15+15+14 = 59,
    // 65%, then 16+16+18 = 50, 55%. 59 is the longest bar, 40 cells; 50 is 50/59 x 40 = 33.9.
    // Streak over Mon, Wed, Fri: 11-02, 11-04 logged (2), 11-06 not, 11-09 (1), 11-11 not.
    // Every column has its header; the totals right-aligned under "reps", 4 columns.
    std::string head = "Home back routine: 2026-11-02 to 2026-11-13\n"
                       "\n"
                       "Week of 2026-11-02: 2 sessions, 59 reps\n"
                       "  id       exercise              planned          done               %\n"
                       "  action1  Prone back extension  6 sets, 90 reps  4 sets, 59 reps  65%\n"
                       "\n"
                       "Week of 2026-11-09: 1 session, 50 reps\n"
                       "  id       exercise              planned          done               %\n"
                       "  action1  Prone back extension  6 sets, 90 reps  3 sets, 50 reps  55%\n"
                       "\n"
                       "Weekly volume (reps)\n"
                       "  week of" +
                       std::string(46, ' ') + "reps\n";
    std::string tail = "\n"
                       "Streak: 0 training days (longest 2)\n"
                       "Records:\n"
                       "  action1  best set 18 reps (2026-11-09), best day 50 reps (2026-11-09)\n";
    SECTION("text, in a UTF-8 locale: Unicode bars") {
        std::map<std::string, std::string> env = on("2026-11-14");
        env["LANG"] = "C.UTF-8";
        RunResult result = run_backplan(args, env);
        CHECK(result.status == 0);
        CHECK(result.err.empty());
        CHECK(result.out == head + "  2026-11-02  " + repeat("█", 40) + "   59\n" +
                                "  2026-11-09  " + repeat("█", 33) + "▉" + repeat(" ", 9) + "50\n" +
                                tail);
    }
    SECTION("--ascii, or a locale that is not UTF-8: # bars; no escape codes off a terminal") {
        args.push_back("--ascii");
        RunResult forced = run_backplan(args, {{"LANG", "C.UTF-8"}});
        args.pop_back();
        RunResult plain = run_backplan(args, {{"LANG", "C"}});
        CHECK(forced.out == plain.out);
        CHECK(plain.out == head + "  2026-11-02  " + repeat("#", 40) + "   59\n" +
                               "  2026-11-09  " + repeat("#", 34) + repeat(" ", 9) + "50\n" + tail);
    }
    SECTION("bad input") {
        RunResult unknown = run_backplan({"report", "--log", scratch.log, "--action", "acton1"});
        CHECK(unknown.status == 65);
        CHECK(unknown.err ==
              "backplan: error: unknown exercise 'acton1'; did you mean 'action1'?\n");
        RunResult date = run_backplan({"report", "--log", scratch.log, "--since", "2026-11-31"});
        CHECK(date.status == 64);
        CHECK(date.err ==
              "backplan: error: --since: expected a date as YYYY-MM-DD, got '2026-11-31'\n");
        RunResult order = run_backplan(
            {"report", "--log", scratch.log, "--since", "2026-11-20", "--until", "2026-11-13"});
        CHECK(order.status == 64);
        CHECK(order.err == "backplan: error: --since: 2026-11-20 is after --until 2026-11-13\n");
        RunResult format = run_backplan({"report", "--log", scratch.log, "--format", "svg"});
        CHECK(format.status == 64);
        CHECK(format.err == "backplan: error: --format: expected one of text, csv, json, got "
                            "'svg'\n");
    }
    SECTION("--until before the first entry: an empty report in every format, exit 0") {
        std::vector<std::string> before{"report", "--log", scratch.log, "--until", "2026-10-30"};
        RunResult text = run_backplan(before);
        CHECK(text.status == 0);
        CHECK(text.err.empty());
        CHECK(text.out == "Home back routine: nothing logged up to 2026-10-30\n");
        before.insert(before.end(), {"--format", "csv"});
        RunResult csv = run_backplan(before);
        CHECK(csv.status == 0);
        CHECK(csv.out == "week,id,name,unit,sets,amount,planned_sets,planned_total,done_sets,"
                         "done_total,percent,sessions,pain,paused_days\r\n");
        before.back() = "json";
        RunResult json = run_backplan(before);
        CHECK(json.status == 0);
        CHECK(json.out.find("  \"since\": \"2026-10-30\",\n  \"until\": \"2026-10-30\",\n"
                            "  \"weeks\": [],\n") != std::string::npos);
    }
    SECTION("--ascii with another format than text: a warning") {
        std::vector<std::string> csv = args;
        csv.insert(csv.end(), {"--format", "csv"});
        RunResult plain = run_backplan(csv);
        csv.push_back("--ascii");
        RunResult result = run_backplan(csv);
        CHECK(result.status == 0);
        CHECK(result.out == plain.out);
        CHECK(result.err == "backplan: warning: --ascii is only used with --format text\n");
    }
    SECTION("unreadable lines are skipped with a warning, never fatal") {
        write_file(scratch.log, read_file(scratch.log) + "garbage\n");
        RunResult result = run_backplan(args, {{"LANG", "C"}});
        CHECK(result.status == 0);
        CHECK(result.err == "backplan: warning: " + scratch.log +
                                ":6:1: expected a date or time such as 2026-11-24, "
                                "2026-11-24T07:30 or 2026-11-24T07:30:00+01:00, got 'garbage'\n");
    }
}

TEST_CASE("why: a held step says why it is held, and the top is reached once") {
    Scratch scratch;
    std::string dir = scratch.dir;
    // Two steps, 1 x 10 and 1 x 11, each held two weeks met; the top, 1 x 11, is in the target:
    // the maintenance dose is the top itself.
    write_file(dir + "/slow.yaml", "name: Slow\ndays: [mon]\nprogression:\n"
                                   "  start: {sets: 1, reps: 10}\n"
                                   "  target: {sets: 1, reps: 11}\n  weeks_per_step: 2\n"
                                   "exercises:\n  - {id: a1, name: A}\n");
    write_file(scratch.log, "2026-11-02T08:00:00+00:00 a1 10\n"
                            "2026-11-09T08:00:00+00:00 a1 10\n"
                            "2026-11-16T08:00:00+00:00 a1 11\n");
    RunResult result = run_backplan(
        {"why", "a1", "-t", dir + "/slow.yaml", "--log", scratch.log, "--date", "2026-11-23"},
        pinned_clock("UTC", "2026-11-23T07:00:00Z"));
    CHECK(result.out ==
          "a1: A\n"
          "A week is met when its session (mon) reaches the step.\n"
          "wk 1  2026-11-02  met 1 of 1 session at 1 x 10 -> hold (met 1 of 2 weeks)\n"
          "wk 2  2026-11-09  met 1 of 1 session at 1 x 10 -> next step\n"
          "wk 3  2026-11-16  met 1 of 1 session at 1 x 11 -> target reached; 1 x 11 keeps\n"
          "                  it\n"
          "wk 4  2026-11-23  this week, under way: met 0 of 1 session at 1 x 11, 1 needed,\n"
          "                  1 day left: taken as met -> hold (the maintenance dose)\n"
          "wk 5  2026-11-30  next: 1 x 11, step 2 of 2; target reached Mon 2026-11-16\n");
}
