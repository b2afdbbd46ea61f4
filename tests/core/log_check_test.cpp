#include "core/log_check.hpp"

#include <catch2/catch.hpp>

using namespace backplan;
using namespace backplan::core;

namespace {

struct Checked {
    Routine routine;
    LogChecker checker;
    std::vector<LogProblem> problems;

    Checked() : routine(make_routine()), checker(routine, fixed_offset_zone(60)) {}

    static Routine make_routine() {
        Routine routine;
        routine.exercises.push_back({"action2", "Row", {"prone-row"}, {}, {}, std::nullopt, {}});
        routine.exercises.back().progression.unit = Unit::reps;
        routine.exercises.push_back({"plank", "Plank", {}, {}, {}, std::nullopt, {}});
        routine.exercises.back().progression.unit = Unit::seconds;
        return routine;
    }

    // The problems of the line, as "LINE:COL: [warning: |note: ]message".
    std::vector<std::string> check(std::size_t number, std::string_view line) {
        problems.clear();
        checker.check(number, line, problems);
        std::vector<std::string> found;
        for (const LogProblem& p : problems) {
            const char* severity = p.severity == Severity::warning ? "warning: "
                                   : p.severity == Severity::note  ? "note: "
                                                                   : "";
            found.push_back(std::to_string(p.line) + ":" + std::to_string(p.column) + ": " +
                            severity + p.message);
        }
        return found;
    }

    // The problems only the whole log shows.
    std::vector<std::string> finish() {
        problems.clear();
        checker.finish(problems);
        std::vector<std::string> found;
        for (const LogProblem& p : problems) {
            found.push_back(std::to_string(p.line) + ":" + std::to_string(p.column) + ": " +
                            (p.severity == Severity::warning ? "warning: "
                             : p.severity == Severity::note  ? "note: "
                                                             : "") +
                            p.message);
        }
        return found;
    }
};

using Found = std::vector<std::string>;

} // namespace

TEST_CASE("log_check::LogChecker") {
    Checked c;
    SECTION("errors: what every reader skips, in the reader's words") {
        CHECK(c.check(1, "2026-11-24T07:30:00+00:00 action2 20") == Found{});
        CHECK(c.check(2, "# a comment") == Found{});
        // What is close to it is the printer's to add (ExerciseSuggestions), to what it prints.
        CHECK(c.check(3, "2026-11-24T07:31:00+00:00 acton2 20") ==
              Found{"3:27: unknown exercise 'acton2'"});
        CHECK(c.problems.at(0).unknown_exercise == "acton2");
        CHECK(c.check(4, "2026-11-24T07:32:00+00:00 plank 20") ==
              Found{"4:27: plank counts seconds, not reps"});
        // Back-dated (an entry logged with --at): the log is in the order it was appended to.
        CHECK(c.check(5, "2026-11-24T06:00:00+00:00 action2 20") == Found{});
        CHECK(c.check(6, "2026-11-24T07:40:00+00:00 action2 x") ==
              Found{"6:35: expected reps from 1 to 1000 (or seconds such as 45s), got 'x'"});
    }
    SECTION("notes: a line written by hand, with the line backplan would write for it") {
        CHECK(c.check(1, "2026-11-28 prone-row 20 20") ==
              Found{"1:0: note: written by hand; backplan would write it as: "
                    "2026-11-28T12:00:00+01:00 action2 20 20"});
        CHECK(c.check(2, "2026-11-28T13:00:00Z Row 18") ==
              Found{"2:0: note: written by hand; backplan would write it as: "
                    "2026-11-28T13:00:00+00:00 action2 18"});
        CHECK(c.check(3, "2026-11-28T14:00:00+01:00 action2 18") == Found{});
    }
    SECTION("notes: a byte-order mark, and CR LF line ends once") {
        CHECK(c.check(1, "\xEF\xBB\xBF# my log\r") ==
              Found{"1:0: note: the file starts with a byte-order mark; backplan writes none",
                    "1:0: note: the line ends in CR LF (and any later ones may); backplan writes "
                    "LF alone"});
        CHECK(c.check(2, "2026-11-28T14:00:00+01:00 action2 18\r") == Found{});
        // On any line, as every reader takes it: files joined with cat put one there.
        CHECK(c.check(3, "\xEF\xBB\xBF"
                         "2026-11-28T15:00:00+01:00 action2 18") ==
              Found{"3:0: note: the line starts with a byte-order mark (files joined with cat?); "
                    "backplan writes none"});
    }
}

TEST_CASE("log_check::LogChecker::finish") {
    Checked c;
    SECTION("cancellations: of a record of the log, wherever it stands; of none, a warning") {
        CHECK(c.check(1, "2026-11-24T08:00:00+01:00 !undo 2026-11-24T09:00:00+01:00 action2") ==
              Found{});
        CHECK(c.check(2, "2026-11-24T09:00:00+01:00 action2 375") == Found{});
        CHECK(c.check(3, "2026-11-24T09:30:00+01:00 !undo 2026-11-24T09:00:00+01:00 plank") ==
              Found{});
        CHECK(c.check(4, "2026-11-24 10:00 !undo 2026-11-24T08:00:00Z Row") ==
              Found{"4:0: note: written by hand; backplan would write it as: "
                    "2026-11-24T10:00:00+01:00 !undo 2026-11-24T08:00:00+00:00 action2"});
        CHECK(c.finish() ==
              Found{"3:0: warning: cancels no record of this log: none of that exercise at "
                    "that time"});
    }
    SECTION("a cancellation of a cancellation cannot be written") {
        CHECK(c.check(1, "2026-11-24T08:00:00+01:00 !undo 2026-11-24T07:00:00+01:00 !undo") ==
              Found{"1:59: unknown exercise '!undo'"});
    }
    SECTION("exact duplicates, as from a log appended to itself") {
        for (std::size_t pass : {std::size_t{0}, std::size_t{3}}) {
            c.check(pass + 1, "2026-11-24T07:30:00+01:00 action2 20 20");
            c.check(pass + 2, "2026-11-24T07:40:00+01:00 action2 19");
            c.check(pass + 3, "2026-11-24T08:00:00+01:00 !undo 2026-11-24T07:40:00+01:00 action2");
        }
        // The same record with other sets is no duplicate, but a record of the same identity
        // that undo cannot take back alone; one written by hand differently is a duplicate.
        c.check(7, "2026-11-24T07:30:00+01:00 action2 20 19");
        c.check(8, "2026-11-24 07:40 Row 19");
        CHECK(c.finish() ==
              Found{"4:0: warning: the same record as line 1, counted twice by every reader (was "
                    "the log appended to itself?)",
                    "5:0: warning: the same record as line 2, counted twice by every reader (was "
                    "the log appended to itself?)",
                    "6:0: warning: the same record as line 3 (was the log appended to itself?)",
                    "7:0: note: the time and exercise of line 1, with other content (an earlier "
                    "backplan wrote both?): undo cannot take back one without the other",
                    "8:0: warning: the same record as line 2, counted twice by every reader (was "
                    "the log appended to itself?)"});
    }
    SECTION("a pause twice is a duplicate, but no reader counts it twice") {
        c.check(1, "2026-11-24T07:30:00+01:00 !pause 2026-11-25 2026-12-06 # flu");
        c.check(2, "2026-11-24T07:30:00+01:00 !pause 2026-11-25 2026-12-06 # flu");
        CHECK(c.finish() ==
              Found{"2:0: warning: the same record as line 1 (was the log appended to itself?)"});
    }
    SECTION("a cancellation of a pause names a record of the log, or warns") {
        c.check(1, "2026-11-24T07:30:00+01:00 !pause 2026-11-25 2026-12-06");
        c.check(2, "2026-11-24T07:35:00+01:00 !undo 2026-11-24T07:30:00+01:00 !pause");
        c.check(3, "2026-11-24T07:40:00+01:00 !undo 2026-11-24T07:30:00+01:00 !resume");
        CHECK(c.finish() == Found{"3:0: warning: cancels no record of this log: none of that "
                                  "exercise at that time"});
    }
}

TEST_CASE("log_check::LogChecker in parts, its memory bounded") {
    // 40 records and cancellations, some repeated, some cancelling nothing: held at most 6 at a
    // time, in parts read again, they give what one checker holding them all gives.
    std::vector<std::string> lines;
    for (int i = 0; i < 12; ++i) {
        lines.push_back("2026-11-24T07:" + std::to_string(10 + i) + ":00+01:00 action2 " +
                        std::to_string(20 + i));
    }
    for (int i = 0; i < 12; i += 3) {
        lines.push_back(lines[static_cast<std::size_t>(i)]); // repeated
        lines.push_back("2026-11-24T09:00:00+01:00 !undo 2026-11-24T08:" + std::to_string(10 + i) +
                        ":00+01:00 action2"); // of nothing
    }
    for (int i = 0; i < 20; ++i) {
        lines.push_back("2026-11-25T07:" + std::to_string(10 + i) + ":00+01:00 plank " +
                        std::to_string(30 + i) + "s");
    }
    auto whole_log = [&](std::size_t max_held, std::size_t describe, std::size_t& more,
                         std::size_t& parts) {
        Routine routine = Checked::make_routine();
        LogChecker checker(routine, fixed_offset_zone(60), max_held);
        std::vector<LogProblem> per_line;
        for (std::size_t i = 0; i < lines.size(); ++i) {
            checker.check(i + 1, lines[i], per_line);
        }
        parts = checker.parts();
        std::vector<LogProblem> found;
        more = checker.finish(found, describe);
        for (std::size_t part = 1; part < parts; ++part) {
            for (std::size_t i = 0; i < lines.size(); ++i) {
                checker.recall(part, i + 1, lines[i]);
            }
            more += checker.finish(found, describe);
        }
        std::vector<std::string> said;
        for (const LogProblem& p : found) {
            said.push_back(std::to_string(p.line) + ": " + p.message);
        }
        std::sort(said.begin(), said.end());
        return said;
    };
    std::size_t more = 0;
    std::size_t parts = 0;
    std::vector<std::string> all = whole_log(1000, 1000, more, parts);
    CHECK(parts == 1);
    CHECK(more == 0);
    CHECK(all.size() == 8); // 4 repeats and 4 cancellations of nothing
    std::vector<std::string> in_parts = whole_log(6, 1000, more, parts);
    CHECK(parts >= 7); // 40 records, 6 at a time
    CHECK(in_parts == all);
    SECTION("only the first problems by line are described, the rest counted") {
        Routine routine = Checked::make_routine();
        LogChecker checker(routine, fixed_offset_zone(60));
        std::vector<LogProblem> per_line;
        for (std::size_t i = 0; i < lines.size(); ++i) {
            checker.check(i + 1, lines[i], per_line);
        }
        std::vector<LogProblem> found;
        CHECK(checker.finish(found, 3) == 5);
        REQUIRE(found.size() == 3);
        CHECK(found[0].line == 13);
        CHECK(found[1].line == 14);
        CHECK(found[2].line == 15);
    }
}
