// Reports on a small hand-made log, every figure worked out by hand in the comments.
#include "core/plan.hpp"
#include "core/random_history.hpp"
#include "core/report.hpp"

#include <catch2/catch.hpp>

using namespace backplan::core;

namespace {

Exercise exercise(std::string id, Progression progression) {
    Exercise e;
    e.id = std::move(id);
    e.name = e.id;
    e.progression = progression;
    return e;
}

Routine routine() {
    Routine r;
    r.days = parse_weekdays("mon,wed,fri");
    r.exercises.push_back(exercise("a1", {Unit::reps, 2, {15, 20}, {4, 5}, {20, 25}, 1, 1}));
    r.exercises.push_back(exercise("h1", {Unit::seconds, 2, {20, 30}, {3, 3}, {45, 60}, 5, 1}));
    r.exercises.back().days = parse_weekdays("tue");
    return r;
}

LogHistory history() {
    LogHistory h;
    auto add = [&](const char* date, const char* id, Unit unit, std::vector<int> amounts) {
        h.add(LogEntry{{parse_date(date), 8 * 3600, 0}, id, unit, amounts, "", {}, {}});
    };
    add("2026-11-02", "a1", Unit::reps, {15, 15});     // Mon: meets 2 x 15
    add("2026-11-03", "h1", Unit::seconds, {20, 20});  // Tue: meets 2 x 20s, 1 of 1 session
    add("2026-11-04", "a1", Unit::reps, {15, 14});     // Wed: short: 1 of 3 met, 2 needed
    add("2026-11-09", "a1", Unit::reps, {16, 16, 18}); // Mon
    add("2026-11-11", "a1", Unit::reps, {10});         // Wed
    return h;
}

} // namespace

TEST_CASE("report::build_report") {
    Routine r = routine();
    LogHistory h = history();
    ReportRequest request{
        parse_date("2026-11-02"), parse_date("2026-11-13"), parse_date("2026-11-13"), {}};
    Report report = build_report(r, h, request);
    REQUIRE(report.weeks.size() == 2);

    SECTION("week 1: the ladder's first steps, on each scheduled day") {
        const ReportWeek& week = report.weeks[0];
        CHECK(format_date(week.first) == "2026-11-02");
        CHECK(week.sessions == 3); // Mon, Tue, Wed
        CHECK(week.total_reps == 59);
        CHECK(week.total_seconds == 40);
        const ExerciseWeek& a1 = week.exercises[0];
        CHECK(a1.step == Step{2, 15});
        CHECK(a1.planned_sets == 6);   // Mon, Wed, Fri x 2
        CHECK(a1.planned_total == 90); // 3 x 30
        CHECK(a1.done_sets == 4);
        CHECK(a1.done_total == 59);
        CHECK(a1.sessions == 2);
        CHECK(a1.percent() == 65); // 5900 / 90 = 65.5
        const ExerciseWeek& h1 = week.exercises[1];
        CHECK(h1.planned_sets == 2);
        CHECK(h1.planned_total == 40);
        CHECK(h1.percent() == 100);
    }
    SECTION("week 2: h1 met its week and moved on; a1 met 1 session of 3 and did not") {
        const ReportWeek& week = report.weeks[1];
        const ExerciseWeek& a1 = week.exercises[0];
        CHECK(a1.step == Step{2, 15});
        CHECK(a1.planned_total == 90);
        CHECK(a1.done_sets == 4);
        CHECK(a1.done_total == 60);
        CHECK(a1.percent() == 66); // 6000 / 90 = 66.7
        const ExerciseWeek& h1 = week.exercises[1];
        CHECK(h1.step == Step{2, 25});
        CHECK(h1.planned_total == 50);
        CHECK(h1.done_total == 0);
        CHECK(h1.percent() == 0);
        CHECK(week.sessions == 2);
    }
    SECTION("streaks count scheduled days; the last day does not break one before it is over") {
        // Scheduled: Mon Tue Wed Fri. Logged Mon Tue Wed (3), not Fri 6th (0), Mon 9th (1),
        // not Tue 10th (0), Wed 11th (1), Fri 13th is the last day: not over yet.
        CHECK(report.longest_streak == 3);
        CHECK(report.streak == 1);
    }
    SECTION("records: the best set and the best day, per exercise") {
        REQUIRE(report.records.size() == 2);
        CHECK(report.records[0].best_set->amount == 18);
        CHECK(format_date(report.records[0].best_set->date) == "2026-11-09");
        CHECK(report.records[0].best_session->amount == 50);
        CHECK(report.records[1].best_set->amount == 20);
        CHECK(report.records[1].best_session->amount == 40);
    }
    SECTION("since in mid-week: only the days from since count, planned and done") {
        request.since = parse_date("2026-11-04");
        Report later = build_report(r, h, request);
        const ExerciseWeek& a1 = later.weeks[0].exercises[0];
        CHECK(a1.planned_sets == 4); // Wed, Fri
        CHECK(a1.done_total == 29);
        CHECK(later.weeks[0].exercises[1].planned_total == 0); // Tue is before since
        CHECK(later.records[0].best_set->amount == 18);
    }
    SECTION("--action: one exercise; the default since is its first logged day") {
        Report one = build_report(
            r, h, {std::nullopt, parse_date("2026-11-13"), parse_date("2026-11-13"), {"h1"}});
        CHECK(format_date(one.since) == "2026-11-03");
        REQUIRE(one.weeks[0].exercises.size() == 1);
        CHECK(one.weeks[0].exercises[0].id == "h1");
        CHECK(one.records.size() == 1);
        CHECK(one.weeks[0].total_reps == 0);
    }
    SECTION("no log: one week, nothing done") {
        Report empty =
            build_report(r, LogHistory{},
                         {std::nullopt, parse_date("2026-11-13"), parse_date("2026-11-13"), {}});
        CHECK(empty.weeks.size() == 1);
        CHECK(empty.streak == 0);
        CHECK_FALSE(empty.records[0].best_set);
    }
    SECTION("until before the first logged day: an empty report on until, not a reversed range") {
        // The first entry is on 2026-11-02; nothing is logged up to 2026-10-30.
        Report empty = build_report(
            r, h, {std::nullopt, parse_date("2026-10-30"), parse_date("2026-10-30"), {}});
        CHECK(format_date(empty.since) == "2026-10-30");
        CHECK(format_date(empty.until) == "2026-10-30");
        CHECK(empty.weeks.empty());
        CHECK(empty.streak == 0);
        CHECK(empty.longest_streak == 0);
        REQUIRE(empty.records.size() == 2);
        CHECK_FALSE(empty.records[0].best_set);
        CHECK_FALSE(empty.records[1].best_session);
    }
}

TEST_CASE("report::build_report: a week with one good session of three is 65% and repeats") {
    // The built-in ladder to 2 x 20: five weeks met on Monday and Wednesday, 2 x 15 to 2 x 19.
    Routine r = routine();
    LogHistory h;
    auto add = [&](Date date, std::vector<int> amounts) {
        h.add(LogEntry{{date, 8 * 3600, 0}, "a1", Unit::reps, std::move(amounts), "", {}, {}});
    };
    Date monday = parse_date("2026-10-05");
    for (int week = 0; week < 5; ++week) {
        add(add_days(monday, 7 * week), {15 + week, 15 + week});
        add(add_days(monday, 7 * week + 2), {15 + week, 15 + week});
    }
    add(parse_date("2026-11-09"), {20, 18}); // Mon: short of 2 x 20
    add(parse_date("2026-11-11"), {20, 20}); // Wed: meets it; Fri: nothing
    Report report = build_report(
        r, h, {parse_date("2026-11-09"), parse_date("2026-11-22"), parse_date("2026-11-22"), {}});
    REQUIRE(report.weeks.size() == 2);
    const ExerciseWeek& week = report.weeks[0].exercises[0];
    CHECK(week.step == Step{2, 20});
    CHECK(week.planned_sets == 6);
    CHECK(week.planned_total == 120);
    CHECK(week.done_total == 78);
    CHECK(week.percent() == 65);                             // 7800 / 120
    CHECK(report.weeks[1].exercises[0].step == Step{2, 20}); // not 3 x 15
}

TEST_CASE("report::build_report plans each week as generate does") {
    Routine r = backplan::test::property_routine();
    Date first = parse_date("2026-08-03");
    for (unsigned seed = 1; seed <= 10; ++seed) {
        std::mt19937 random(seed);
        LogHistory h = backplan::test::random_history(r, first, 20, random);
        Date until = parse_date("2026-12-27"); // a Sunday, three weeks after the log
        Report report = build_report(r, h, {first, until, until, {}});
        PlanRequest all{first, until, 21, WeekdaySet::all(), false};
        Plan plan = build_plan(r, h, all);
        REQUIRE(report.weeks.size() == 21);
        for (std::size_t w = 0; w < report.weeks.size(); ++w) {
            const ReportWeek& week = report.weeks[w];
            CAPTURE(seed, format_date(week.first));
            REQUIRE(format_date(week.first) == format_date(plan.weeks[w].first));
            for (std::size_t e = 0; e < r.exercises.size(); ++e) {
                // The plan's Monday agrees with the report's step; its days (pain may lower the
                // rest of a week) with what the report planned.
                CHECK(week.exercises[e].step == plan.weeks[w].days.front().items[e].step);
                int planned = 0;
                for (const PlanDay& day : plan.weeks[w].days) {
                    if (training_days(r, r.exercises[e]).contains(weekday_of(day.date))) {
                        planned += day.items[e].step.volume();
                    }
                }
                CHECK(week.exercises[e].planned_total == planned);
            }
        }
    }
}

TEST_CASE("report::clip_report_range") {
    Routine r = routine();
    LogHistory h = history(); // 2026-11-02 (a Monday) to 2026-11-11
    Date today = parse_date("2026-11-26");
    auto clip = [&](std::optional<Date> since, Date until, std::vector<std::string> ids = {}) {
        return clip_report_range(r, h, {since, until, today, std::move(ids)}, today);
    };
    SECTION("a range the log fills is kept") {
        ClippedRange kept = clip(parse_date("2026-11-03"), parse_date("2026-11-20"));
        CHECK(kept.request.since == parse_date("2026-11-03"));
        CHECK(kept.request.until == parse_date("2026-11-20"));
        CHECK_FALSE(kept.shortened);
    }
    SECTION("no earlier than the first day logged, no later than today") {
        ClippedRange wide = clip(parse_date("1970-01-01"), parse_date("9999-12-31"));
        CHECK(wide.request.since == parse_date("2026-11-02"));
        CHECK(wide.request.until == today);
        CHECK_FALSE(wide.shortened);
        CHECK(clip(std::nullopt, today).request.since == parse_date("2026-11-02"));
    }
    SECTION("the first day the selected exercises were logged: h1 on 2026-11-03") {
        CHECK(clip(parse_date("1970-01-01"), today, {"h1"}).request.since ==
              parse_date("2026-11-03"));
    }
    SECTION("nothing logged: today alone, as without --since") {
        ClippedRange empty =
            clip_report_range(r, LogHistory{}, {parse_date("1970-01-01"), today, today, {}}, today);
        CHECK(empty.request.since == today);
    }
    SECTION("at most max_report_weeks weeks, the last ones") {
        LogHistory old = h;
        old.add(
            LogEntry{{parse_date("1970-01-05"), 8 * 3600, 0}, "a1", Unit::reps, {15}, "", {}, {}});
        ClippedRange longest = clip_report_range(r, old, {std::nullopt, today, today, {}}, today);
        CHECK(longest.shortened);
        // The Monday of today's week is 2026-11-23; 999 weeks (6,993 days) before it.
        CHECK(longest.request.since == parse_date("2007-10-01"));
        Report report = build_report(r, old, longest.request);
        CHECK(report.weeks.size() == max_report_weeks);
    }
}

TEST_CASE("report::build_report: the week's highest pain per exercise") {
    Routine r = routine();
    LogHistory h = history(); // no pain in it
    auto add = [&](const char* date, int pain) {
        LogEntry entry{{parse_date(date), 18 * 3600, 0}, "a1", Unit::reps, {10}, "", {}};
        entry.pain = pain;
        h.add(entry);
    };
    add("2026-11-02", 2); // Mon
    add("2026-11-04", 5); // Wed
    add("2026-11-04", 1); // Wed again: the day keeps 5
    add("2026-11-11", 0); // Wed of week 2: reported none
    ReportRequest request{
        parse_date("2026-11-02"), parse_date("2026-11-13"), parse_date("2026-11-13"), {}};
    Report report = build_report(r, h, request);
    REQUIRE(report.weeks.size() == 2);
    CHECK(report.weeks[0].exercises[0].pain == 5);
    CHECK(report.weeks[0].exercises[1].pain == -1); // h1: none reported
    CHECK(report.weeks[1].exercises[0].pain == 0);
    SECTION("each day's pain, by date: the chart marks each") {
        REQUIRE(report.weeks[0].pains.size() == 2);
        CHECK(format_date(report.weeks[0].pains[0].date) == "2026-11-02");
        CHECK(report.weeks[0].pains[0].id == "a1");
        CHECK(report.weeks[0].pains[0].value == 2);
        CHECK(format_date(report.weeks[0].pains[1].date) == "2026-11-04");
        CHECK(report.weeks[0].pains[1].value == 5); // the day's highest
        REQUIRE(report.weeks[1].pains.size() == 1);
        CHECK(report.weeks[1].pains[0].value == 0); // none, reported
    }
    SECTION("only the days within the report count") {
        request.since = parse_date("2026-11-03");
        CHECK(build_report(r, h, request).weeks[0].exercises[0].pain == 5);
        request.since = parse_date("2026-11-05");
        CHECK(build_report(r, h, request).weeks[0].exercises[0].pain == -1);
    }
}

TEST_CASE("report::build_report: the week each exercise and the routine met its target") {
    // Two exercises on Mondays whose ladder is one step, 1 x 10: a Monday with 10 reps meets
    // the week, and so the top, that day.
    Routine r;
    r.days = parse_weekdays("mon");
    r.exercises.push_back(exercise("t1", {Unit::reps, 1, {10, 10}, {1, 1}, {10, 10}, 1, 1}));
    r.exercises.push_back(exercise("u1", {Unit::reps, 1, {10, 10}, {1, 1}, {10, 10}, 1, 1}));
    LogHistory h;
    auto add = [&](const char* date, const char* id, int reps) {
        h.add(LogEntry{{parse_date(date), 8 * 3600, 0}, id, Unit::reps, {reps}, "", {}, {}});
    };
    add("2026-11-02", "t1", 10); // week 1: t1 meets its top
    add("2026-11-02", "u1", 8);  // short
    add("2026-11-09", "u1", 10); // week 2: u1 does, the last of the two: the routine
    ReportRequest request{
        parse_date("2026-11-02"), parse_date("2026-11-20"), parse_date("2026-11-20"), {}};
    Report report = build_report(r, h, request);
    REQUIRE(report.weeks.size() == 3);
    CHECK(report.weeks[0].reached == std::vector<std::string>{"t1"});
    CHECK_FALSE(report.weeks[0].routine_reached);
    CHECK(report.weeks[1].reached == std::vector<std::string>{"u1"});
    CHECK(report.weeks[1].routine_reached);
    CHECK(report.weeks[2].reached.empty());
    CHECK_FALSE(report.weeks[2].routine_reached);
    SECTION("an exercise that never meets it: the routine does not") {
        request.ids = {"t1"};
        CHECK(build_report(r, h, request).weeks[0].routine_reached); // t1 alone: all of them
        LogHistory only_t1;
        only_t1.add(
            LogEntry{{parse_date("2026-11-02"), 8 * 3600, 0}, "t1", Unit::reps, {10}, "", {}, {}});
        request.ids = {};
        Report partial = build_report(r, only_t1, request);
        CHECK(partial.weeks[0].reached == std::vector<std::string>{"t1"});
        CHECK_FALSE(partial.weeks[0].routine_reached);
    }
}
