// -v and -vv on the real binary: which template and log were read, what was decided for each
// exercise, and how long each part took; standard output the same with or without them.
#include "support/run.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>
#include <sstream>

using namespace backplan::test;

namespace {

// The lines of text that start with prefix.
std::vector<std::string> lines_starting(const std::string& text, const std::string& prefix) {
    std::vector<std::string> found;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (line.starts_with(prefix)) {
            found.push_back(line);
        }
    }
    return found;
}

} // namespace

TEST_CASE("diagnostics: -v and -vv on standard error, standard output unchanged") {
    std::string dir = scratch_directory();
    std::string log = dir + "/log.txt";
    // The week of 2026-11-16: action1 meets 2 x 15 on 2 days of 3, action2 falls short; a line
    // is unreadable.
    write_file(log, "2026-11-16T07:30:00+00:00 action1 15 15\n"
                    "2026-11-18T07:30:00+00:00 action1 15 15\n"
                    "2026-11-18T07:30:00+00:00 action2 12\n"
                    "garbage\n");
    std::vector<std::string> args{"generate",   "--weeks", "1", "--start",
                                  "2026-11-23", "--log",   log};
    auto with = [&](const char* flag) {
        std::vector<std::string> more = args;
        more.insert(more.begin(), flag);
        return run_backplan(more, {{"TZ", "UTC"}});
    };
    RunResult quiet = run_backplan(args, {{"TZ", "UTC"}});
    RunResult verbose = with("-v");
    RunResult debug = with("-vv");
    REQUIRE(quiet.status == 0);
    CHECK(verbose.status == 0);
    CHECK(debug.status == 0);
    CHECK(verbose.out == quiet.out);
    CHECK(debug.out == quiet.out);
    CHECK(lines_starting(quiet.err, "backplan: info:").empty());

    SECTION("-v: the template, the log and its counts, and each exercise's decision") {
        std::string from = " reps from 2026-11-23 (";
        CHECK(
            lines_starting(verbose.err, "backplan: info:") ==
            std::vector<std::string>{
                "backplan: info: template: built-in home-back (6 exercises)",
                "backplan: info: log: " + log + ": 3 entries read, 1 line ignored",
                "backplan: info: action1: 2 x 16" + from +
                    "the week of 2026-11-16: met 2 of 3 sessions at 2 x 15 -> next step)",
                "backplan: info: action2: 2 x 15" + from +
                    "the week of 2026-11-16: met 0 of 3 sessions at 2 x 15 -> same step (short 1 "
                    "in a row))",
                "backplan: info: action3: 2 x 15" + from + "nothing logged before: the first step)",
                "backplan: info: action4: 2 x 15" + from + "nothing logged before: the first step)",
                "backplan: info: action5: 2 x 15" + from + "nothing logged before: the first step)",
                "backplan: info: action6: 2 x 15" + from + "nothing logged before: the first step)",
            });
        CHECK(lines_starting(verbose.err, "backplan: debug:").empty());
    }
    SECTION("-vv: the same, and how long reading and running took") {
        CHECK(lines_starting(debug.err, "backplan: info:") ==
              lines_starting(verbose.err, "backplan: info:"));
        std::vector<std::string> timings = lines_starting(debug.err, "backplan: debug:");
        // What became of the log's checkpoint: every line is of the last weeks, and one does not
        // read, so none is made.
        std::vector<std::string> checkpoint =
            lines_starting(debug.err, "backplan: debug: no checkpoint: the log allows none for "
                                      "the week of ");
        CHECK(checkpoint.size() == 1);
        std::erase_if(timings,
                      [](const std::string& line) { return line.find("checkpoint") != line.npos; });
        REQUIRE(timings.size() == 3);
        const std::regex took(
            R"(backplan: debug: (read the template|read the log|ran generate) in [0-9]+\.[0-9] ms)");
        for (const std::string& line : timings) {
            CAPTURE(line);
            CHECK(std::regex_match(line, took));
        }
        CHECK(timings.back().starts_with("backplan: debug: ran generate in "));
    }
    SECTION("a template file, and no log yet") {
        write_file(dir + "/mine.yaml", "name: Mine\n"
                                       "progression: {start: {sets: 1, reps: 5}, target: {sets: 2, "
                                       "reps: 10}}\n"
                                       "exercises:\n  - {id: pushup, name: Push-up}\n");
        RunResult result = run_backplan({"-v", "generate", "-t", dir + "/mine.yaml", "--log",
                                         dir + "/none.txt", "--start", "2026-11-23"});
        CHECK(result.status == 0);
        CHECK(lines_starting(result.err, "backplan: info:") ==
              std::vector<std::string>{
                  "backplan: info: template: " + dir + "/mine.yaml (1 exercise)",
                  "backplan: info: log: " + dir + "/none.txt: not there yet, read as empty",
                  "backplan: info: pushup: 1 x 5 reps from 2026-11-23 (nothing logged before: the "
                  "first step)",
              });
    }
    SECTION("history -v: the template it reads names by, and the log's counts") {
        RunResult result = run_backplan({"history", "-v", "--log", log});
        CHECK(lines_starting(result.err, "backplan: info:") ==
              std::vector<std::string>{"backplan: info: template: built-in home-back (6 exercises)",
                                       "backplan: info: log: " + log +
                                           ": 3 entries read, 1 line ignored"});
    }
    std::filesystem::remove_all(dir);
}
