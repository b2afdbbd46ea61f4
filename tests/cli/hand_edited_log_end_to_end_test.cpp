// A log edited by hand, through the real binary: read tolerantly, counted as the canonical lines
// would be, noted by check; every reader says which lines it skips; a missing log is empty and an
// unreadable one an error, in every command.
#include "support/run.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <sys/stat.h>

using namespace backplan::test;

namespace {

// The commands that read the log, each with what it needs to run on the week of 2026-11-23.
const std::vector<std::vector<std::string>> readers{
    {"generate", "--start", "2026-11-30", "--weeks", "2"},
    {"today", "--date", "2026-11-25"},
    {"why", "action2", "--date", "2026-12-07"},
    {"report", "--since", "2026-11-23", "--until", "2026-11-29"},
    {"history"},
};

RunResult run_on(std::vector<std::string> args, const std::string& log,
                 const std::function<void()>& in_child = {}) {
    args.insert(args.end(), {"--log", log});
    return run_backplan(args, {{"TZ", "Europe/Berlin"}, {"LANG", "C"}}, "", in_child);
}

} // namespace

TEST_CASE("a log written by hand reads as its canonical lines") {
    Scratch scratch;
    // A byte-order mark, CR LF line ends, a date alone (12:00), times without seconds or
    // offset, with T or a space, exercises by alias and by name in any case, Z.
    std::string by_hand = "\xEF\xBB\xBF# written by hand\r\n"
                          "2026-11-23T07:40 prone-row 16 16\r\n"
                          "2026-11-23 action1 15 15\r\n"
                          "2026-11-25 18:02 Towel Prone Row 17 # felt good\r\n"
                          "2026-11-25T18:10:00+01:00 ACTION3 15 15\r\n"
                          "2026-11-27T07:00Z swimmer 12\r\n";
    std::string canonical = "2026-11-23T07:40:00+01:00 action2 16 16\n"
                            "2026-11-23T12:00:00+01:00 action1 15 15\n"
                            "2026-11-25T18:02:00+01:00 action2 17 # felt good\n"
                            "2026-11-25T18:10:00+01:00 action3 15 15\n"
                            "2026-11-27T07:00:00+00:00 action4 12\n";
    std::string canonical_log = scratch.dir + "/canonical.txt";
    write_file(scratch.log, by_hand);
    write_file(canonical_log, canonical);
    SECTION("every reader gives the same output for both, and says nothing") {
        for (const std::vector<std::string>& args : readers) {
            CAPTURE(args);
            RunResult hand = run_on(args, scratch.log);
            RunResult written = run_on(args, canonical_log);
            CHECK(hand.status == 0);
            CHECK(hand.err.empty());
            CHECK(hand.out == written.out);
            CHECK_FALSE(hand.out.empty());
        }
        CHECK(run_on({"history"}, scratch.log).out == canonical);
    }
    SECTION("check notes each hand-written line with the line backplan writes; exit 0") {
        RunResult result = run_on({"check", scratch.log}, scratch.log);
        CHECK(result.status == 0);
        // Within 80 columns: the line a note gives on a line of its own, under it.
        std::string as = ": note: written by hand; backplan would write it as:\n    ";
        CHECK(result.out == scratch.log + "\n" +
                                "1: note: the file starts with a byte-order mark; backplan writes "
                                "none\n"
                                "1: note: the line ends in CR LF (and any later ones may);\n"
                                "    backplan writes LF alone\n"
                                "2" +
                                as + "2026-11-23T07:40:00+01:00 action2 16 16\n" + "3" + as +
                                "2026-11-23T12:00:00+01:00 action1 15 15\n" + "4" + as +
                                "2026-11-25T18:02:00+01:00 action2 17 # felt good\n" + "5" + as +
                                "2026-11-25T18:10:00+01:00 action3 15 15\n" + "6" + as +
                                "2026-11-27T07:00:00+00:00 action4 12\n");
        CHECK(result.err.empty());
        RunResult clean = run_on({"check", canonical_log}, canonical_log);
        CHECK(clean.status == 0);
        CHECK(clean.out.empty());
    }
    SECTION("log still writes the canonical line only") {
        RunResult result =
            run_on({"log", "Towel Prone Row", "18", "--at", "2026-11-28 8:00"}, scratch.log);
        CHECK(result.out == "2026-11-28T08:00:00+01:00 action2 18\n");
        CHECK(read_file(scratch.log) == by_hand + "2026-11-28T08:00:00+01:00 action2 18\n");
    }
}

TEST_CASE("every reader of the log says which lines it skips and why, in check's words") {
    Scratch scratch;
    write_file(scratch.log, "2026-11-23T07:00:00+01:00 action1 15 15\n"
                            "2026-11-23T07:05:00+01:00 acton2 15\n"
                            "2026-11-23T07:10:00+01:00 action2 45s\n"
                            "not a line\n"
                            "2026-11-25T07:00:00+01:00 action2 16 16\n");
    std::string warned = "backplan: warning: " + scratch.log;
    std::string expected = warned + ":2:27: unknown exercise 'acton2'; did you mean 'action2'?\n" +
                           warned + ":3:27: action2 counts reps, not seconds\n" + warned +
                           ":4:1: expected a date or time such as 2026-11-24, 2026-11-24T07:30 or "
                           "2026-11-24T07:30:00+01:00, got 'not'\n";
    for (const std::vector<std::string>& args : readers) {
        CAPTURE(args);
        RunResult result = run_on(args, scratch.log);
        CHECK(result.status == 0);
        CHECK(result.err == expected);
        CHECK_FALSE(result.out.empty());
    }
    RunResult check = run_on({"check"}, scratch.log);
    CHECK(check.status == 65);
    CHECK(check.out == scratch.log + "\n" +
                           "2:27: unknown exercise 'acton2'; did you mean 'action2'?\n"
                           "3:27: action2 counts reps, not seconds\n"
                           "4:1: expected a date or time such as 2026-11-24, 2026-11-24T07:30 or\n"
                           "    2026-11-24T07:30:00+01:00, got 'not'\n");
    SECTION("past five, the rest are counted in one line") {
        std::string bad;
        for (int i = 0; i < 8; ++i) {
            bad += "2026-11-24T07:00:00+01:00 squat 20\n";
        }
        write_file(scratch.log, bad);
        RunResult report = run_on(readers[3], scratch.log);
        CHECK(report.status == 0);
        CHECK(report.err.ends_with(warned +
                                   ": 3 more lines could not be read and were skipped; "
                                   "see backplan check " +
                                   scratch.log + "\n"));
        CHECK(std::count(report.err.begin(), report.err.end(), '\n') == 6);
    }
}

TEST_CASE("a missing log is an empty log everywhere, and an unreadable one is an error") {
    Scratch scratch;
    SECTION("missing: every reader runs as with an empty log, without a word") {
        for (const std::vector<std::string>& args : readers) {
            CAPTURE(args);
            RunResult missing = run_on(args, scratch.dir + "/none.txt");
            write_file(scratch.log, "");
            RunResult empty = run_on(args, scratch.log);
            CHECK(missing.status == 0);
            CHECK(missing.err.empty());
            CHECK(missing.out == empty.out);
        }
    }
    SECTION("unreadable: exit 66, saying why") {
        write_file(scratch.log, "2026-11-23T07:00:00+01:00 action1 15 15\n");
        ::chmod(scratch.dir.c_str(), 0755);
        ::chmod(scratch.log.c_str(), 0);
        for (const std::vector<std::string>& args : readers) {
            CAPTURE(args);
            RunResult result = run_on(args, scratch.log, as_unprivileged_user);
            CHECK(result.status == 66);
            CHECK(result.err ==
                  "backplan: error: " + scratch.log + ": cannot open the log: Permission denied\n");
            CHECK(result.out.empty());
        }
    }
}
