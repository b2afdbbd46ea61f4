// What the log line reader says of a bad line: the column of the problem and what was expected,
// as a value from read_log_line (how every reader of the log takes a line), and the same from
// parse_log_line's LogLineError (how one line given by a caller is refused).
#include "core/log_line.hpp"
#include "problem_of.hpp"

#include <catch2/catch.hpp>

using namespace backplan;
using namespace backplan::core;
using backplan::test::problem_of;

namespace {

// Two exercises, one in seconds, and America/New_York's spring change of 2026 (02:00-02:59 on
// 03-08 does not exist).
struct Contexts {
    Routine routine;
    LineContext none;
    LineContext routine_only;
    LineContext new_york;
    Contexts() {
        routine.exercises.push_back({"action2", "Prone row", {"row"}, {}, {}, std::nullopt, {}});
        routine.exercises.push_back({"side-plank", "Side plank", {}, {}, {}, std::nullopt, {}});
        routine.exercises.back().progression.unit = Unit::seconds;
        routine_only = {&routine, {}, nullptr};
        new_york = {&routine,
                    [](LocalTime time) {
                        auto offset = [](std::chrono::sys_seconds at) {
                            auto spring = std::chrono::sys_days(parse_date("2026-03-08")) +
                                          std::chrono::hours(7);
                            return at < spring ? -5 * 3600 : -4 * 3600;
                        };
                        LocalResolution resolution = resolve_in_zone(time, offset);
                        resolution.zone = "America/New_York";
                        return resolution;
                    },
                    nullptr};
    }
};

enum class With { nothing, routine, new_york };

// A bad line, what it is read with, and the problem worked out by hand: the column (from 1) of
// the field at fault, and the message.
struct BadLine {
    std::string line;
    With with;
    int column;
    std::string message;
    std::string unknown_exercise = {};
};

const std::string date_form = "expected a date or time such as 2026-11-24, 2026-11-24T07:30 or "
                              "2026-11-24T07:30:00+01:00, got ";
const std::string at = "2026-11-24T07:30:00+01:00 "; // columns 1-25, then a space

std::string fifty_one_sets() {
    std::string line = at + "a";
    for (int i = 0; i < 51; ++i) {
        line += " 1";
    }
    return line;
}

const std::vector<BadLine> bad_lines{
    // The time: its field from column 1 (or where it starts after blanks).
    {"2026-11-24T25:00:00+00:00 action2 20", With::nothing, 1,
     date_form + "'2026-11-24T25:00:00+00:00'"},
    {"  2026-11-24T07:30:00+01 action2 20", With::nothing, 3,
     date_form + "'2026-11-24T07:30:00+01'"},
    {"2026-11-24 action2 20", With::nothing, 1,
     "expected a time with its offset from UTC, got '2026-11-24'"},
    {"1969-12-28T23:59:59+00:00 action2 20", With::nothing, 1,
     "out of range: expected a date from 1969-12-29 to 9999-12-31, got "
     "'1969-12-28T23:59:59+00:00'"},
    {"2026-03-08 02:30 action2 20", With::new_york, 1,
     "2026-03-08T02:30 does not exist in America/New_York: clocks went from 02:00 to 03:00"},
    // The exercise, from column 27.
    {at.substr(0, 25), With::nothing, 26, "expected an exercise id after the time"},
    {at + "Action2 20", With::nothing, 27, "expected an exercise id, got 'Action2'"},
    {at + "# a note", With::routine, 27, "expected an exercise after the time"},
    {at + "rowing machine 20", With::routine, 27, "unknown exercise 'rowing machine'",
     "rowing machine"},
    {at + "side plank 20", With::routine, 27, "side-plank counts seconds, not reps"},
    // The sets: "action2" is columns 27-33, the first set from column 35.
    {at + "action2", With::nothing, 34, "expected the reps (or seconds) of at least one set"},
    {at + "action2 # note only", With::nothing, 35,
     "expected the reps (or seconds) of at least one set"},
    {at + "action2 20 0", With::nothing, 38,
     "expected reps from 1 to 1000 (or seconds such as 45s), got '0'"},
    {at + "action2 1001", With::nothing, 35,
     "expected reps from 1 to 1000 (or seconds such as 45s), got '1001'"},
    {at + "action2 020", With::nothing, 35,
     "expected reps from 1 to 1000 (or seconds such as 45s), got '020'"},
    {at + "plank 3601s", With::nothing, 33,
     "expected seconds from 1 to 3600 such as 45s, got '3601s'"},
    {at + "action2 20 45s", With::nothing, 38, "mixes reps and seconds in one line"},
    {fifty_one_sets(), With::nothing, 129, "more than 50 sets in one line"},
    // Pain, after the sets ("pain=" from column 38), and the note after '#' (its text from 41).
    {at + "action2 20 pain=11", With::nothing, 38,
     "expected pain from 0 to 10 such as pain=2, got 'pain=11'"},
    {at + "action2 20 pain=2 20", With::nothing, 45,
     "expected the end of the line or a # note after the pain"},
    {at + "action2 20 # caf\xe9", With::nothing, 43, "byte \\xe9 that is not UTF-8 in the note"},
    // Records other than sets: the marker from column 27, its days from 34 (35 after !resume).
    {at + "!stop 2026-11-30", With::nothing, 27,
     "unknown kind of record '!stop'; expected '!undo', '!pause' or '!resume'"},
    {at + "!pause 2026-11-30", With::nothing, 44,
     "expected the last day of the pause (YYYY-MM-DD)"},
    {at + "!pause 2026-12-13 2026-11-30", With::nothing, 45,
     "the pause ends (2026-11-30) before it starts (2026-12-13)"},
    {at + "!pause 2026-11-31 2026-12-13", With::nothing, 34,
     "expected a date as YYYY-MM-DD, got '2026-11-31'"},
    {at + "!resume 2026-12-04 pain=2", With::nothing, 46,
     "pain goes with a line of sets, not with a resume"},
    {at + "!undo", With::nothing, 32, "expected the time of the record it cancels"},
};

} // namespace

TEST_CASE("log_line::read_log_line gives the column and what was expected, as parse_log_line "
          "throws them") {
    Contexts contexts;
    for (const BadLine& bad : bad_lines) {
        CAPTURE(bad.line);
        const LineContext& context = bad.with == With::nothing   ? contexts.none
                                     : bad.with == With::routine ? contexts.routine_only
                                                                 : contexts.new_york;
        LogEntry entry;
        LineProblem problem;
        REQUIRE(read_log_line(bad.line, entry, problem, context) == LineKind::invalid);
        CHECK(problem == LineProblem{bad.column, bad.message, bad.unknown_exercise});
        try {
            parse_log_line(bad.line, entry, context);
            FAIL("parse_log_line took the line");
        } catch (const LogLineError& error) {
            CHECK(error.column() == bad.column);
            CHECK(error.what() == bad.message);
            CHECK(error.unknown_exercise() == bad.unknown_exercise);
        }
    }
}

TEST_CASE("log_line::read_log_line reads good and blank lines without a problem") {
    LogEntry entry;
    LineProblem problem;
    CHECK(read_log_line("2026-11-24T07:30:00+01:00 action2 20 18", entry, problem) ==
          LineKind::entry);
    CHECK(entry.amounts == std::vector<int>{20, 18});
    CHECK(read_log_line("   # a comment", entry, problem) == LineKind::blank);
    CHECK(read_log_line("", entry, problem) == LineKind::blank);
    CHECK(problem == LineProblem{});
    // A reader of many lines reuses one problem: each bad line's replaces the one before.
    CHECK(read_log_line(at + "action2 0", entry, problem) == LineKind::invalid);
    CHECK(read_log_line(at + "Action2 20", entry, problem) == LineKind::invalid);
    CHECK(problem == LineProblem{27, "expected an exercise id, got 'Action2'", ""});
}

TEST_CASE("log_line::parse_log_line shows control characters and bad bytes escaped") {
    using Problem = std::pair<int, std::string>;
    SECTION("in what it got: a terminal's escape sequences reach no terminal") {
        CHECK(problem_of("\x1b]2;pwned\x07\x1b[2J action2 20") ==
              Problem{1, "expected a date or time such as 2026-11-24, 2026-11-24T07:30 or "
                         "2026-11-24T07:30:00+01:00, got '\\x1b]2;pwned\\x07\\x1b[2J'"});
        CHECK(problem_of("2026-11-24T07:30:00+00:00 action2 2\x1b[31m") ==
              Problem{35, "expected reps from 1 to 1000 (or seconds such as 45s), got "
                          "'2\\x1b[31m'"});
        CHECK(problem_of("2026-11-24T07:30:00+00:00 act\xff 20") ==
              Problem{27, "expected an exercise id, got 'act\\xff'"});
    }
    SECTION("in a note: a control character is called one, not a byte that is not UTF-8") {
        CHECK(problem_of("2026-11-24T07:30:00+00:00 action2 20 # red \x1b[31m") ==
              Problem{44, "control character \\x1b in the note"});
    }
}
