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
    // Today Monday 2026-11-23.
    PlanRequest request{parse_date("2026-11-23"), parse_date("2026-11-23"), 2, std::nullopt, false};

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
    SECTION("nothing logged: the ladder starts this week and climbs") {
        Plan plan = build_plan(routine, none, request);
        CHECK(step_on(plan, parse_date("2026-11-23"), "a1") == Step{2, 15});
        CHECK(step_on(plan, parse_date("2026-11-28"), "a2") == Step{2, 15});
        CHECK(step_on(plan, parse_date("2026-11-30"), "a1") == Step{2, 16});
        CHECK(step_on(plan, parse_date("2026-12-05"), "a2") == Step{2, 16});
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
        request.today = parse_date("2026-11-24");         // a Tuesday
        request.weeks = 3;
        Plan plan = build_plan(routine, history, request);
        CHECK(step_on(plan, parse_date("2026-11-19"), "a1") == Step{2, 15});
        CHECK(step_on(plan, parse_date("2026-11-23"), "a1") == Step{2, 16});
        CHECK(step_on(plan, parse_date("2026-11-26"), "a1") == Step{2, 16});
        CHECK(step_on(plan, parse_date("2026-11-30"), "a1") == Step{2, 17});
        CHECK(step_on(plan, parse_date("2026-12-03"), "a1") == Step{2, 17});
        // a2 was never logged: its ladder starts this week, as its Saturday is still to come.
        CHECK(step_on(plan, parse_date("2026-11-28"), "a2") == Step{2, 15});
        CHECK(step_on(plan, parse_date("2026-12-05"), "a2") == Step{2, 16});
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
    // The definition: a date's prescription depends on the log before the date and on today,
    // whatever the view, its start, weeks or days.
    Routine routine = property_routine();
    Date first = parse_date("2026-08-03"); // a Monday
    const int weeks = 20;
    std::set<int> outcomes;
    int moved = 0;
    for (unsigned seed = 1; seed <= 25; ++seed) {
        std::mt19937 random(seed);
        LogHistory history = random_history(routine, first, weeks, random);
        // Today anywhere from the log's first week to two weeks after it.
        Date today = add_days(first, std::uniform_int_distribution(0, 7 * (weeks + 2))(random));
        // Every date from the week before the log to three weeks after it, on every day.
        Date from = add_days(first, -7);
        int days = 7 * (weeks + 4);
        PlanRequest everything{from, today, weeks + 4, WeekdaySet::all(), false};
        Plan whole = build_plan(routine, history, everything);
        PlanRequest shifted{add_days(from, -6), today, weeks + 5, std::nullopt, false};
        Plan tuesdays = build_plan(routine, history, shifted);
        for (const Exercise& exercise : routine.exercises) {
            CAPTURE(seed, exercise.id, format_date(today));
            WeekdaySet own = training_days(routine, exercise);
            std::set<std::pair<int, int>> seen;
            for (const WeekRecord& week :
                 replay(exercise.progression,
                        {own, &history.sessions(exercise.id), &history.pauses(), today},
                        add_days(from, days))
                     .weeks) {
                outcomes.insert(static_cast<int>(week.judgement.outcome));
            }
            for (int d = 0; d < days; ++d) {
                Date date = add_days(from, d);
                Date monday = monday_of_week(date);
                CAPTURE(format_date(date));
                LogHistory before = history_before(routine, history, date);
                Step expected =
                    replay(exercise.progression,
                           {own, &before.sessions(exercise.id), &before.pauses(), today},
                           add_days(monday, 7))
                        .prescribed(date);
                seen.insert({expected.sets, expected.amount});
                CHECK(step_on(whole, date, exercise.id) == expected);
                if (own.contains(weekday_of(date))) {
                    CHECK(step_on(tuesdays, date, exercise.id) == expected);
                }
                // generate --start DATE --weeks 1, the week from its Monday (pain within it
                // lowers its rest), and today's two weeks from the Monday.
                PlanRequest on_date{date, today, 1, WeekdaySet::all(), false};
                CHECK(step_on(build_plan(routine, history, on_date), date, exercise.id) ==
                      expected);
                PlanRequest its_week{monday, today, 1, WeekdaySet::all(), false};
                CHECK(step_on(build_plan(routine, history, its_week), date, exercise.id) ==
                      expected);
                PlanRequest two_weeks{monday, today, 2, std::nullopt, false};
                std::optional<Step> planned =
                    step_on(build_plan(routine, history, two_weeks), date, exercise.id);
                CHECK(planned ==
                      (own.contains(weekday_of(date)) ? std::optional(expected) : std::nullopt));
            }
            moved += seen.size() >= 2 ? 1 : 0;
        }
    }
    // The log moved the steps: the property is not about constants.
    CHECK(moved >= 60); // of 75
    // Every kind of week happened: met, partly met, short, missed, under way, ahead.
    CHECK(outcomes.size() == 6);
}

TEST_CASE("plan::build_plan: a printed plan stays right while it is followed") {
    // Random routines, schedules, start days: print the plan; then, day by day, log exactly
    // what it printed for the day; every date's prescription printed anew is the first print's.
    // Skipping a day or a week changes the plan only from that point on.
    std::mt19937 random(20261206);
    auto pick = [&](int low, int high) {
        return std::uniform_int_distribution(low, high)(random);
    };
    for (int trial = 0; trial < 60; ++trial) {
        Routine routine;
        routine.name = "Random";
        WeekdaySet days;
        for (unsigned iso = 1; iso <= 7; ++iso) {
            if (pick(0, 2) == 0) {
                days.add(std::chrono::weekday(iso % 7));
            }
        }
        if (days.empty()) {
            days.add(std::chrono::Thursday);
        }
        routine.days = days;
        for (int e = 0; e < pick(1, 3); ++e) {
            int start_sets = pick(1, 3);
            int low = pick(5, 15);
            Progression p{Unit::reps,
                          start_sets,
                          {low, low + pick(0, 2)},
                          {start_sets, start_sets + pick(0, 2)},
                          {low + 2, low + 2 + pick(0, 4)},
                          pick(1, 2),
                          pick(1, 2)};
            p.deload_every = pick(0, 1) == 0 ? 0 : pick(2, 5);
            p.sessions_to_meet = pick(0, 2);
            routine.exercises.push_back(
                {"e" + std::to_string(e), "E", {}, {}, {}, std::nullopt, p});
        }
        if (routine.exercises.size() > 1 && pick(0, 1) == 0) {
            routine.exercises[0].then = "e1"; // a line: e1 follows e0
        }
        Date printed_on = add_days(parse_date("2026-11-02"), pick(0, 30));
        Date start = add_days(printed_on, -pick(0, 6));
        const int weeks = pick(2, 6);
        // Something logged before, or nothing at all.
        LogHistory history;
        if (pick(0, 1) == 0) {
            for (int d = 1; d <= 21; ++d) {
                Date date = add_days(printed_on, -d);
                if (days.contains(weekday_of(date)) && pick(0, 2) != 0) {
                    history.add(
                        LogEntry{{date, 7 * 3600, 0}, "e0", Unit::reps, {pick(5, 25)}, "", {}, {}});
                }
            }
        }
        PlanRequest request{start, printed_on, weeks, std::nullopt, false};
        Plan first = build_plan(routine, history, request);
        Date last = add_days(start, 7 * weeks - 1);
        // A day (or the days of a week) the trainee skips, or none.
        int skip = pick(0, 2);
        Date skipped = add_days(printed_on, pick(0, 7 * weeks));
        for (Date date = printed_on; date <= last; date = add_days(date, 1)) {
            bool skip_today = (skip == 1 && date == skipped) ||
                              (skip == 2 && monday_of_week(date) == monday_of_week(skipped));
            if (!skip_today) {
                for (const PlanWeek& week : first.weeks) {
                    for (const PlanDay& day : week.days) {
                        if (day.date != date) {
                            continue;
                        }
                        for (const PlanItem& item : day.items) {
                            history.add(
                                LogEntry{{date, 18 * 3600, 0},
                                         item.id,
                                         Unit::reps,
                                         std::vector<int>(static_cast<std::size_t>(item.step.sets),
                                                          item.step.amount),
                                         "",
                                         {},
                                         {}});
                        }
                    }
                }
            }
            request.today = date;
            Plan again = build_plan(routine, history, request);
            CAPTURE(trial, format_date(printed_on), format_date(date), skip, format_date(skipped));
            for (std::size_t w = 0; w < first.weeks.size(); ++w) {
                for (std::size_t d = 0; d < first.weeks[w].days.size(); ++d) {
                    const PlanDay& was = first.weeks[w].days[d];
                    // A week's step is set when it starts: a skip changes the weeks after.
                    bool before_skip = skip == 0 || was.date < add_days(monday_of_week(skipped), 7);
                    if (!before_skip) {
                        continue;
                    }
                    CAPTURE(format_date(was.date));
                    REQUIRE(again.weeks[w].days.size() == first.weeks[w].days.size());
                    const PlanDay& now = again.weeks[w].days[d];
                    REQUIRE(now.items.size() == was.items.size());
                    for (std::size_t i = 0; i < was.items.size(); ++i) {
                        CHECK(now.items[i].id == was.items[i].id);
                        CHECK(now.items[i].step == was.items[i].step);
                    }
                }
            }
        }
    }
}
