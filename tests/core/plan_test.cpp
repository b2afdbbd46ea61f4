#include "core/plan.hpp"
#include "core/random_history.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace backplan::core;
using backplan::test::history_before;
using backplan::test::property_routine;
using backplan::test::random_history;

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

LogEntry entry(const char* date, const char* id, std::vector<int> amounts) {
    return LogEntry{
        {parse_date(date), 8 * 3600, 0}, id, Unit::reps, std::move(amounts), "", {}, {}};
}

// The step of exercise id on date in the plan, if the plan has it that day.
std::optional<Step> step_on(const Plan& plan, Date date, const std::string& id) {
    for (const PlanWeek& week : plan.weeks) {
        for (const PlanDay& day : week.days) {
            for (const PlanItem& item : day.items) {
                if (day.date == date && item.id == id) {
                    return item.step;
                }
            }
        }
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("plan::build_plan") {
    Routine routine = two_exercise_routine();
    LogHistory none;
    PlanRequest request{parse_date("2026-11-23"), 2, std::nullopt, false};

    SECTION("weeks of seven days from the start, each exercise on its own days") {
        Plan plan = build_plan(routine, none, request);
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
    SECTION("nothing logged: the ladder's first step on every date") {
        Plan plan = build_plan(routine, none, request);
        CHECK(plan.weeks[0].days[0].items[0].step == Step{2, 15});
        CHECK(plan.weeks[1].days[0].items[0].step == Step{2, 15});
    }
    SECTION("fresh: the ladder from its first step in the week of start, every week met") {
        request.fresh = true;
        request.start = parse_date("2026-11-26"); // a Thursday
        Plan plan = build_plan(routine, none, request);
        CHECK(step_on(plan, parse_date("2026-11-26"), "a1") == Step{2, 15});
        CHECK(step_on(plan, parse_date("2026-11-28"), "a2") == Step{2, 15});
        CHECK(step_on(plan, parse_date("2026-11-30"), "a1") == Step{2, 16});
        CHECK(step_on(plan, parse_date("2026-12-07"), "a1") == Step{2, 17});
    }
    SECTION("the log moves the step once a week, Monday to Sunday, whatever the start") {
        // a1 on mon, thu: one session of two meets the week. 2 x 15 met on Mon 11-16.
        LogHistory history;
        history.add(entry("2026-11-16", "a1", {15, 15}));
        history.add(entry("2026-11-23", "a1", {16, 16})); // the next week's: met too
        request.start = parse_date("2026-11-19");         // a Thursday
        request.weeks = 3;
        Plan plan = build_plan(routine, history, request);
        CHECK(step_on(plan, parse_date("2026-11-19"), "a1") == Step{2, 15});
        CHECK(step_on(plan, parse_date("2026-11-23"), "a1") == Step{2, 16});
        CHECK(step_on(plan, parse_date("2026-11-26"), "a1") == Step{2, 16});
        CHECK(step_on(plan, parse_date("2026-11-30"), "a1") == Step{2, 17});
        // Weeks with nothing at all in the log are taken as met, as every week ahead.
        CHECK(step_on(plan, parse_date("2026-12-03"), "a1") == Step{2, 17});
        // a2 was never logged: its first step, on every date.
        CHECK(step_on(plan, parse_date("2026-11-28"), "a2") == Step{2, 15});
        CHECK(step_on(plan, parse_date("2026-12-05"), "a2") == Step{2, 15});
    }
    SECTION("requested days replace the routine's and the exercises' own, and only in view") {
        LogHistory history;
        history.add(entry("2026-11-16", "a1", {15, 15}));
        request.days = parse_weekdays("tue");
        Plan plan = build_plan(routine, history, request);
        REQUIRE(plan.weeks[0].days.size() == 1);
        CHECK(format_date(plan.weeks[0].days[0].date) == "2026-11-24");
        CHECK(plan.weeks[0].days[0].items.size() == 2);
        // Judged on mon, thu (one session to meet), not on tue.
        CHECK(step_on(plan, parse_date("2026-11-24"), "a1") == Step{2, 16});
    }
    SECTION("a start that is not a Monday starts each week on that weekday") {
        request.start = parse_date("2026-11-26");
        Plan plan = build_plan(routine, none, request);
        CHECK(format_date(plan.weeks[0].last) == "2026-12-02");
        CHECK(format_date(plan.weeks[0].days[0].date) == "2026-11-26");
        CHECK(format_date(plan.weeks[0].days.back().date) == "2026-11-30");
    }
}

TEST_CASE("plan::build_plan gives one prescription per date, however it is asked") {
    Routine routine = property_routine();
    Date first = parse_date("2026-08-03"); // a Monday
    const int weeks = 20;
    std::set<int> outcomes;
    for (unsigned seed = 1; seed <= 25; ++seed) {
        std::mt19937 random(seed);
        LogHistory history = random_history(routine, first, weeks, random);
        LoggedWeeks logged = history.logged_weeks();
        // Every date from the week before the log to three weeks after it, on every day.
        Date from = add_days(first, -7);
        int days = 7 * (weeks + 4);
        PlanRequest everything{from, weeks + 4, WeekdaySet::all(), false};
        Plan whole = build_plan(routine, history, everything);
        PlanRequest shifted{add_days(from, -6), weeks + 5, std::nullopt, false}; // a Tuesday
        Plan tuesdays = build_plan(routine, history, shifted);
        for (const Exercise& exercise : routine.exercises) {
            CAPTURE(seed, exercise.id);
            WeekdaySet own = training_days(routine, exercise);
            std::set<std::pair<int, int>> seen;
            for (const WeekRecord& week :
                 replay(exercise.progression, own, history.sessions(exercise.id), logged, Pauses{},
                        add_days(from, days))
                     .weeks) {
                outcomes.insert(static_cast<int>(week.judgement.outcome));
            }
            for (int d = 0; d < days; ++d) {
                Date date = add_days(from, d);
                Date monday = monday_of_week(date);
                CAPTURE(format_date(date));
                // The definition: the log before the date's week decides it.
                LogHistory before = history_before(routine, history, monday);
                Step expected = replay(exercise.progression, own, before.sessions(exercise.id),
                                       before.logged_weeks(), Pauses{}, date)
                                    .now;
                seen.insert({expected.sets, expected.amount});
                CHECK(step_on(whole, date, exercise.id) == expected);
                if (own.contains(weekday_of(date))) {
                    CHECK(step_on(tuesdays, date, exercise.id) == expected);
                }
                // generate --start DATE --weeks 1, and today's two weeks from the Monday.
                PlanRequest on_date{date, 1, WeekdaySet::all(), false};
                CHECK(step_on(build_plan(routine, history, on_date), date, exercise.id) ==
                      expected);
                PlanRequest today{monday, 2, std::nullopt, false};
                std::optional<Step> planned =
                    step_on(build_plan(routine, history, today), date, exercise.id);
                CHECK(planned ==
                      (own.contains(weekday_of(date)) ? std::optional(expected) : std::nullopt));
                // why: the replay up to the date's week.
                CHECK(replay(exercise.progression, own, history.sessions(exercise.id), logged,
                             Pauses{}, date)
                          .now == expected);
            }
            CHECK(seen.size() >= 2); // the log moved it: the property is not a constant
        }
    }
    // Every kind of week happened: met, partly met, short, not logged, unlogged.
    CHECK(outcomes.size() == 5);
}
