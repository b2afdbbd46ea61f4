// Text from files on the real binary: everything fits 80 display columns at the target volume,
// names too wide are cut whole graphemes at a time, and no byte read reaches the terminal raw.
#include "core/date.hpp"
#include "support/columns.hpp"
#include "support/run.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <unistd.h>

using namespace backplan;
using namespace backplan::test;

namespace {

const std::string source_dir = BACKPLAN_SOURCE_DIR;

// Every exercise of the built-in routine at the top of its ladder, 5 x 25, on every training
// day (Monday, Wednesday, Friday) of the 30 weeks from 2026-05-04 to 2026-11-20: the ladder's
// 27 steps are climbed a week each, the 27th (from 11-02) meets the top on Wednesday 11-04, and
// the maintenance dose, 4 x 20, holds from 11-09.
std::string log_at_target(const std::vector<std::string>& ids, const std::string& sets) {
    std::string log;
    core::Date first = core::parse_date("2026-05-04");
    for (int week = 0; week < 30; ++week) {
        for (int day : {0, 2, 4}) {
            for (const std::string& id : ids) {
                log += core::format_date(core::add_days(first, 7 * week + day)) +
                       "T08:00:00+00:00 " + id + " " + sets + "\n";
            }
        }
    }
    return log;
}

const std::vector<std::string> builtin_ids{"action1", "action2", "action3",
                                           "action4", "action5", "action6"};

// The widest line, in the columns of the C library's wcswidth in C.UTF-8.
int widest(const RunResult& result) {
    REQUIRE(result.status == 0);
    return widest_line(result.out);
}

} // namespace

TEST_CASE("text: every output fits 80 columns at the target volume, the built-in names whole") {
    Scratch scratch;
    write_file(scratch.log, log_at_target(builtin_ids, "25 25 25 25 25"));
    // Today: Monday 11-23, the week after the log.
    std::map<std::string, std::string> monday = pinned_clock("UTC", "2026-11-23T08:00:00Z");
    auto run = [&](std::vector<std::string> args) {
        args.insert(args.end(), {"--log", scratch.log});
        return run_backplan(args, monday);
    };
    SECTION("report: planned against done, in columns under their headings") {
        RunResult result = run({"report", "--since", "2026-11-16", "--until", "2026-11-22"});
        std::vector<std::string> lines = lines_of(result.out);
        REQUIRE(lines.size() > 10);
        CHECK(lines[2] == "Week of 2026-11-16: 3 sessions, 2250 reps");
        CHECK(lines[3] == "  id       exercise                   planned            done" +
                              std::string(18, ' ') + "%");
        // 2 + 7 + 2 + 25 + 2 + 17 + 2 + 17 + 2 + 4: exactly 80. Planned: 4 x 20 on 3 days.
        CHECK(lines[8] ==
              "  action5  Reverse row under a table  12 sets, 240 reps  15 sets, 375 reps  156%");
        CHECK(terminal_columns(lines[8]) == 80);
        CHECK(widest(result) == 80);
        CHECK(widest(run({"report", "--ascii"})) <= 80);
    }
    SECTION("today: planned, done and left, lined up") {
        RunResult result = run({"today", "--date", "2026-11-20"});
        std::vector<std::string> lines = lines_of(result.out);
        REQUIRE(lines.size() == 8);
        CHECK(lines[0] == "Fri 2026-11-20");
        CHECK(lines[1] ==
              "                                      planned      done            left");
        CHECK(lines[6] ==
              "  action5  Reverse row under a table  4 x 20 reps  25 25 25 25 25  nothing");
        CHECK(widest(result) == 74);
    }
    SECTION("why: the columns stay put from week 10 on") {
        // The last 26 weeks by default: the 3 before them counted.
        std::vector<std::string> latest =
            lines_of(run({"why", "action5", "--date", "2026-11-16"}).out);
        REQUIRE(latest.size() == 31);
        CHECK(latest[2] == "3 earlier weeks not shown (backplan why action5 --all)");
        CHECK(latest[3].starts_with("wk  4  2026-05-25  met 3 of 3 sessions at 2 x 18 -> "));
        RunResult result = run({"why", "action5", "--date", "2026-11-16", "--all"});
        std::vector<std::string> lines = lines_of(result.out);
        // The name, the rule, 29 weeks replayed (05-04 to 11-16, one of them on two lines),
        // the next.
        REQUIRE(lines.size() == 33);
        // The default view, which holds only the weeks it shows, is the end of --all's, line
        // for line: the same weeks, numbered alike.
        CHECK(std::vector<std::string>(latest.begin() + 3, latest.end()) ==
              std::vector<std::string>(lines.end() - 28, lines.end()));
        CHECK(lines[0] == "action5: Reverse row under a table");
        CHECK(lines[1] == "A week is met when 2 of its 3 sessions (mon,wed,fri) reach the step.");
        CHECK(lines[2] == "wk  1  2026-05-04  met 3 of 3 sessions at 2 x 15 -> next step");
        CHECK(lines[11].starts_with("wk 10  2026-07-06  met 3 of 3 sessions at "));
        for (std::size_t i = 2; i < lines.size(); ++i) {
            CAPTURE(lines[i]);
            // "wk NN  YYYY-MM-DD  ", the dates lined up; a wrapped line under the text.
            CHECK((lines[i].find("  2026-") == 5 || lines[i].starts_with(std::string(19, ' '))));
        }
        // 26 weeks met climb the 27 steps; the 27th meets the top: the maintenance dose.
        CHECK(lines[28] == "wk 27  2026-11-02  met 3 of 3 sessions at 5 x 25 -> target reached; "
                           "4 x 20 keeps");
        CHECK(lines[29] == "                   it");
        CHECK(lines[31] ==
              "wk 29  2026-11-16  met 3 of 3 sessions at 4 x 20 -> hold (the maintenance dose)");
        CHECK(lines[32] ==
              "wk 30  2026-11-23  next: 4 x 20, step 16 of 27; target reached Wed 2026-11-04");
        CHECK(widest(result) <= 80);
    }
    SECTION("show, generate and config") {
        RunResult show = run({"show"});
        CHECK(show.out.find("\n  action5  Reverse row under a table  4 x 20 reps  maintain  done  "
                            "2026-11-04\n") != std::string::npos);
        CHECK(widest(show) <= 80);
        CHECK(widest(run({"show", "action5"})) <= 80);
        CHECK(widest(run({"generate", "--start", "2026-11-23", "--weeks", "4"})) <= 80);
        CHECK(widest(run_backplan({"config"})) <= 80);
        // A log path of 60 columns leaves its source no room (10 + 60 + 2 + 12 > 80): the
        // source goes on the next line, under the values.
        REQUIRE(scratch.dir.size() < 50);
        std::string deep =
            scratch.dir + "/" + std::string(51 - scratch.dir.size(), 'd') + "/log.txt";
        REQUIRE(deep.size() == 60);
        RunResult config = run_backplan({"config", "--log", deep});
        CHECK(config.out.find("\nlog       " + deep + "\n          command line\n") !=
              std::string::npos);
        CHECK(widest(config) <= 80);
    }
}

TEST_CASE("text: names wider than their column are cut whole graphemes at a time") {
    Scratch scratch;
    std::string awkward = source_dir + "/tests/data/awkward-names.yaml";
    std::string log = log_at_target({"row", "long-utf8", "cjk"}, "25 25 25 25 25");
    log += "2026-11-24T08:00:00+00:00 plank 60s 60s 60s\n";
    write_file(scratch.log, log);
    auto run = [&](std::vector<std::string> args) {
        args.insert(args.end(), {"-t", awkward, "--log", scratch.log});
        return run_backplan(args);
    };
    SECTION("every output within 80 columns; the CJK name cut, with the marker") {
        for (const std::vector<std::string>& args :
             std::vector<std::vector<std::string>>{{"generate", "--start", "2026-11-23"},
                                                   {"show"},
                                                   {"show", "cjk"},
                                                   {"today", "--date", "2026-11-24"},
                                                   {"why", "cjk", "--date", "2026-11-23"},
                                                   {"report", "--since", "2026-11-16"}}) {
            CAPTURE(args);
            RunResult result = run(args);
            CHECK(widest(result) <= 80);
            CHECK(result.out.find("背中のトレーニング") != std::string::npos);
            CHECK(result.out.find("...") != std::string::npos);
        }
    }
    SECTION("an emoji sequence is kept whole") {
        // U+1F468 ZWJ U+1F469 ZWJ U+1F467: one grapheme of six columns, two for each emoji, as
        // glibc's wcswidth counts it.
        std::string family =
            "\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7";
        std::string name; // 16 of them: 80 characters, the most a name may have, 96 columns
        for (int i = 0; i < 16; ++i) {
            name += family;
        }
        std::string id = "family-plank-with-a-long"; // 24 characters, the longest id
        write_file(scratch.dir + "/family.yaml",
                   "name: F\nexercises:\n  - id: " + id + "\n    name: \"" + name + "\"\n" +
                       "progression:\n  start: {sets: 2, reps: 15-20}\n"
                       "  target: {sets: 4-5, reps: 20-25}\n");
        RunResult result = run_backplan({"show", "-t", scratch.dir + "/family.yaml"},
                                        pinned_clock("UTC", "2026-11-23T08:00:00Z"));
        // 2 + 24 + 2 + name + 2 + 11 + 2 + 7 + 2 + 4 + 2 + 10 = 80: the name gets 12 columns,
        // one family (6 columns, as wcswidth counts its three emoji), the marker, and 3 columns
        // of padding.
        CHECK(lines_of(result.out)[2] ==
              "  " + id + "  " + family + "...     2 x 15 reps  1 of 27    26  2027-05-26");
        CHECK(widest(result) <= 80);
    }
    SECTION("eleven families joined by zero-width joiners: 66 columns, as wcswidth counts") {
        // One grapheme of 65 characters (issue #24): every output keeps to 80 columns by the
        // C library's measure, which is backplan's own.
        std::string family =
            "\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7";
        std::string name = family;
        for (int i = 1; i < 11; ++i) {
            name += "\xe2\x80\x8d" + family;
        }
        write_file(scratch.dir + "/joined.yaml",
                   "name: \"" + name + "\"\nexercises:\n  - id: joined\n    name: \"" + name +
                       "\"\nprogression:\n  start: {sets: 2, reps: 15-20}\n"
                       "  target: {sets: 4-5, reps: 20-25}\n");
        for (const std::vector<std::string>& args :
             std::vector<std::vector<std::string>>{{"show"},
                                                   {"show", "joined"},
                                                   {"generate", "--start", "2026-11-23"},
                                                   {"today", "--date", "2026-11-23"},
                                                   {"why", "joined", "--date", "2026-11-23"}}) {
            CAPTURE(args);
            std::vector<std::string> with = args;
            with.insert(with.end(), {"-t", scratch.dir + "/joined.yaml", "--log", scratch.log});
            RunResult result = run_backplan(with);
            CHECK(result.status == 0);
            CHECK(widest(result) <= 80);
        }
    }
}

TEST_CASE("text: control characters from files never reach the terminal raw") {
    Scratch scratch;
    std::string attack = "\x1b]2;pwned\x07\x1b[2J";
    SECTION("a log line: check, history, report and today show it escaped") {
        write_file(scratch.log, "2026-11-23T08:00:00+00:00 action1 20 20\n" + attack +
                                    " action1 20\n2026-11-23T08:10:00+00:00 " + attack + " 20\n");
        std::string escaped = "\\x1b]2;pwned\\x07\\x1b[2J";
        RunResult check = run_backplan({"check", scratch.log});
        CHECK(check.status == 65);
        std::vector<std::string> problems = lines_of(check.out);
        REQUIRE(problems.size() == 4); // the log's name, a problem on two lines, one on one
        CHECK(problems[0] == scratch.log);
        CHECK(problems[1].starts_with("2:1: "));
        CHECK(problems[2].ends_with("'" + escaped + "'"));
        CHECK(problems[3] == "3:27: unknown exercise '" + escaped + "'");
        for (const char* command : {"history", "report", "today"}) {
            CAPTURE(command);
            RunResult result = run_backplan({command, "--log", scratch.log});
            CHECK(result.status == 0);
            CHECK(result.err.find(escaped) != std::string::npos);
            CHECK(result.err.find('\x1b') == std::string::npos);
            CHECK(result.err.find('\x07') == std::string::npos);
        }
    }
    SECTION("a template's YAML escapes: refused where they are, shown escaped") {
        write_file(scratch.dir + "/t.yaml",
                   "name: \"Back \\e]2;pwned\\a\"\nexercises:\n  - {id: a, name: \"A\\0B\"}\n"
                   "progression:\n  start: {sets: 2, reps: 15-20}\n"
                   "  target: {sets: 4-5, reps: 20-25}\n");
        RunResult result = run_backplan({"generate", "-t", scratch.dir + "/t.yaml"});
        CHECK(result.status == 65);
        CHECK(result.err == "backplan: error: " + scratch.dir +
                                "/t.yaml:1:7: name: control character \\x1b is not allowed, got "
                                "'Back \\x1b]2;pwned\\x07'\n"
                                "backplan: error: " +
                                scratch.dir +
                                "/t.yaml:3:19: name: control character \\x00 is not allowed, got "
                                "'A\\x00B'\n");
        CHECK(result.out.empty());
    }
    SECTION("a config file's too") {
        std::string config_dir = scratch.dir + "/config/backplan";
        std::filesystem::create_directories(config_dir);
        write_file(config_dir + "/config.yaml", "log: \"x\\e[2J.txt\"\n");
        RunResult result = run_backplan({"config"}, {{"XDG_CONFIG_HOME", scratch.dir + "/config"}});
        CHECK(result.status == 65);
        CHECK(result.err == "backplan: error: " + config_dir +
                                "/config.yaml:1:6: log: control character \\x1b is not allowed, "
                                "got 'x\\x1b[2J.txt'\n");
    }
}

TEST_CASE("text: numbers on the command line are decimal") {
    auto weeks = [](const std::string& n) {
        return run_backplan({"generate", "--start", "2026-11-23", "--weeks", n});
    };
    SECTION("leading zeros are decimal: 010 is ten weeks, 08 eight") {
        RunResult ten = weeks("010");
        CHECK(ten.status == 0);
        CHECK(ten.out.find("\nWeek 10: 2027-01-25 to 2027-01-31\n") != std::string::npos);
        CHECK(ten.out.find("\nWeek 11:") == std::string::npos);
        RunResult eight = weeks("08");
        CHECK(eight.status == 0);
        CHECK(eight.out.find("\nWeek 8: 2027-01-11 to 2027-01-17\n") != std::string::npos);
        CHECK(eight.out.find("\nWeek 9:") == std::string::npos);
    }
    SECTION("hexadecimal, exponents and signs are refused with 64") {
        for (const char* bad : {"0x10", "1e1", "+4", "4.0"}) {
            CAPTURE(bad);
            RunResult result = weeks(bad);
            CHECK(result.status == 64);
            CHECK(result.err == std::string("backplan: error: --weeks: expected a whole number "
                                            "from 1 to 104, got '") +
                                    bad + "'\n");
            CHECK(result.out.empty());
        }
    }
}

TEST_CASE("text: check tells a template by its extension in any case") {
    Scratch scratch;
    std::string upper = scratch.dir + "/T.YAML";
    write_file(upper, read_file(source_dir + "/plans/home-back.yaml"));
    write_file(scratch.dir + "/bad.Yml", "name: Bad\nexercises: []\n");
    CHECK(run_backplan({"check", upper}).status == 0);
    RunResult bad = run_backplan({"check", scratch.dir + "/bad.Yml"});
    CHECK(bad.status == 65);
    CHECK(bad.out == scratch.dir +
                         "/bad.Yml\n2:12: exercises: expected a list of at least one exercise, got "
                         "an empty list\n");
}

TEST_CASE("text: '-' where a file is needed is a usage error, and no file '-' is made") {
    Scratch scratch;
    auto in_scratch = [&] {
        if (::chdir(scratch.dir.c_str()) != 0) {
            ::_exit(125);
        }
    };
    struct Case {
        std::vector<std::string> args;
        std::string err;
    };
    std::vector<Case> cases{
        {{"log", "action1", "20", "-l", "-"}, "--log"},
        {{"history", "--log", "-"}, "--log"},
        {{"generate", "-t", "-"}, "--template"},
        {{"report", "--log", scratch.log, "--chart", "-"}, "--chart"},
        {{"check", "-"}, "check"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.args);
        RunResult result = run_backplan(c.args, {}, "", in_scratch);
        CHECK(result.status == 64);
        CHECK(result.err == "backplan: error: " + c.err +
                                ": expected a file, got '-' (standard input and output are not "
                                "supported here)\n");
        CHECK_FALSE(std::filesystem::exists(scratch.dir + "/-"));
    }
    SECTION("BACKPLAN_LOG=- too") {
        RunResult result =
            run_backplan({"log", "action1", "20"}, {{"BACKPLAN_LOG", "-"}}, "", in_scratch);
        CHECK(result.status == 64);
        CHECK(result.err == "backplan: error: BACKPLAN_LOG: expected a file, got '-' (standard "
                            "input and output are not supported here)\n");
        CHECK_FALSE(std::filesystem::exists(scratch.dir + "/-"));
    }
    SECTION("a config file's log: \"-\" too, where it stands in the file") {
        std::filesystem::create_directories(scratch.dir + "/config/backplan");
        write_file(scratch.dir + "/config/backplan/config.yaml", "days: [mon]\nlog: \"-\"\n");
        RunResult result =
            run_backplan({"log", "action1", "20"}, {{"XDG_CONFIG_HOME", scratch.dir + "/config"}},
                         "", in_scratch);
        CHECK(result.status == 65);
        CHECK(result.err == "backplan: error: " + scratch.dir +
                                "/config/backplan/config.yaml:2:6: log: expected a file, got '-' "
                                "(standard input and output are not supported here)\n");
        CHECK_FALSE(std::filesystem::exists(scratch.dir + "/-"));
    }
    SECTION("generate -o - is standard output, as documented") {
        RunResult result =
            run_backplan({"generate", "--weeks", "1", "-o", "-"}, {}, "", in_scratch);
        CHECK(result.status == 0);
        CHECK(result.out.find("Week 1:") != std::string::npos);
    }
}

TEST_CASE("text: a long path in a message is cut in its middle, the message one short line") {
    Scratch scratch;
    // 120,000 bytes of a name: the file cannot be opened, and the message says so in 200 or so.
    const std::string name(120000, 'x');
    RunResult result = run_backplan({"--log", "/nonexistent/" + name, "history"});
    CHECK(result.status == 66);
    // The word's first 100 bytes ("/nonexistent/" and 87 x's), "...", its last 60 (59 x's and
    // the ':' after it).
    CHECK(result.err == "backplan: error: /nonexistent/" + std::string(87, 'x') + "..." +
                            std::string(59, 'x') + ": cannot open the log: File name too long\n");
    // A word of 200 bytes, the path and its ':', is whole (under a file: not a directory).
    write_file(scratch.dir + "/afile", "");
    REQUIRE(scratch.dir.size() < 150);
    const std::string part =
        "/afile/" + std::string(200 - scratch.dir.size() - 16, 'y') + "/log.txt";
    REQUIRE((scratch.dir + part + ":").size() == 200);
    RunResult short_path = run_backplan({"--log", scratch.dir + part, "history"});
    CHECK(short_path.status == 66);
    CHECK(short_path.err.find(part + ": cannot open the log: Not a directory\n") !=
          std::string::npos);
}
