#include "core/plan.hpp"

#include <catch2/catch.hpp>

using namespace backplan::core;

namespace {

Routine two_exercise_routine() {
    Routine routine;
    routine.name = "Test routine";
    routine.days = parse_weekdays("mon,thu");
    Progression p{Unit::reps, 2, {15, 20}, {4, 5}, {20, 25}, 1, 1};
    routine.exercises.push_back({"a1", "First", {}, {}, {}, std::nullopt, p});
    routine.exercises.push_back({"a2", "Second", {}, {}, {}, parse_weekdays("sat"), p});
    return routine;
}

} // namespace

TEST_CASE("plan::build_plan") {
    Routine routine = two_exercise_routine();
    PlanRequest request{parse_date("2026-11-23"), 2, std::nullopt, {}};

    SECTION("weeks of seven days from the start, each exercise on its own days") {
        Plan plan = build_plan(routine, request);
        REQUIRE(plan.weeks.size() == 2);
        CHECK(plan.routine_name == "Test routine");
        CHECK(format_date(plan.weeks[1].first) == "2026-11-30");
        CHECK(format_date(plan.weeks[1].last) == "2026-12-06");
        const PlanWeek& week = plan.weeks[0];
        REQUIRE(week.days.size() == 3);
        CHECK(format_date(week.days[0].date) == "2026-11-23");
        CHECK(format_date(week.days[1].date) == "2026-11-26");
        CHECK(format_date(week.days[2].date) == "2026-11-28");
        REQUIRE(week.days[2].items.size() == 1);
        CHECK(week.days[2].items[0].id == "a2");
    }
    SECTION("the ladder moves once a week, the same on every day of the week") {
        Plan plan = build_plan(routine, request);
        CHECK(plan.weeks[0].days[0].items[0].step == Step{2, 15});
        CHECK(plan.weeks[0].days[1].items[0].step == Step{2, 15});
        CHECK(plan.weeks[1].days[0].items[0].step == Step{2, 16});
    }
    SECTION("requested days replace the routine's and the exercises' own") {
        request.days = parse_weekdays("tue");
        Plan plan = build_plan(routine, request);
        REQUIRE(plan.weeks[0].days.size() == 1);
        CHECK(format_date(plan.weeks[0].days[0].date) == "2026-11-24");
        CHECK(plan.weeks[0].days[0].items.size() == 2);
    }
    SECTION("a start that is not a Monday starts each week on that weekday") {
        request.start = parse_date("2026-11-26");
        Plan plan = build_plan(routine, request);
        CHECK(format_date(plan.weeks[0].last) == "2026-12-02");
        CHECK(format_date(plan.weeks[0].days[0].date) == "2026-11-26");
        CHECK(format_date(plan.weeks[0].days.back().date) == "2026-11-30");
    }
}
