// The whole routine as the coach holds it: variants (then:) that take their exercise's place
// once its target is reached, and where each exercise stands. A short ladder makes the weeks
// few: 1 x 3, 1 x 4, 1 x 5, 1 x 6 (steps 0-3); 1 x 4 is the first in the target, the
// maintenance dose. Days mon, wed, fri: two sessions meet a week.
#include "core/coach.hpp"
#include "core/plan.hpp"

#include <catch2/catch.hpp>

using namespace backplan::core;

namespace {

Date day(const char* text) {
    return parse_date(text);
}

Routine routine() {
    Routine r;
    r.name = "Lines";
    r.days = parse_weekdays("mon,wed,fri");
    Progression p{Unit::reps, 1, {3, 4}, {1, 1}, {4, 6}, 1, 1};
    r.exercises.push_back({"a1", "First", {}, {}, {}, std::nullopt, p, std::nullopt, "b1"});
    r.exercises.push_back({"c1", "Other", {}, {}, {}, std::nullopt, p});
    r.exercises.push_back({"b1", "First, harder", {}, {}, {}, std::nullopt, p});
    return r;
}

void add(LogHistory& history, const char* id, const char* date, int reps) {
    history.add(LogEntry{{day(date), 8 * 3600, 0}, id, Unit::reps, {reps}, "", {}, {}});
}

std::vector<std::string> ids_on(const Coach& coach, const char* date) {
    std::vector<std::string> ids;
    for (std::size_t e : coach.exercises_on(day(date))) {
        ids.push_back(coach.routine().exercises[e].id);
    }
    return ids;
}

} // namespace

TEST_CASE("coach::Coach, nothing logged: a variant takes its exercise's place from the week "
          "after the target") {
    Routine r = routine();
    // Today Monday 11-30: 1 x 3, then 1 x 4, 1 x 5, and 1 x 6 in the week of 12-21, which
    // would be met on Wednesday 12-23 (Monday and Wednesday).
    Coach coach(r, LogHistory{}, day("2026-11-30"), day("2027-01-11"));
    CHECK(coach.replay(0).prescribed(day("2026-12-21")) == Step{1, 6});
    REQUIRE(coach.replay(0).reached);
    CHECK(format_date(coach.replay(0).reached->date) == "2026-12-23");
    CHECK(coach.replay(0).reached->ahead);
    CHECK(ids_on(coach, "2026-12-21") == std::vector<std::string>{"a1", "c1"});
    CHECK(ids_on(coach, "2026-12-28") == std::vector<std::string>{"b1", "c1"});
    CHECK(ids_on(coach, "2026-12-29").empty()); // a Tuesday
    CHECK(format_date(*coach.active_from(2)) == "2026-12-28");
    CHECK(format_date(*coach.active_until(0)) == "2026-12-21");
    CHECK_FALSE(coach.active_until(1)); // no variant: it stays, at the maintenance dose
    CHECK(coach.replay(2).prescribed(day("2026-12-28")) == Step{1, 3});
    CHECK(coach.replay(2).prescribed(day("2027-01-04")) == Step{1, 4});
    CHECK(coach.replay(1).prescribed(day("2026-12-28")) == Step{1, 4});
    CHECK(coach.current_of(0, day("2026-12-28")) == 2);
    CHECK(coach.current_of(2, day("2026-12-07")) == 0);
    SECTION("a horizon that ends before the target: the variant is not in the plan") {
        Coach near(r, LogHistory{}, day("2026-11-30"), day("2026-12-14"));
        CHECK_FALSE(near.active(2, day("2026-12-07")));
        CHECK(ids_on(near, "2026-12-07") == std::vector<std::string>{"a1", "c1"});
    }
    SECTION("fresh: the same line, from the plan's first week") {
        Coach fresh = Coach::fresh(r, day("2026-11-30"), day("2027-01-11"));
        CHECK(ids_on(fresh, "2026-12-21") == std::vector<std::string>{"a1", "c1"});
        CHECK(ids_on(fresh, "2026-12-28") == std::vector<std::string>{"b1", "c1"});
        CHECK(fresh.replay(2).prescribed(day("2027-01-04")) == Step{1, 4});
    }
}

TEST_CASE("coach::Coach, a target reached in the log") {
    Routine r = routine();
    LogHistory history;
    // a1 on Mon and Wed: 1 x 3 from 11-02, met each week; 1 x 6 met on Wed 11-25.
    const char* days[][2] = {{"2026-11-02", "2026-11-04"},
                             {"2026-11-09", "2026-11-11"},
                             {"2026-11-16", "2026-11-18"},
                             {"2026-11-23", "2026-11-25"}};
    for (int w = 0; w < 4; ++w) {
        add(history, "a1", days[w][0], 3 + w);
        add(history, "a1", days[w][1], 3 + w);
    }
    // Today Wednesday 12-09: b1 since 11-30, nothing logged that week: missed, held at its
    // first step; Monday 12-07 done.
    add(history, "b1", "2026-12-07", 3);
    Coach coach(r, history, day("2026-12-09"), day("2026-12-21"));
    REQUIRE(coach.replay(0).reached);
    CHECK(format_date(coach.replay(0).reached->date) == "2026-11-25");
    CHECK_FALSE(coach.replay(0).reached->ahead);
    CHECK(ids_on(coach, "2026-11-25") == std::vector<std::string>{"a1", "c1"});
    CHECK(ids_on(coach, "2026-11-30") == std::vector<std::string>{"b1", "c1"});
    const WeekRecord* first = coach.replay(2).week(day("2026-11-30"));
    REQUIRE(first != nullptr);
    CHECK(first->judgement.outcome == Outcome::missed);
    CHECK(coach.replay(2).prescribed(day("2026-12-09")) == Step{1, 3});
    CHECK(coach.replay(2).prescribed(day("2026-12-14")) == Step{1, 4}); // this week in progress
    SECTION("standing: where each stands on the day") {
        Standing b1 = coach.standing(2, day("2026-12-09"));
        CHECK(b1.step == Step{1, 3});
        CHECK(b1.step_number == 1);
        CHECK(b1.steps == 4);
        CHECK_FALSE(b1.maintenance);
        // 1 x 3 this week (in progress), 1 x 4, 1 x 5, then 1 x 6 in the week of 12-28 met on
        // Wednesday 12-30.
        REQUIRE(b1.reached);
        CHECK(b1.reached->ahead);
        CHECK(format_date(b1.reached->date) == "2026-12-30");
        Standing a1 = coach.standing(0, day("2026-11-25"));
        CHECK(a1.step == Step{1, 6});
        CHECK(format_date(a1.reached->date) == "2026-11-25");
        CHECK_FALSE(a1.reached->ahead);
    }
    SECTION("the plan holds what the coach holds") {
        PlanRequest request{day("2026-11-23"), day("2026-12-09"), 2, std::nullopt, false};
        Plan plan = build_plan(r, history, request);
        REQUIRE(plan.weeks[1].days.size() == 3);
        const PlanDay& monday = plan.weeks[1].days[0];
        REQUIRE(monday.items.size() == 2);
        CHECK(monday.items[0].id == "b1");
        CHECK(monday.items[0].step == Step{1, 3});
        CHECK(monday.items[1].id == "c1");
    }
}
