// The plan follows the log, on the real binary with its clock pinned: generate, --fresh, why,
// today and report, each case worked out by hand.
#include "adaptive_support.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <nlohmann/json.hpp>

using namespace backplan::test;

TEST_CASE("generate follows the log, and --fresh lays out the ladder") {
    Scratch scratch;
    // The built-in routine from 2026-11-23, a step a week: 2 x 15, 2 x 16, 2 x 17, 2 x 18.
    std::string golden = read_file(source_dir + "/tests/data/home-back-4-weeks.txt");
    SECTION("no log yet: the ladder starts this week and climbs; --fresh: from week 1") {
        // On the plan's Monday, and on the Sunday before (that week is past saving).
        for (const char* today : {"2026-11-23", "2026-11-22"}) {
            RunResult result = generate(scratch, today);
            CHECK(result.status == 0);
            CHECK(result.err.empty());
            CHECK(result.out == golden);
        }
        CHECK(generate(scratch, "2026-12-25", {"--fresh"}).out == golden);
        // On its Friday, with nothing done: two sessions are needed and one day is left, so
        // the ladder starts the week after.
        RunResult friday = generate(scratch, "2026-11-27");
        CHECK(line_on(friday.out, "Mon 2026-11-30", "action1") ==
              "  action1  Prone back extension       2 x 15 reps  [ ] [ ]");
        CHECK(line_on(friday.out, "Mon 2026-12-07", "action1") ==
              "  action1  Prone back extension       2 x 16 reps  [ ] [ ]");
    }
    SECTION("2 of 3 sessions met moves action2 on; 1 of 3, or short, does not") {
        // The week before the plan: action2 met 2 x 15 on Monday and Wednesday; action1 did
        // 15 14 on Monday (short); action3 met 2 x 15 on Monday only.
        write_file(scratch.log,
                   "2026-11-16T07:30:00+00:00 action2 15 15\n"
                   "2026-11-16T07:35:00+00:00 action1 15 14\n"
                   "2026-11-16T07:40:00+00:00 action3 15 15\n"
                   "2026-11-18T07:30:00+00:00 action2 15\n"
                   "2026-11-18T07:40:00+00:00 action2 15 # two log lines, one session\n");
        RunResult result = generate(scratch, "2026-11-23");
        CHECK(result.status == 0);
        CHECK(first_line_of(result.out, "action2") ==
              "  action2  Towel prone row            2 x 16 reps  [ ] [ ]");
        CHECK(first_line_of(result.out, "action1") ==
              "  action1  Prone back extension       2 x 15 reps  [ ] [ ]");
        CHECK(first_line_of(result.out, "action3") ==
              "  action3  Prone arm circles          2 x 15 reps  [ ] [ ]");
        // The weeks from 11-23 on are ahead: taken as met, one step each.
        CHECK(line_on(result.out, "Mon 2026-12-14", "action2") ==
              "  action2  Towel prone row            2 x 19 reps  [ ] [ ]");
        CHECK(line_on(result.out, "Mon 2026-12-14", "action1") ==
              "  action1  Prone back extension       2 x 18 reps  [ ] [ ]");
        CHECK(generate(scratch, "2026-11-23", {"--fresh"}).out == golden);
        SECTION("a week later, with nothing logged since: the week of 11-23 is missed") {
            RunResult later = generate(scratch, "2026-11-30");
            CHECK(line_on(later.out, "Mon 2026-11-30", "action2") ==
                  "  action2  Towel prone row            2 x 16 reps  [ ] [ ]");
        }
    }
    SECTION("this week's entries do not change this week's plan, nor the next while it can "
            "still be met") {
        write_file(scratch.log, "2026-11-23T07:30:00+00:00 action2 20 20 20\n");
        RunResult result = generate(scratch, "2026-11-23");
        CHECK(week_block(result.out, 1) == week_block(golden, 1));
        // Met on Monday; Wednesday and Friday can meet it: taken as met, 2 x 16 next week.
        CHECK(line_on(result.out, "Mon 2026-11-30", "action2") ==
              "  action2  Towel prone row            2 x 16 reps  [ ] [ ]");
        // On Saturday it is over: 1 session of 3 met, 2 needed, the same step.
        CHECK(line_on(generate(scratch, "2026-11-28").out, "Mon 2026-11-30", "action2") ==
              "  action2  Towel prone row            2 x 15 reps  [ ] [ ]");
    }
    SECTION("unreadable lines are skipped with a warning naming FILE:LINE") {
        write_file(scratch.log, "2026-11-16T07:30:00+00:00 action2 15 15\n"
                                "2026-11-18T07:30:00+00:00 action2 15 15\nnot a line\n");
        RunResult result = generate(scratch, "2026-11-23");
        CHECK(result.status == 0);
        CHECK(first_line_of(result.out, "action2").find("2 x 16 reps") != std::string::npos);
        CHECK(result.err.find("backplan: warning: " + scratch.log + ":3:1: ") == 0);
    }
}

TEST_CASE("one prescription for Wednesday 18 November, however it is asked") {
    // action2 met its step on Monday and Wednesday of six weeks, 2 x 15 to 2 x 20: the week of
    // 11-16 is step 7, 3 x 15. Today is its Wednesday; its Monday session met 3 x 15, and
    // Wednesday and Friday can still make the week met.
    Scratch scratch;
    std::string log;
    const char* days[] = {"05", "07", "12", "14", "19", "21", "26", "28"};
    for (int week = 0; week < 4; ++week) {
        for (int day = 0; day < 2; ++day) {
            std::string amount = std::to_string(15 + week);
            log += std::string("2026-10-") + days[2 * week + day] + "T07:30:00+00:00 action2 " +
                   amount + " " + amount + "\n";
        }
    }
    log += "2026-11-02T07:30:00+00:00 action2 19 19\n2026-11-04T07:30:00+00:00 action2 19 19\n"
           "2026-11-09T07:30:00+00:00 action2 20 20\n2026-11-11T07:30:00+00:00 action2 20 20\n"
           "2026-11-16T07:30:00+00:00 action2 15 15 15\n";
    write_file(scratch.log, log);
    auto run = [&](std::vector<std::string> args) {
        args.insert(args.end(), {"--log", scratch.log});
        RunResult result = run_backplan(args, on("2026-11-18"));
        CHECK(result.status == 0);
        CHECK(result.err.empty());
        return result.out;
    };
    const std::string wednesday = "  action2  Towel prone row            3 x 15 reps  [ ] [ ] [ ]";
    std::string from_tuesday = run({"generate", "--weeks", "1", "--start", "2026-11-17"});
    CHECK(line_on(from_tuesday, "Wed 2026-11-18", "action2") == wednesday);
    // The Monday after: the week of 11-16 taken as met while it can be, so 3 x 16.
    CHECK(line_on(from_tuesday, "Mon 2026-11-23", "action2") ==
          "  action2  Towel prone row            3 x 16 reps  [ ] [ ] [ ]");
    CHECK(line_on(run({"generate", "--weeks", "1", "--start", "2026-11-16"}), "Wed 2026-11-18",
                  "action2") == wednesday);
    CHECK(line_on(run({"today", "--date", "2026-11-18"}), "Wed 2026-11-18", "action2") ==
          "  action2  Towel prone row            3 x 15 reps  -     3 sets");
    std::string why = run({"why", "action2", "--date", "2026-11-18"});
    CHECK(why.find(
              "wk 6  2026-11-09  met 2 of 3 sessions at 2 x 20 -> next step\n"
              "wk 7  2026-11-16  this week, under way: met 1 of 3 sessions at 3 x 15, 2 needed,\n"
              "                  2 days left: taken as met -> next step\n"
              "wk 8  2026-11-23  next: 3 x 16, step 8 of 27\n") != std::string::npos);
    nlohmann::json json = nlohmann::json::parse(
        run({"generate", "--weeks", "1", "--start", "2026-11-18", "--format", "json"}));
    const nlohmann::json& first_day = json["weeks"][0]["days"][0];
    CHECK(first_day["date"] == "2026-11-18");
    CHECK(first_day["exercises"][1]["id"] == "action2");
    CHECK(first_day["exercises"][1]["sets"] == 3);
    CHECK(first_day["exercises"][1]["reps"] == 15);
}

TEST_CASE("a week is met by the week: Mon 20 18, Wed 20 20, Fri missed against 2 x 20") {
    // Five weeks met on Monday and Wednesday, 2 x 15 to 2 x 19; then 2 x 20, met on Wednesday
    // only: 1 session of 3, 2 needed. Planned 3 x 40 = 120 reps, done 38 + 40 = 78: 65%.
    Scratch scratch;
    std::string log = "2026-10-05T07:30:00+00:00 action2 15 15\n"
                      "2026-10-07T07:30:00+00:00 action2 15 15\n"
                      "2026-10-12T07:30:00+00:00 action2 16 16\n"
                      "2026-10-14T07:30:00+00:00 action2 16 16\n"
                      "2026-10-19T07:30:00+00:00 action2 17 17\n"
                      "2026-10-21T07:30:00+00:00 action2 17 17\n"
                      "2026-10-26T07:30:00+00:00 action2 18 18\n"
                      "2026-10-28T07:30:00+00:00 action2 18 18\n"
                      "2026-11-02T07:30:00+00:00 action2 19 19\n"
                      "2026-11-04T07:30:00+00:00 action2 19 19\n";
    log += "2026-11-09T07:30:00+00:00 action2 20 18\n2026-11-11T07:30:00+00:00 action2 20 20\n";
    write_file(scratch.log, log);
    // Today: Monday 11-16, the week after.
    std::map<std::string, std::string> monday = on("2026-11-16");
    RunResult plan = run_backplan(
        {"generate", "--log", scratch.log, "--weeks", "1", "--start", "2026-11-16"}, monday);
    CHECK(first_line_of(plan.out, "action2") ==
          "  action2  Towel prone row            2 x 20 reps  [ ] [ ]");
    RunResult why =
        run_backplan({"why", "action2", "--log", scratch.log, "--date", "2026-11-16"}, monday);
    CHECK(why.out.find("wk 5  2026-11-02  met 2 of 3 sessions at 2 x 19 -> next step\n"
                       "wk 6  2026-11-09  met 1 of 3 sessions at 2 x 20, 2 needed -> same step\n"
                       "wk 7  2026-11-16  this week, under way: met 0 of 3 sessions at 2 x 20") !=
          std::string::npos);
    monday["LANG"] = "C";
    RunResult report = run_backplan({"report", "--log", scratch.log, "--action", "action2",
                                     "--since", "2026-11-09", "--until", "2026-11-15"},
                                    monday);
    // Planned 2 x 20 on each of 3 days, done 20 18 and 20 20: 78 of 120.
    CHECK(report.out.find("  6 sets, 120 reps  4 sets, 78 reps  65%\n") != std::string::npos);
}

TEST_CASE("weeks are judged on the standing schedule, never on a one-off --days") {
    Scratch scratch;
    std::string config_dir = scratch.dir + "/config/backplan";
    std::filesystem::create_directories(config_dir);
    // Today: Monday 11-23.
    std::map<std::string, std::string> env = on("2026-11-23");
    env.insert({{"HOME", scratch.dir}, {"XDG_CONFIG_HOME", scratch.dir + "/config"}});
    write_file(scratch.log, "2026-11-16T07:30:00+00:00 action2 15 15\n"); // Monday only
    auto action2_on = [&](const std::string& day, std::vector<std::string> more) {
        std::vector<std::string> args{"generate",   "--log",   scratch.log, "--start",
                                      "2026-11-23", "--weeks", "1"};
        args.insert(args.end(), more.begin(), more.end());
        return line_on(run_backplan(args, env).out, day, "action2");
    };
    const std::string same = "  action2  Towel prone row            2 x 15 reps  [ ] [ ]";
    const std::string next = "  action2  Towel prone row            2 x 16 reps  [ ] [ ]";
    // mon, wed, fri: 1 session of 3, 2 needed. --days mon,thu shows Thursday, judges nothing.
    CHECK(action2_on("Mon 2026-11-23", {}) == same);
    CHECK(action2_on("Thu 2026-11-26", {"--days", "mon,thu"}) == same);
    // The config file's days are the standing schedule: 1 session of 2 is enough.
    write_file(config_dir + "/config.yaml", "days: [mon, thu]\n");
    CHECK(action2_on("Thu 2026-11-26", {}) == next);
    CHECK(action2_on("Sat 2026-11-28", {"--days", "sat"}) == next);
    RunResult why =
        run_backplan({"why", "action2", "--log", scratch.log, "--date", "2026-11-23"}, env);
    CHECK(why.out ==
          "action2: Towel prone row\n"
          "A week is met when 1 of its 2 sessions (mon,thu) reaches the step.\n"
          "wk 1  2026-11-16  met 1 of 2 sessions at 2 x 15 -> next step\n"
          "wk 2  2026-11-23  this week, under way: met 0 of 2 sessions at 2 x 16, 1 needed,\n"
          "                  2 days left: taken as met -> next step\n"
          "wk 3  2026-11-30  next: 2 x 17, step 3 of 27\n");
}

TEST_CASE("why: the decision trail of an exercise") {
    Scratch scratch;
    write_file(scratch.log, "2026-11-02T07:30:00+00:00 action2 15 15\n"
                            "2026-11-04T07:30:00+00:00 action2 15 15\n"
                            "2026-11-10T07:30:00+00:00 action2 16 14 12\n"
                            "2026-11-16T07:30:00+00:00 action2 16 16\n"
                            "2026-11-18T07:30:00+00:00 action2 16 15\n"
                            "2026-11-23T07:30:00+00:00 action1 15 15\n");
    // Today: Wednesday 12-09.
    RunResult result = run_backplan(
        {"why", "prone-row", "--log", scratch.log, "--date", "2026-12-09"}, on("2026-12-09"));
    CHECK(result.status == 0);
    CHECK(result.err.empty());
    // Weeks 4 and 5 have nothing of action2 (week 4 has action1): missed, and two in a row
    // step back. Week 6 is today's: Wednesday and Friday left, taken as met.
    CHECK(result.out ==
          "action2: Towel prone row\n"
          "A week is met when 2 of its 3 sessions (mon,wed,fri) reach the step.\n"
          "wk 1  2026-11-02  met 2 of 3 sessions at 2 x 15 -> next step\n"
          "wk 2  2026-11-09  met 0 of 3 sessions at 2 x 16 -> same step (short 1 in a row)\n"
          "wk 3  2026-11-16  met 1 of 3 sessions at 2 x 16, 2 needed -> same step\n"
          "wk 4  2026-11-23  nothing logged at 2 x 16 -> same step (missed 1 in a row)\n"
          "wk 5  2026-11-30  nothing logged at 2 x 16 -> step back (missed 2 in a row)\n"
          "wk 6  2026-12-07  this week, under way: met 0 of 3 sessions at 2 x 15, 2 needed,\n"
          "                  2 days left: taken as met -> next step\n"
          "wk 7  2026-12-14  next: 2 x 16, step 2 of 27\n");
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

TEST_CASE("today: planned, done and left, or a rest day and the next training day") {
    Scratch scratch;
    write_file(scratch.log, "2026-11-16T07:30:00+00:00 action2 15 15\n"
                            "2026-11-18T07:30:00+00:00 action2 15 15\n"
                            "2026-11-25T07:30:00+00:00 action2 16\n"
                            "2026-11-25T07:45:00+00:00 action1 20 20 20\n");
    SECTION("a training day") {
        RunResult result =
            run_backplan({"today", "--log", scratch.log, "--date", "2026-11-25"}, on("2026-11-25"));
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
        RunResult result =
            run_backplan({"today", "--log", scratch.log, "--date", "2026-11-28"}, on("2026-11-25"));
        CHECK(result.status == 0);
        CHECK(result.out ==
              "Sat 2026-11-28: rest day.\nNext training day: Mon 2026-11-30, 6 exercises.\n");
    }
}
