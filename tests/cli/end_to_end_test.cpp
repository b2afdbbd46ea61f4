// Runs the real binary, as a user or a script would.
#include "support/run.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <sys/stat.h>

using namespace backplan::test;

namespace {

const std::string source_dir = BACKPLAN_SOURCE_DIR;

std::size_t count_lines(const std::string& text) {
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

} // namespace

TEST_CASE("generate: the built-in routine, checked by hand") {
    // --fresh: the ladder from week 1, as for someone starting that Monday.
    RunResult result =
        run_backplan({"generate", "--fresh", "--weeks", "4", "--start", "2026-11-23"});
    CHECK(result.status == 0);
    CHECK(result.err.empty());
    CHECK(result.out == read_file(source_dir + "/tests/data/home-back-4-weeks.txt"));
}

TEST_CASE("generate: the same inputs give byte-identical output") {
    std::vector<std::string> args{"generate", "--weeks",        "30", "--start", "2026-11-23",
                                  "--days",   "mon,wed,fri,sat"};
    RunResult first = run_backplan(args);
    RunResult second = run_backplan(args);
    CHECK(first.status == 0);
    CHECK(first.out == second.out);
    SECTION("and the --template file of the shipped routine gives the built-in one's plan") {
        args.insert(args.end(), {"--template", source_dir + "/plans/home-back.yaml"});
        CHECK(run_backplan(args).out == first.out);
    }
}

TEST_CASE("generate: without --start, week 1 is this week, starting on Monday") {
    RunResult result = run_backplan({"generate", "--weeks", "1"});
    REQUIRE(result.status == 0);
    std::size_t at = result.out.find("Week 1: ");
    REQUIRE(at != std::string::npos);
    std::string first_day = result.out.substr(at + 8, 10);
    // The week the test runs in: between 6 days ago and today, and a Monday.
    std::string monday_line = "\nMon " + first_day + "\n";
    CHECK(result.out.find(monday_line) != std::string::npos);
}

TEST_CASE("generate: --days, --page-break and -o") {
    SECTION("--days chooses the training days") {
        RunResult result = run_backplan(
            {"generate", "--weeks", "1", "--start", "2026-11-23", "--days", "tue,sat"});
        CHECK(result.out.find("Tue 2026-11-24") != std::string::npos);
        CHECK(result.out.find("Sat 2026-11-28") != std::string::npos);
        CHECK(result.out.find("Mon ") == std::string::npos);
    }
    SECTION("--page-break puts a form feed between weeks") {
        RunResult result = run_backplan({"generate", "--weeks", "3", "--page-break"});
        CHECK(std::count(result.out.begin(), result.out.end(), '\f') == 2);
    }
    SECTION("--time, --duration and --remind with another format than ics: a warning") {
        RunResult result =
            run_backplan({"generate", "--fresh", "--start", "2026-11-23", "--time", "07:30"});
        CHECK(result.status == 0);
        CHECK(result.out == read_file(source_dir + "/tests/data/home-back-4-weeks.txt"));
        CHECK(result.err == "backplan: warning: --time, --duration and --remind are only used "
                            "with --format ics\n");
    }
    SECTION("--page-break with another format than text: a warning, and the same output") {
        std::vector<std::string> args{"generate", "--start", "2026-11-23", "--format", "csv"};
        RunResult plain = run_backplan(args);
        args.push_back("--page-break");
        RunResult result = run_backplan(args);
        CHECK(result.status == 0);
        CHECK(result.out == plain.out);
        CHECK(result.err == "backplan: warning: --page-break is only used with --format text\n");
    }
    SECTION("-o to a read-only directory: exit 73 and no file, not even a temporary one") {
        std::string dir = scratch_directory();
        ::chmod(dir.c_str(), 0555);
        RunResult result =
            run_backplan({"generate", "--fresh", "--format", "ics", "-o", dir + "/plan.ics"}, {},
                         "", as_unprivileged_user);
        CHECK(result.status == 73);
        CHECK(result.err == "backplan: error: " + dir + "/plan.ics: cannot create a file in " +
                                dir + ": Permission denied\n");
        CHECK(std::filesystem::is_empty(dir));
        std::filesystem::remove_all(dir);
    }
    SECTION("-o writes the plan to a file, and nothing to stdout") {
        std::string dir = scratch_directory();
        RunResult to_stdout = run_backplan({"generate", "--start", "2026-11-23"});
        RunResult to_file =
            run_backplan({"generate", "--start", "2026-11-23", "-o", dir + "/plan.txt"});
        CHECK(to_file.status == 0);
        CHECK(to_file.out.empty());
        CHECK(read_file(dir + "/plan.txt") == to_stdout.out);
        std::filesystem::remove_all(dir);
    }
}

TEST_CASE("generate: --template NAME is looked up in $XDG_CONFIG_HOME/backplan/plans") {
    std::string dir = scratch_directory();
    std::filesystem::create_directories(dir + "/backplan/plans");
    write_file(dir + "/backplan/plans/mine.yaml",
               "name: Mine\ndays: [tue]\nprogression:\n  start: {sets: 1, reps: 8-10}\n"
               "  target: {sets: 2, reps: 10}\nexercises:\n  - {id: pull, name: Pull-up}\n");
    RunResult result = run_backplan(
        {"generate", "--template", "mine", "--fresh", "--weeks", "4", "--start", "2026-11-23"},
        {{"XDG_CONFIG_HOME", dir}});
    CHECK(result.status == 0);
    // 1 x 8, 1 x 9, 1 x 10, then a second set, checked by hand: 2 x 10 = 20 would double the
    // volume; a step allows at most 11 (10 + 15% rounded down, or one more rep on the one set),
    // so 2 x 5 = 10, which keeps the volume and climbs a rep a week to the target's 10.
    CHECK(result.out.find("Tue 2026-11-24\n  pull  Pull-up  1 x 8 reps   [ ]\n") !=
          std::string::npos);
    CHECK(result.out.find("Tue 2026-12-15\n  pull  Pull-up  2 x 5 reps   [ ] [ ]\n") !=
          std::string::npos);
    SECTION("an unknown NAME says where it looked") {
        RunResult missing =
            run_backplan({"generate", "--template", "nosuch"}, {{"XDG_CONFIG_HOME", dir}});
        CHECK(missing.status == 66);
        CHECK(missing.err.find("backplan: error: template 'nosuch' not found; looked for " + dir +
                               "/backplan/plans/nosuch.yaml and ") == 0);
    }
    std::filesystem::remove_all(dir);
}

TEST_CASE("show: where each exercise stands, or one exercise") {
    // Nothing logged, today Monday 2026-11-23: every ladder starts this week, step 1 of 27; met
    // every week, the 27th (from 2027-05-24) meets 5 x 25 on its Wednesday.
    std::map<std::string, std::string> monday = pinned_clock("UTC", "2026-11-23T08:00:00Z");
    RunResult list = run_backplan({"show"}, monday);
    CHECK(list.status == 0);
    CHECK(list.out.find("Home back routine: 6 exercises, Mon 2026-11-23\n") == 0);
    CHECK(count_lines(list.out) == 10);
    CHECK(list.out.find("  action2  Towel prone row            2 x 15 reps  1 of 27    26  "
                        "2027-05-26\n") != std::string::npos);
    RunResult one = run_backplan({"show", "PRONE-ROW"}, monday);
    CHECK(one.status == 0);
    CHECK(one.out.find("action2: Towel prone row\n") == 0);
    CHECK(one.out.find("Equipment:   mat, towel\n") != std::string::npos);
    CHECK(one.out.find("Start:       2 sets of 15-20 reps\n") != std::string::npos);
    CHECK(one.out.find("Target:      4-5 sets of 20-25 reps\n") != std::string::npos);
    CHECK(one.out.find("Now:         2 x 15 reps, step 1 of 27\n"
                       "Top:         5 x 25 reps in 26 steps, by Wed 2027-05-26 if every week from "
                       "now\n"
                       "             is met\n"
                       "How:\n") != std::string::npos);
}

TEST_CASE("check: silent on valid templates, every problem otherwise") {
    std::string dir = scratch_directory();
    write_file(dir + "/bad.yaml",
               "name: Bad\nexercises:\n  - id: a\n    name: A\n    progression:\n"
               "      start: {sets: 2, reps: 20x}\n      target: {sets: 9-4, reps: 20}\n");
    SECTION("valid") {
        RunResult result = run_backplan({"check", source_dir + "/plans/home-back.yaml"});
        CHECK(result.status == 0);
        CHECK(result.out.empty());
        CHECK(result.err.empty());
    }
    SECTION("invalid: the file once, then one problem a line, line:col first, exit 65") {
        RunResult result =
            run_backplan({"check", source_dir + "/plans/home-back.yaml", dir + "/bad.yaml"});
        CHECK(result.status == 65);
        CHECK(result.out == dir + "/bad.yaml\n" +
                                "6:30: reps: expected a number or a range like 15-20, from 1 to "
                                "1000, got '20x'\n"
                                "7:22: sets: expected a number or a range like 15-20, from 1 "
                                "to 10, got '9-4'\n");
    }
    SECTION("a missing file is exit 66, and the others are still checked") {
        RunResult result = run_backplan({"check", dir + "/none.yaml", dir + "/bad.yaml"});
        CHECK(result.status == 66);
        CHECK(result.err == "backplan: error: " + dir +
                                "/none.yaml: cannot open template: No such file or directory\n");
        CHECK(count_lines(result.out) == 3); // bad.yaml's name and its two problems
    }
    std::filesystem::remove_all(dir);
}

TEST_CASE("exit statuses and messages, one line on stderr, nothing on stdout") {
    std::string dir = scratch_directory();
    write_file(dir + "/bad.yaml", "name: Bad\nexercises: []\n");
    struct Case {
        std::vector<std::string> args;
        int status;
        std::string err;
    };
    std::vector<Case> cases{
        {{},
         64,
         "backplan: error: expected a subcommand: generate, show, log, history, import, undo, "
         "pause, today, train, why, report, check, merge, merge-driver, completion or config "
         "(see backplan --help)\n"},
        {{"generate", "--weeks", "0"},
         64,
         "backplan: error: --weeks: expected a whole number from 1 to 104, got '0'\n"},
        {{"generate", "--weeks", "105"},
         64,
         "backplan: error: --weeks: expected a whole number from 1 to 104, got '105'\n"},
        {{"generate", "--weeks", "four"},
         64,
         "backplan: error: --weeks: expected a whole number from 1 to 104, got 'four'\n"},
        {{"generate", "--bogus"},
         64,
         "backplan: error: generate: unknown option '--bogus' (see backplan generate --help)\n"},
        {{"generate", "--wekes", "2"},
         64,
         "backplan: error: generate: unknown option '--wekes'; did you mean '--weeks'? (see "
         "backplan generate --help)\n"},
        {{"frobnicate"},
         64,
         "backplan: error: unknown subcommand 'frobnicate'; expected one of generate, show, log, "
         "history, import, undo, pause, today, train, why, report, check, merge, merge-driver, "
         "completion or config (see backplan --help)\n"},
        {{"generat", "--weeks", "1"},
         64,
         "backplan: error: unknown subcommand 'generat'; did you mean 'generate'? (see backplan "
         "--help)\n"},
        {{"log", "action2"},
         64,
         "backplan: error: log: expected ACTION REPS..., got 'action2' (see backplan log "
         "--help)\n"},
        {{"generate", "--weeks"},
         64,
         "backplan: error: --weeks: expected a value (N), got nothing (see backplan generate "
         "--help)\n"},
        {{"--weeks", "2", "generate"},
         64,
         "backplan: error: '--weeks' is an option of generate: give it after 'generate' (see "
         "backplan generate --help)\n"},
        {{"completion", "tcsh"},
         64,
         "backplan: error: SHELL: expected one of bash, zsh, fish, got 'tcsh'\n"},
        {{"generate", "--start", "2026-02-30"},
         64,
         "backplan: error: --start: expected a date as YYYY-MM-DD, got '2026-02-30'\n"},
        {{"generate", "--days", "mon,funday"},
         64,
         "backplan: error: --days: expected a weekday (mon, tue, wed, thu, fri, sat, sun), got "
         "'funday'\n"},
        {{"generate", "--format", "pdf"},
         64,
         "backplan: error: --format: expected one of text, ics, html, csv, json, markdown, got "
         "'pdf'\n"},
        {{"generate", "--format", "ics", "--time", "7.30"},
         64,
         "backplan: error: --time: expected a time as HH:MM, 00:00 to 23:59, got '7.30'\n"},
        {{"generate", "--format", "ics", "--time", "07:30", "--duration", "0m"},
         64,
         "backplan: error: --duration: expected a duration like 30m, 1h or 1h15m, from 1m to "
         "24h, got '0m'\n"},
        {{"generate", "--format", "ics", "--duration", "45m"},
         64,
         "backplan: error: --duration: needs --time HH:MM as well (see backplan generate "
         "--help)\n"},
        {{"generate", "--format", "ics", "--remind", "8d"},
         64,
         "backplan: error: --remind: expected a duration like 30m, 1h or 1h15m, from 0m to "
         "168h, got '8d'\n"},
        {{"generate", "--template", dir + "/bad.yaml"},
         65,
         "backplan: error: " + dir +
             "/bad.yaml:2:12: exercises: expected a list of at least one exercise, got an empty "
             "list\n"},
        {{"show", "acton2"},
         65,
         "backplan: error: unknown exercise 'acton2'; did you mean 'action2'?\n"},
        {{"generate", "--template", dir + "/none.yaml"},
         66,
         "backplan: error: " + dir +
             "/none.yaml: cannot open template: No such file or directory\n"},
        {{"generate", "-o", dir + "/no/such/dir/plan.txt"},
         73,
         "backplan: error: " + dir + "/no/such/dir/plan.txt: cannot create a file in " + dir +
             "/no/such/dir: No such file or directory\n"},
        {{"generate", "-o", "/dev/full"},
         74,
         "backplan: error: /dev/full: No space left on device\n"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.args);
        RunResult result = run_backplan(c.args);
        CHECK(result.status == c.status);
        CHECK(result.err == c.err);
        CHECK(result.out.empty());
    }
    SECTION("a full standard output is an I/O error, exit 74") {
        // --version alone is answered before the rest is made: it says so too.
        for (std::string command : {"generate", "--version"}) {
            CAPTURE(command);
            RunResult result = run_backplan({command}, {}, "/dev/full");
            CHECK(result.status == 74);
            CHECK(result.err ==
                  "backplan: error: cannot write to standard output: No space left on device\n");
        }
    }
    SECTION("--help and --version go to stdout and exit 0") {
        RunResult help = run_backplan({"generate", "--help"});
        CHECK(help.status == 0);
        CHECK(help.out.find("--weeks") != std::string::npos);
        CHECK(help.err.empty());
        RunResult version = run_backplan({"--version"});
        CHECK(version.status == 0);
        CHECK(version.out == "backplan " BACKPLAN_VERSION "\n");
    }
    std::filesystem::remove_all(dir);
}
