#include "io/formats/text_writer.hpp"
#include "support/columns.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace backplan;
using namespace backplan::io;

using backplan::test::lines_of;
using backplan::test::terminal_columns;
using backplan::test::widest_line;

namespace {

// The parts one after the other (GCC 12 warns wrongly of string + literal, -Warray-bounds).
std::string joined(std::initializer_list<std::string_view> parts) {
    std::string text;
    for (std::string_view part : parts) {
        text += part;
    }
    return text;
}

core::Plan plan_of(std::vector<core::PlanItem> items, int weeks = 1) {
    core::Plan plan{"Test", {}};
    core::Date start = core::parse_date("2026-11-23");
    for (int w = 0; w < weeks; ++w) {
        plan.weeks.push_back({w + 1,
                              core::add_days(start, 7 * w),
                              core::add_days(start, 7 * w + 6),
                              {{core::add_days(start, 7 * w), items, std::nullopt}}});
    }
    return plan;
}

} // namespace

TEST_CASE("text_writer::write_text_plan") {
    SECTION("a day's line has the id, name, sets x reps and a box per set") {
        std::ostringstream out;
        write_text_plan(plan_of({{"a1", "Row", core::Unit::reps, {3, 17}},
                                 {"hold", "Plank", core::Unit::seconds, {2, 45}}}),
                        false, out);
        std::vector<std::string> lines = lines_of(out.str());
        REQUIRE(lines.size() == 9);
        CHECK(lines[0] == "Test: 1 week from 2026-11-23");
        CHECK(lines[3] == "Week 1: 2026-11-23 to 2026-11-29");
        CHECK(lines[4] == "================================");
        CHECK(lines[6] == "Mon 2026-11-23");
        CHECK(lines[7] == "  a1    Row    3 x 17 reps  [ ] [ ] [ ]");
        CHECK(lines[8] == "  hold  Plank  2 x 45 sec   [ ] [ ]");
    }
    SECTION("no line is wider than 80 columns, however long the names") {
        std::string long_id(24, 'x');
        std::string long_name(80, 'N');
        std::ostringstream out;
        write_text_plan(plan_of({{long_id, long_name, core::Unit::reps, {10, 1000}},
                                 {"a", "Short", core::Unit::reps, {1, 5}}}),
                        false, out);
        for (const std::string& line : lines_of(out.str())) {
            CAPTURE(line);
            CHECK(line.size() <= text_width);
        }
        CHECK(out.str().find("NNN...") != std::string::npos);
        CHECK(out.str().find("[ ] [ ] [ ] [ ] [ ] [ ] [ ] [ ] [ ] [ ]") != std::string::npos);
    }
    SECTION("names are measured in display columns: wide characters take two, marks none") {
        std::ostringstream out;
        write_text_plan(plan_of({{"cjk",
                                  "背中のトレーニング背中のトレーニング背中のトレーニング",
                                  core::Unit::reps,
                                  {5, 25}},
                                 {"mark",
                                  "Ru\xcc\x88"
                                  "ckenstrecker",
                                  core::Unit::reps,
                                  {5, 25}}}),
                        false, out);
        std::vector<std::string> lines = lines_of(out.str());
        REQUIRE(lines.size() == 9);
        // 2 + 4 + 2 + name + 2 + 11 + 2 + 19 = 80: the name gets 38 columns, 35 before the
        // marker: 17 wide characters (34) and 1 column of padding after the marker.
        CHECK(lines[7] ==
              "  cjk   背中のトレーニング背中のトレーニン...   5 x 25 reps  [ ] [ ] [ ] [ ] [ ]");
        CHECK(lines[8] == joined({"  mark  Ru\xcc\x88"
                                  "ckenstrecker",
                                  std::string(24, ' '), "  5 x 25 reps  [ ] [ ] [ ] [ ] [ ]"}));
        CHECK(terminal_columns(lines[7]) == 80);
        CHECK(terminal_columns(lines[8]) == 80);
        CHECK(widest_line(out.str()) == 80);
    }
    SECTION("an emoji sequence is cut whole or not at all") {
        // U+1F9D8 U+200D U+2640 U+FE0F, a woman in lotus position: one grapheme of 3 columns
        // as wcswidth counts them (2 + 0 + 1 + 0).
        std::string lotus = "\xf0\x9f\xa7\x98\xe2\x80\x8d\xe2\x99\x80\xef\xb8\x8f";
        std::string name;
        for (int i = 0; i < 20; ++i) {
            name += lotus;
        }
        std::ostringstream out;
        write_text_plan(plan_of({{"yoga", name, core::Unit::seconds, {5, 60}}}), false, out);
        std::string line = lines_of(out.str())[7];
        // 2 + 4 + 2 + name + 2 + 10 + 2 + 19 = 80 leaves 39: 12 whole sequences (36 columns)
        // and the marker.
        std::string kept;
        for (int i = 0; i < 12; ++i) {
            kept += lotus;
        }
        CHECK(line == "  yoga  " + kept + "...  5 x 60 sec  [ ] [ ] [ ] [ ] [ ]");
        CHECK(terminal_columns(line) == 80);
    }
    SECTION("the title's routine name is cut to keep the title within 80 columns") {
        core::Plan plan = plan_of({{"a1", "Row", core::Unit::reps, {2, 15}}});
        plan.routine_name =
            joined({std::string(30, 'R'), "背中のトレーニング背中のトレーニング背中"});
        std::ostringstream out;
        write_text_plan(plan, false, out);
        // ": 1 week from 2026-11-23" is 24 columns: the name gets 56, 53 before the marker:
        // the 30 R and 11 wide characters (22).
        CHECK(lines_of(out.str())[0] ==
              joined({std::string(30, 'R'), "背中のトレーニング背中...: 1 week from 2026-11-23"}));
        CHECK(terminal_columns(lines_of(out.str())[0]) == 79);
    }
    SECTION("page breaks put a form feed before every week but the first") {
        std::ostringstream out;
        write_text_plan(plan_of({{"a1", "Row", core::Unit::reps, {2, 15}}}, 3), true, out);
        std::string text = out.str();
        CHECK(std::count(text.begin(), text.end(), '\f') == 2);
        CHECK(text.find("\fWeek 2:") != std::string::npos);
        CHECK(text.find("\fWeek 3:") != std::string::npos);
    }
}

TEST_CASE("text_writer::wrap_text") {
    CHECK(wrap_text("one two three four", 10, "- ", "  ") == "- one two\n  three\n  four");
    CHECK(wrap_text("word", 10, "", "") == "word");
    SECTION("measures display columns") {
        CHECK(wrap_text("背中 背中 背中", 11, "- ", "  ") == "- 背中 背中\n  背中");
        CHECK(wrap_text("背中 背中 背中", 10, "- ", "  ") == "- 背中\n  背中\n  背中");
    }
    SECTION("breaks a word too wide for a line between graphemes") {
        CHECK(wrap_text("背中のトレーニング", 10, "- ", "  ") == "- 背中のト\n  レーニン\n  グ");
        CHECK(wrap_text("see abcdefghijkl", 8, "", "") == "see\nabcdefgh\nijkl");
    }
}

TEST_CASE("text_writer::write_exercise fits 80 columns") {
    core::Routine routine;
    routine.name = "Test";
    core::Exercise exercise;
    exercise.id = "cjk";
    // 40 wide characters: 80 columns.
    exercise.name = "背中のトレーニング背中のトレーニング背中のトレーニング背中のトレーニング"
                    "背中のト";
    exercise.aliases = {"back", "training"};
    exercise.equipment = {std::string(30, 'm'), std::string(30, 't'), "背中のトレーニング"};
    exercise.cues = {"背中のトレーニング背中のトレーニング背中のトレーニング背中のトレーニング"
                     "背中のトレーニング"};
    exercise.progression = {core::Unit::reps, 2, {15, 20}, {4, 5}, {20, 25}, 1, 1, 2, 0};
    routine.exercises = {exercise};
    routine.days = core::parse_weekdays("mon");
    SECTION("show ACTION: the heading cut, lists and cues wrapped") {
        std::ostringstream out;
        write_exercise(routine, exercise, out);
        write_cues(exercise, out);
        CHECK(widest_line(out.str()) <= 80);
        std::vector<std::string> lines = lines_of(out.str());
        // "cjk: " and 36 wide characters (72 columns) before the marker.
        CHECK(lines[0] == "cjk: 背中のトレーニング背中のトレーニング背中のトレーニング背中の"
                          "トレーニング...");
        CHECK(lines[2] ==
              joined({"Equipment:   ", std::string(30, 'm'), ", ", std::string(30, 't'), ","}));
        CHECK(lines[3] == "             背中のトレーニング");
    }
}

TEST_CASE("text_writer::write_exercise") {
    core::Routine routine;
    routine.days = core::parse_weekdays("mon,wed,fri");
    core::Exercise exercise{
        "a1",
        "Row",
        {"rower"},
        {"mat"},
        {"Pull."},
        std::nullopt,
        core::Progression{core::Unit::reps, 2, {15, 20}, {4, 5}, {20, 25}, 1, 1}};
    std::ostringstream out;
    SECTION("the weeks of full compliance to enter the target and to top it") {
        // The built-in ladder: 4 x 20 is step 16, 5 x 25 step 27 (see progression_test).
        write_exercise(routine, exercise, out);
        write_cues(exercise, out);
        CHECK(out.str() ==
              "a1: Row\n"
              "Also:        rower\n"
              "Equipment:   mat\n"
              "Days:        mon,wed,fri\n"
              "Start:       2 sets of 15-20 reps\n"
              "Target:      4-5 sets of 20-25 reps\n"
              "Progression: +1 rep every week met; at the top of the range a set is added and\n"
              "             the reps drop back. A week is met when 2 of its 3 sessions\n"
              "             (mon,wed,fri) reach the step. Week 1 is 2 x 15 reps; weeks of full\n"
              "             compliance to enter the target (4 x 20 reps): 15; to top it (5 x 25\n"
              "             reps): 26. Once it is met, 4 x 20 reps keeps it.\n"
              "How:\n"
              "  - Pull.\n");
    }
    SECTION("the exercise's own days, and a count of sessions of its own") {
        exercise.days = core::parse_weekdays("tue,thu");
        exercise.progression.sessions_to_meet = 2;
        exercise.progression.weeks_per_step = 2;
        write_exercise(routine, exercise, out);
        // The paragraph unwrapped: its lines joined again.
        std::string text = out.str();
        for (std::size_t at = text.find("\n             "); at != std::string::npos;
             at = text.find("\n             ")) {
            text.replace(at, 14, " ");
        }
        CHECK(text.find("Days:        tue,thu\n") != std::string::npos);
        CHECK(text.find("+1 rep every 2 weeks met;") != std::string::npos);
        CHECK(text.find("A week is met when all its 2 sessions (tue,thu) reach the step.") !=
              std::string::npos);
        // Each step held two weeks: 2 x 15 = 30 and 2 x 26 = 52.
        CHECK(text.find("(4 x 20 reps): 30; to top it (5 x 25 reps): 52.") != std::string::npos);
        exercise.then = "a2";
        std::ostringstream variant;
        write_exercise(routine, exercise, variant);
        CHECK(variant.str().find("Once it is met, the plan moves on to a2.") != std::string::npos);
    }
}
