#include "io/text_writer.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace backplan;
using namespace backplan::io;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        lines.push_back(line);
    }
    return lines;
}

core::Plan plan_of(std::vector<core::PlanItem> items, int weeks = 1) {
    core::Plan plan{"Test", {}};
    core::Date start = core::parse_date("2026-11-23");
    for (int w = 0; w < weeks; ++w) {
        plan.weeks.push_back({w + 1,
                              core::add_days(start, 7 * w),
                              core::add_days(start, 7 * w + 6),
                              {{core::add_days(start, 7 * w), items}}});
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
              "             reps): 26.\n"
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
    }
}
