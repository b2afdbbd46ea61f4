// Paused days in the replay, the plan, the day and the report, on hand-made logs; every step,
// count and figure worked out by hand in the comments. Mondays: 2026-11-02, 11-09, 11-16, 11-23,
// 11-30, 12-07.
#include "core/adaptive.hpp"
#include "core/day.hpp"
#include "core/plan.hpp"
#include "core/report.hpp"

#include <catch2/catch.hpp>

using namespace backplan::core;

namespace {

// 2 x 15 first, one rep a step (2 x 16, 2 x 17, ...), each step one met week, two short weeks
// in a row step back; deload_every as given.
Progression progression(int deload_every = 0) {
    return Progression{Unit::reps, 2, {15, 20}, {4, 5}, {20, 25}, 1, 1, 2, deload_every};
}

const WeekdaySet mon_wed_fri = parse_weekdays("mon,wed,fri");

void add_sets(LogHistory& history, const char* date, std::vector<int> amounts) {
    history.add(LogEntry{{parse_date(date), 8 * 3600, 0}, "a1", Unit::reps, amounts, "", {}, {}});
}

// Adds a canonical pause or resume line to the history's pauses.
void add_record(LogHistory& history, std::string_view line) {
    LogEntry entry;
    LineKind kind = parse_log_line(line, entry);
    REQUIRE((kind == LineKind::pause || kind == LineKind::resume));
    history.pauses().add(entry);
}

// The replay up to the week before until's, today being until (the weeks before are over).
Replay replay_of(const LogHistory& history, const Progression& p, const char* until) {
    return replay(p, {mon_wed_fri, &history.sessions("a1"), &history.pauses(), parse_date(until)},
                  parse_date(until));
}

// A week of no sessions, over, judged at 2 x 16 (step 1) with the days paused.
WeekJudgement judge_past(const Progression& p, WeekSessions sessions, WeekdaySet paused) {
    LadderState state;
    state.step = 1;
    return judge_week(p, ladder(p), state, sessions, parse_date("2026-11-16"),
                      WeekSetting{mon_wed_fri, paused, WeekKind::past, parse_date("2026-12-31")});
}

// One exercise, a1, on Monday, Wednesday and Friday.
Routine routine() {
    Routine r;
    r.name = "r";
    r.days = mon_wed_fri;
    Exercise a1;
    a1.id = "a1";
    a1.name = "A one";
    a1.progression = progression();
    r.exercises.push_back(a1);
    return r;
}

// A day of a plan as "Mon 2026-11-23 a1 2x16", or "Wed 2026-11-25 paused to 2026-12-06 (flu)".
std::string day_text(const PlanDay& day) {
    std::string text =
        std::string(weekday_name(weekday_of(day.date))) + ' ' + format_date(day.date);
    for (const PlanItem& item : day.items) {
        text += ' ' + item.id + ' ' + std::to_string(item.step.sets) + 'x' +
                std::to_string(item.step.amount);
    }
    if (day.pause) {
        text += " paused to " + format_date(day.pause->last) + " (" + day.pause->note + ")";
    }
    return text;
}

std::vector<std::string> plan_text(const Plan& plan) {
    std::vector<std::string> lines;
    for (const PlanWeek& week : plan.weeks) {
        for (const PlanDay& day : week.days) {
            lines.push_back(day_text(day));
        }
    }
    return lines;
}

// Met 2 x 15 in the week of 11-16 (2 x 16 from 11-23); met 2 x 16 on Mon 11-23; then ill from
// Wed 11-25 to Sun 12-06.
LogHistory flu_history() {
    LogHistory h;
    add_sets(h, "2026-11-16", {15, 15});
    add_sets(h, "2026-11-18", {15, 15});
    add_sets(h, "2026-11-20", {15, 15});
    add_sets(h, "2026-11-23", {16, 16});
    add_record(h, "2026-11-24T20:00:00+00:00 !pause 2026-11-25 2026-12-06 # flu");
    return h;
}

using Lines = std::vector<std::string>;

} // namespace

TEST_CASE("adaptive::judge_week with paused days") {
    Progression p = progression();
    Sessions none;
    WeekSessions empty{none.begin(), none.end()};
    SECTION("a partly paused week schedules its other training days, and needs fewer") {
        WeekJudgement j = judge_past(p, empty, parse_weekdays("wed,fri"));
        CHECK(j.scheduled == 1);
        CHECK(j.paused == 2);
        CHECK(j.needed == 1); // half of 1, rounded up
        CHECK(j.outcome == Outcome::missed);
        // Five paused days, two of them training days: 1 scheduled.
        j = judge_past(p, empty, parse_weekdays("tue,wed,thu,fri,sat"));
        CHECK(j.scheduled == 1);
        CHECK(j.paused == 2);
        // sessions_to_meet 3 asks at most for the sessions scheduled.
        p.sessions_to_meet = 3;
        CHECK(judge_past(p, empty, parse_weekdays("mon")).needed == 2);
    }
    SECTION("only rest days paused: nothing changes") {
        WeekJudgement j = judge_past(p, empty, parse_weekdays("tue,sat,sun"));
        CHECK(j.scheduled == 3);
        CHECK(j.paused == 0);
        CHECK(j.needed == 2);
    }
    SECTION("every training day paused: paused, whatever was logged") {
        Sessions logged;
        logged.on(parse_date("2026-11-17")).add(30);
        logged.on(parse_date("2026-11-17")).add(30);
        WeekJudgement j = judge_past(p, {logged.begin(), logged.end()}, mon_wed_fri);
        CHECK(j.outcome == Outcome::paused);
        CHECK(j.scheduled == 0);
        CHECK(j.paused == 3);
        CHECK(j.logged == 1);
    }
}

TEST_CASE("adaptive::end_week on a paused week") {
    Progression p = progression(4);
    std::vector<Step> steps = ladder(p);
    LadderState state{2, 3, 0, 1}; // step 2, a deload week next, one short week so far
    WeekJudgement paused;
    paused.outcome = Outcome::paused;
    CHECK(end_week(p, steps, state, paused) == Decision::paused);
    CHECK(state.step == 2);
    CHECK(state.week == 3); // the deload week is still to come
    CHECK(state.met == 0);
    CHECK(state.short_weeks == 1);
    // Below pain_hold, pain in a paused week changes nothing either.
    paused.pain = 2;
    CHECK(end_week(p, steps, state, paused) == Decision::paused);
    CHECK(state.step == 2);
    CHECK(state.week == 3);
    // From pain_step_back it counts all the same: one step back, and the week is counted.
    paused.pain = 8;
    paused.steps_back.push_back({parse_date("2026-11-17"), Step{2, 16}});
    CHECK(end_week(p, steps, state, paused) == Decision::pain_step_back);
    CHECK(state.step == 1);
    CHECK(state.week == 4);
    CHECK(state.short_weeks == 0);
}

TEST_CASE("adaptive::replay across a pause") {
    SECTION("a week boundary: the step held, the deload counter not advanced") {
        Progression p = progression(3); // weeks 2, 5, ... (from 0) are deload weeks
        LogHistory h;
        add_sets(h, "2026-11-02", {15, 15});
        add_sets(h, "2026-11-04", {15, 15}); // 2 of 3: met, 2 x 16
        add_sets(h, "2026-11-09", {16, 16}); // Mon, the only day not paused: met, but held
        add_sets(h, "2026-11-17", {30, 30}); // logged while paused: not judged
        add_sets(h, "2026-11-23", {17});     // the deload week (1 x 16), one set of 17
        add_sets(h, "2026-11-30", {17, 17});
        add_sets(h, "2026-12-02", {17, 17}); // 2 of 3 at 2 x 16: met, 2 x 17
        add_record(h, "2026-11-09T20:00:00+00:00 !pause 2026-11-10 2026-11-22 # flu");
        Replay r = replay_of(h, p, "2026-12-07");
        REQUIRE(r.weeks.size() == 5);
        CHECK(r.weeks[0].decision == Decision::advance);
        const WeekRecord& partly = r.weeks[1];
        CHECK(partly.prescribed == Step{2, 16});
        CHECK(partly.judgement.scheduled == 1);
        CHECK(partly.judgement.paused == 2);
        CHECK(partly.judgement.needed == 1);
        CHECK(partly.judgement.outcome == Outcome::met);
        // Days off within it: no week to climb in.
        CHECK(partly.decision == Decision::hold);
        CHECK(partly.after.step == 1);
        CHECK(partly.after.week == 2);
        const WeekRecord& paused = r.weeks[2];
        CHECK(format_date(paused.first) == "2026-11-16");
        CHECK(paused.judgement.outcome == Outcome::paused);
        CHECK(paused.judgement.scheduled == 0);
        CHECK(paused.judgement.paused == 3);
        CHECK(paused.decision == Decision::paused);
        CHECK(paused.after.step == 1);
        CHECK(paused.after.week == 2);
        // The deload week comes after the pause, not within it.
        CHECK(r.weeks[3].deload);
        CHECK(r.weeks[3].prescribed == Step{1, 16});
        CHECK(r.weeks[3].decision == Decision::deload);
        CHECK(r.weeks[3].after.week == 3);
        CHECK_FALSE(r.weeks[4].deload);
        CHECK(r.weeks[4].prescribed == Step{2, 16});
        CHECK(r.weeks[4].decision == Decision::advance);
        CHECK(r.now == Step{2, 17});
        CHECK(r.state.step == 2);
        CHECK(r.state.week == 4);
        SECTION("the same log without the pause: Mon alone is 1 of 3, the step again") {
            h.pauses() = Pauses{};
            Replay without = replay_of(h, p, "2026-12-07");
            CHECK(without.weeks[1].judgement.outcome == Outcome::partly_met);
            CHECK(without.weeks[1].decision == Decision::repeat);
            CHECK(without.weeks[2].deload);
        }
    }
    SECTION("a short week before a pause and one after it step back, as two in a row") {
        Progression p = progression();
        LogHistory h;
        add_sets(h, "2026-11-02", {15, 15});
        add_sets(h, "2026-11-04", {15, 15}); // met: 2 x 16
        add_sets(h, "2026-11-09", {14, 14}); // short of 2 x 16
        add_sets(h, "2026-11-23", {14});     // short again
        add_record(h, "2026-11-10T20:00:00+00:00 !pause 2026-11-16 2026-11-22");
        Replay r = replay_of(h, p, "2026-11-30");
        REQUIRE(r.weeks.size() == 4);
        CHECK(r.weeks[1].decision == Decision::repeat);
        CHECK(r.weeks[2].decision == Decision::paused);
        CHECK(r.weeks[2].after.short_weeks == 1);
        CHECK(r.weeks[2].after.step == 1);
        CHECK(r.weeks[3].prescribed == Step{2, 16});
        CHECK(r.weeks[3].decision == Decision::step_back);
        CHECK(r.now == Step{2, 15});
    }
}

TEST_CASE("plan::build_plan with paused days") {
    Routine r = routine();
    LogHistory h = flu_history();
    // Today Tuesday 11-24, when the pause was logged.
    PlanRequest request{parse_date("2026-11-23"), parse_date("2026-11-24"), 3, std::nullopt, false};
    SECTION("paused training days hold the pause; the plan resumes at the held step") {
        // Week 11-23: Mon met 2 x 16, the only day not paused; with days off in it, it holds.
        // Week 11-30 all paused: 2 x 16 held for 12-07.
        CHECK(plan_text(build_plan(r, h, request)) ==
              Lines{"Mon 2026-11-23 a1 2x16", "Wed 2026-11-25 paused to 2026-12-06 (flu)",
                    "Fri 2026-11-27 paused to 2026-12-06 (flu)",
                    "Mon 2026-11-30 paused to 2026-12-06 (flu)",
                    "Wed 2026-12-02 paused to 2026-12-06 (flu)",
                    "Fri 2026-12-04 paused to 2026-12-06 (flu)", "Mon 2026-12-07 a1 2x16",
                    "Wed 2026-12-09 a1 2x16", "Fri 2026-12-11 a1 2x16"});
        Plan plan = build_plan(r, h, request);
        const PlanDay& paused = plan.weeks[0].days[1];
        REQUIRE(paused.pause);
        CHECK(format_date(paused.pause->first) == "2026-11-25");
        CHECK(paused.items.empty());
    }
    SECTION("ended early on Wed 12-02: from then on, days are planned again") {
        add_record(h, "2026-11-29T18:00:00+00:00 !resume 2026-12-02 # better");
        request.today = parse_date("2026-11-29");
        // Week 11-30: Wed and Fri scheduled, nothing logged yet: taken as met, but with Monday
        // paused it holds, as the week of 11-23 does.
        CHECK(plan_text(build_plan(r, h, request)) ==
              Lines{"Mon 2026-11-23 a1 2x16", "Wed 2026-11-25 paused to 2026-12-01 (flu)",
                    "Fri 2026-11-27 paused to 2026-12-01 (flu)",
                    "Mon 2026-11-30 paused to 2026-12-01 (flu)", "Wed 2026-12-02 a1 2x16",
                    "Fri 2026-12-04 a1 2x16", "Mon 2026-12-07 a1 2x16", "Wed 2026-12-09 a1 2x16",
                    "Fri 2026-12-11 a1 2x16"});
    }
    SECTION("fresh: the log and its pauses left out") {
        request.fresh = true;
        Plan plan = build_plan(r, h, request);
        CHECK(plan_text(plan).front() == "Mon 2026-11-23 a1 2x15");
        CHECK(plan_text(plan)[1] == "Wed 2026-11-25 a1 2x15");
        CHECK(plan_text(plan)[3] == "Mon 2026-11-30 a1 2x16");
    }
}

TEST_CASE("day::day_session on and around a paused day") {
    Routine r = routine();
    LogHistory h = flu_history();
    SECTION("a paused day: the pause, no exercises, the first training day after it") {
        for (const char* date : {"2026-11-25", "2026-11-27", "2026-11-29", "2026-12-06"}) {
            CAPTURE(date);
            DaySession day = day_session(r, h, parse_date(date), parse_date(date));
            CHECK(day.items.empty());
            REQUIRE(day.pause);
            CHECK(format_date(day.pause->first) == "2026-11-25");
            CHECK(format_date(day.pause->last) == "2026-12-06");
            CHECK(day.pause->note == "flu");
            REQUIRE(day.next);
            CHECK(day_text(*day.next) == "Mon 2026-12-07 a1 2x16");
        }
    }
    SECTION("the first day after it: the held step, and the next day") {
        DaySession day = day_session(r, h, parse_date("2026-12-07"), parse_date("2026-12-07"));
        CHECK_FALSE(day.pause);
        REQUIRE(day.items.size() == 1);
        CHECK(day.items[0].item.step == Step{2, 16});
        CHECK_FALSE(day.items[0].logged);
        REQUIRE(day.next);
        CHECK(day_text(*day.next) == "Wed 2026-12-09 a1 2x16");
    }
    SECTION("ended early: the next day is the day it ended on") {
        add_record(h, "2026-11-29T18:00:00+00:00 !resume 2026-12-02");
        DaySession day = day_session(r, h, parse_date("2026-11-27"), parse_date("2026-11-29"));
        REQUIRE(day.pause);
        CHECK(format_date(day.pause->last) == "2026-12-01");
        REQUIRE(day.next);
        CHECK(day_text(*day.next) == "Wed 2026-12-02 a1 2x16");
    }
}

TEST_CASE("report::build_report across a pause") {
    Routine r = routine();
    LogHistory h = flu_history();
    add_sets(h, "2026-12-07", {17, 17});
    Report report = build_report(
        r, h, {parse_date("2026-11-16"), parse_date("2026-12-09"), parse_date("2026-12-09"), {}});
    REQUIRE(report.weeks.size() == 4);
    SECTION("planned sets leave paused days out; a week with every training day paused") {
        const ReportWeek& before = report.weeks[0];
        CHECK(before.paused_days == 0);
        CHECK_FALSE(before.paused);
        CHECK(before.exercises[0].planned_sets == 6);
        const ReportWeek& into = report.weeks[1]; // Wed to Sun paused: Mon planned only
        CHECK(into.paused_days == 2);             // Wed and Fri: its paused training days
        CHECK_FALSE(into.paused);
        CHECK(into.exercises[0].step == Step{2, 16});
        CHECK(into.exercises[0].planned_sets == 2);
        CHECK(into.exercises[0].planned_total == 32);
        CHECK(into.exercises[0].percent() == 100);
        const ReportWeek& within = report.weeks[2];
        CHECK(within.paused_days == 3);
        CHECK(within.paused);
        CHECK(within.exercises[0].step == Step{2, 16});
        CHECK(within.exercises[0].planned_sets == 0);
        CHECK(within.exercises[0].percent() == 0);
        const ReportWeek& after = report.weeks[3]; // up to Wed 12-09: Mon and Wed planned
        CHECK(after.paused_days == 0);
        CHECK(after.exercises[0].step == Step{2, 16});
        CHECK(after.exercises[0].planned_sets == 4);
        CHECK(after.exercises[0].planned_total == 64);
        CHECK(after.exercises[0].done_total == 34);
    }
    SECTION("the streak runs through the pause: neither broken nor extended by it") {
        // Mon 11-16, Wed, Fri, Mon 11-23, then Mon 12-07: five; Wed 12-09 is today.
        CHECK(report.streak == 5);
        CHECK(report.longest_streak == 5);
        h.pauses() = Pauses{};
        Report without = build_report(
            r, h,
            {parse_date("2026-11-16"), parse_date("2026-12-09"), parse_date("2026-12-09"), {}});
        CHECK(without.streak == 1);
        CHECK(without.longest_streak == 4);
    }
}
