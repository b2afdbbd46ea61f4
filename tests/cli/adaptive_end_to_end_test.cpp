// The plan follows the log, on the real binary: generate, --fresh, why and today.
#include "support/run.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace backplan::test;

namespace {

const std::string source_dir = BACKPLAN_SOURCE_DIR;

struct Scratch {
    std::string dir = scratch_directory();
    std::string log = dir + "/log.txt";
    ~Scratch() { std::filesystem::remove_all(dir); }
};

// The line of an exercise on the plan's first training day.
std::string first_line_of(const std::string& plan, const std::string& id) {
    std::size_t at = plan.find("\n  " + id + " ");
    REQUIRE(at != std::string::npos);
    return plan.substr(at + 1, plan.find('\n', at + 1) - at - 1);
}

RunResult generate(const Scratch& scratch, const std::vector<std::string>& more = {}) {
    std::vector<std::string> args{"generate",   "--log",   scratch.log, "--start",
                                  "2026-11-23", "--weeks", "4"};
    args.insert(args.end(), more.begin(), more.end());
    return run_backplan(args, {{"TZ", "UTC"}});
}

} // namespace

TEST_CASE("generate follows the log; --fresh ignores it") {
    Scratch scratch;
    std::string golden = read_file(source_dir + "/tests/data/home-back-4-weeks.txt");
    SECTION("no log yet: the template's ladder from week 1, as with --fresh") {
        RunResult result = generate(scratch);
        CHECK(result.status == 0);
        CHECK(result.err.empty());
        CHECK(result.out == golden);
    }
    SECTION("a week that meets 2 x 15 moves action2 on; a short week does not move action1") {
        // The week before the plan starts: action2 met 2 x 15 on Wednesday; action1 did 15 14.
        write_file(scratch.log,
                   "2026-11-16T07:30:00+00:00 action1 15 14\n"
                   "2026-11-18T07:30:00+00:00 action2 15\n"
                   "2026-11-18T07:40:00+00:00 action2 15 # two log lines, one session\n");
        RunResult result = generate(scratch);
        CHECK(result.status == 0);
        CHECK(first_line_of(result.out, "action2") ==
              "  action2  Towel prone row            2 x 16 reps  [ ] [ ]");
        CHECK(first_line_of(result.out, "action1") ==
              "  action1  Prone back extension       2 x 15 reps  [ ] [ ]");
        CHECK(first_line_of(result.out, "action3") ==
              "  action3  Prone arm circles          2 x 15 reps  [ ] [ ]");
        CHECK(result.out.find("  action2  Towel prone row            2 x 19 reps") !=
              std::string::npos); // week 4 of the forecast
        RunResult fresh = generate(scratch, {"--fresh"});
        CHECK(fresh.out == golden);
    }
    SECTION("this week's entries do not change this week's plan") {
        write_file(scratch.log, "2026-11-23T07:30:00+00:00 action2 20 20 20\n");
        CHECK(generate(scratch).out == golden);
    }
    SECTION("unreadable lines are skipped with a warning naming FILE:LINE") {
        write_file(scratch.log, "2026-11-18T07:30:00+00:00 action2 15 15\nnot a line\n");
        RunResult result = generate(scratch);
        CHECK(result.status == 0);
        CHECK(first_line_of(result.out, "action2").find("2 x 16 reps") != std::string::npos);
        CHECK(result.err.find("backplan: warning: " + scratch.log + ":2:1: ") == 0);
    }
}

TEST_CASE("why: the decision trail of an exercise") {
    Scratch scratch;
    write_file(scratch.log, "2026-11-03T07:30:00+00:00 action2 15 15\n"
                            "2026-11-10T07:30:00+00:00 action2 16 14 12\n"
                            "2026-11-24T07:30:00+00:00 action2 16 16\n");
    RunResult result = run_backplan(
        {"why", "prone-row", "--log", scratch.log, "--date", "2026-11-25"}, {{"TZ", "UTC"}});
    CHECK(result.status == 0);
    CHECK(result.err.empty());
    // The arrows line up after the widest of what was logged, "nothing logged of 2x16".
    CHECK(result.out == "action2: Towel prone row\n"
                        "wk 1  2026-11-02  15 15 of 2x15           -> advance\n"
                        "wk 2  2026-11-09  16 14 12 of 2x16        -> repeat\n"
                        "wk 3  2026-11-16  nothing logged of 2x16  -> repeat (nothing logged)\n"
                        "wk 4  2026-11-23  this week: 2x16, step 2 of 24\n");
    SECTION("an unknown exercise: exit 65 and a suggestion") {
        RunResult unknown = run_backplan({"why", "acton2", "--log", scratch.log});
        CHECK(unknown.status == 65);
        CHECK(unknown.err ==
              "backplan: error: unknown exercise 'acton2'; did you mean 'action2'?\n");
    }
    SECTION("a bad date: exit 64") {
        RunResult bad = run_backplan({"why", "action2", "--date", "2026-13-01"});
        CHECK(bad.status == 64);
        CHECK(bad.err ==
              "backplan: error: --date: expected a date as YYYY-MM-DD, got '2026-13-01'\n");
    }
}

TEST_CASE("today: planned, done, left; or a rest day and the next training day") {
    Scratch scratch;
    write_file(scratch.log, "2026-11-18T07:30:00+00:00 action2 15 15\n"
                            "2026-11-25T07:30:00+00:00 action2 16\n"
                            "2026-11-25T07:45:00+00:00 action1 20 20 20\n");
    SECTION("a training day") {
        RunResult result =
            run_backplan({"today", "--log", scratch.log, "--date", "2026-11-25"}, {{"TZ", "UTC"}});
        CHECK(result.status == 0);
        CHECK(result.out ==
              "Wed 2026-11-25\n"
              "                                      planned      done      left\n"
              "  action1  Prone back extension       2 x 15 reps  20 20 20  nothing\n"
              "  action2  Towel prone row            2 x 16 reps  16        1 set\n"
              "  action3  Prone arm circles          2 x 15 reps  -         2 sets\n"
              "  action4  Prone breaststroke         2 x 15 reps  -         2 sets\n"
              "  action5  Reverse row under a table  2 x 15 reps  -         2 sets\n"
              "  action6  Prone both-ends lift       2 x 15 reps  -         2 sets\n");
    }
    SECTION("a rest day") {
        RunResult result = run_backplan({"today", "--log", scratch.log, "--date", "2026-11-28"});
        CHECK(result.status == 0);
        CHECK(result.out ==
              "Sat 2026-11-28: rest day.\nNext training day: Mon 2026-11-30, 6 exercises.\n");
    }
}

TEST_CASE("report: planned against done, checked by hand") {
    Scratch scratch;
    // Week of 11-02: action1 2x15 met on Monday, so 2x16 in the week of 11-09.
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
    // Planned: Mon, Wed, Fri x 2 sets; 90 reps at 2x15, 96 at 2x16. Done: 15+15+15+14 = 59,
    // then 16+16+18 = 50. 59 is the longest bar, 40 cells; 50 is 50/59 x 40 = 33.9 cells.
    // Streak over Mon, Wed, Fri: 11-02, 11-04 logged (2), 11-06 not, 11-09 (1), 11-11 not.
    std::string head = "Home back routine: 2026-11-02 to 2026-11-13\n"
                       "\n"
                       "Week of 2026-11-02: 2 sessions, 59 reps\n"
                       "                                 planned          done\n"
                       "  action1  Prone back extension  6 sets, 90 reps  4 sets, 59 reps  65%\n"
                       "\n"
                       "Week of 2026-11-09: 1 session, 50 reps\n"
                       "                                 planned          done\n"
                       "  action1  Prone back extension  6 sets, 96 reps  3 sets, 50 reps  52%\n"
                       "\n"
                       "Weekly volume (reps)\n";
    std::string tail = "\n"
                       "Streak: 0 training days (longest 2)\n"
                       "Records:\n"
                       "  action1  best set 18 reps (2026-11-09), best day 50 reps (2026-11-09)\n";
    SECTION("text, in a UTF-8 locale: Unicode bars") {
        RunResult result = run_backplan(args, {{"LANG", "C.UTF-8"}});
        CHECK(result.status == 0);
        CHECK(result.err.empty());
        CHECK(result.out == head + "  2026-11-02  " + repeat("█", 40) + " 59\n" + "  2026-11-09  " +
                                repeat("█", 33) + "▉" + repeat(" ", 7) + "50\n" + tail);
    }
    SECTION("--ascii, or a locale that is not UTF-8: # bars; no escape codes off a terminal") {
        args.push_back("--ascii");
        RunResult forced = run_backplan(args, {{"LANG", "C.UTF-8"}});
        args.pop_back();
        RunResult plain = run_backplan(args, {{"LANG", "C"}});
        CHECK(forced.out == plain.out);
        CHECK(plain.out == head + "  2026-11-02  " + repeat("#", 40) + " 59\n" + "  2026-11-09  " +
                               repeat("#", 34) + repeat(" ", 7) + "50\n" + tail);
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
                         "done_total,percent,sessions\r\n");
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

TEST_CASE("why: a held step says why it is held") {
    Scratch scratch;
    std::string dir = scratch.dir;
    write_file(dir + "/slow.yaml", "name: Slow\nprogression:\n  start: {sets: 1, reps: 10}\n"
                                   "  target: {sets: 1, reps: 11}\n  weeks_per_step: 2\n"
                                   "exercises:\n  - {id: a1, name: A}\n");
    write_file(scratch.log, "2026-11-02T08:00:00+00:00 a1 10\n"
                            "2026-11-09T08:00:00+00:00 a1 10\n"
                            "2026-11-16T08:00:00+00:00 a1 11\n");
    RunResult result = run_backplan(
        {"why", "a1", "-t", dir + "/slow.yaml", "--log", scratch.log, "--date", "2026-11-23"});
    CHECK(result.out == "a1: A\n"
                        "wk 1  2026-11-02  10 of 1x10  -> hold (met 1 of 2 weeks)\n"
                        "wk 2  2026-11-09  10 of 1x10  -> advance\n"
                        "wk 3  2026-11-16  11 of 1x11  -> hold (the top of the ladder)\n"
                        "wk 4  2026-11-23  this week: 1x11, step 2 of 2\n");
}
