// The plan follows the log: one exercise replayed week by week, knowing which weeks are over,
// on hand-made histories, each figure worked out by hand in the comments. The built-in ladder:
// 2 x 15..2 x 20 are steps 0-5, 3 x 15..3 x 20 6-11, 4 x 17..4 x 25 12-20, 5 x 20..5 x 25 21-26.
#include "core/adaptive.hpp"

#include <catch2/catch.hpp>

using namespace backplan::core;

namespace {

Progression back_progression() {
    return Progression{Unit::reps, 2, {15, 20}, {4, 5}, {20, 25}, 1, 1};
}

const WeekdaySet mon_wed_fri = parse_weekdays("mon,wed,fri");
const Pauses no_pauses;

Date day(const char* text) {
    return parse_date(text);
}

void add(Sessions& sessions, const char* date, std::vector<int> amounts, int pain = -1) {
    Session& s = sessions.on(day(date));
    for (int amount : amounts) {
        s.add(amount);
    }
    s.pain = static_cast<std::int16_t>(std::max<int>(s.pain, pain));
}

// Each week from the Monday first on, weeks of them: the week's step done on Monday and
// Wednesday, as the plan gave it on that Monday.
void follow(Sessions& sessions, const Progression& p, Date first, int weeks) {
    for (int w = 0; w < weeks; ++w) {
        Date monday = add_days(first, 7 * w);
        Step step = replay(p, {mon_wed_fri, &sessions, &no_pauses, monday}, add_days(monday, 7))
                        .prescribed(monday);
        for (int d : {0, 2}) {
            Session& s = sessions.on(add_days(monday, d));
            for (int set = 0; set < step.sets; ++set) {
                s.add(step.amount);
            }
        }
    }
}

Replay replay_of(const Sessions& sessions, const char* today, const char* until,
                 const Progression& p = back_progression()) {
    return replay(p, {mon_wed_fri, &sessions, &no_pauses, day(today)}, day(until));
}

} // namespace

TEST_CASE("adaptive::replay judges the weeks that are over as logged") {
    Sessions s;
    add(s, "2026-11-03", {15, 14}); // Tue: short of 2 x 15
    add(s, "2026-11-05", {15, 15}); // Thu: meets it
    add(s, "2026-11-06", {15, 15}); // Fri: meets it: 2 of 3, the week is met
    add(s, "2026-11-10", {16, 14}); // Tue: short of 2 x 16
    add(s, "2026-11-11", {16, 16}); // Wed: meets it: 1 of 3, the step again
    // nothing for it in the week of 11-16: missed
    Replay r = replay_of(s, "2026-11-25", "2026-11-23");
    CHECK(format_date(r.first_judged) == "2026-11-02");
    REQUIRE(r.weeks.size() == 3);
    CHECK(r.weeks[0].kind == WeekKind::past);
    CHECK(r.weeks[0].prescribed == Step{2, 15});
    CHECK(r.weeks[0].judgement.outcome == Outcome::met);
    CHECK(r.weeks[0].judgement.logged == 3);
    CHECK(r.weeks[0].judgement.met == 2);
    CHECK(r.weeks[0].decision == Decision::advance);
    CHECK(r.weeks[1].prescribed == Step{2, 16});
    CHECK(r.weeks[1].judgement.outcome == Outcome::partly_met);
    CHECK(r.weeks[1].decision == Decision::repeat);
    CHECK(r.weeks[2].judgement.outcome == Outcome::missed);
    CHECK(r.weeks[2].decision == Decision::missed);
    CHECK(r.now == Step{2, 16});
    CHECK(r.state.step == 1);
    CHECK(r.state.week == 3);
    SECTION("prescribed: each week's step; the first step before judging starts") {
        CHECK(r.prescribed(day("2026-10-26")) == Step{2, 15});
        CHECK(r.prescribed(day("2026-11-04")) == Step{2, 15});
        CHECK(r.prescribed(day("2026-11-09")) == Step{2, 16});
        CHECK(r.prescribed(day("2026-11-22")) == Step{2, 16});
        CHECK(r.prescribed(day("2026-11-23")) == Step{2, 16});
    }
    SECTION("keep_from: the weeks before are judged but not kept, the later ones as they were") {
        // From a Wednesday: its week's Monday on.
        Replay kept = replay(
            back_progression(),
            {mon_wed_fri, &s, &no_pauses, day("2026-11-25"), std::nullopt, day("2026-11-11")},
            day("2026-11-23"));
        CHECK(format_date(kept.first_judged) == "2026-11-09");
        REQUIRE(kept.weeks.size() == 2);
        CHECK(format_date(kept.weeks[0].first) == "2026-11-09");
        CHECK(kept.weeks[0].decision == Decision::repeat);
        CHECK(kept.weeks[1].decision == Decision::missed);
        // The state the first kept week began at: one step up, after the week of 11-02 was met.
        CHECK(kept.first_state.step == 1);
        CHECK(kept.prescribed(day("2026-11-09")) == Step{2, 16});
        CHECK(kept.prescribed(day("2026-11-23")) == Step{2, 16});
        CHECK(kept.now == r.now);
        CHECK(kept.state.step == r.state.step);
        // Past the end: nothing kept but where it ends.
        Replay none = replay(
            back_progression(),
            {mon_wed_fri, &s, &no_pauses, day("2026-11-25"), std::nullopt, day("2027-01-04")},
            day("2026-11-23"));
        CHECK(none.weeks.empty());
        CHECK(format_date(none.first_judged) == "2026-11-23");
        CHECK(none.now == Step{2, 16});
    }
    SECTION("until on the Monday or the Sunday of its week: the same replay") {
        Replay sunday = replay_of(s, "2026-11-25", "2026-11-29");
        CHECK(sunday.weeks.size() == 3);
        CHECK(sunday.now == r.now);
    }
}

TEST_CASE("adaptive::replay: a skipped week holds the step, and so does training once") {
    // 2 x 15 from 2026-09-07, each week met: 2 x 19 in the week of 10-05, which is skipped; one
    // session of 2 x 19 the week after. Until now a skipped week was taken as met (2 x 20).
    Sessions s;
    follow(s, back_progression(), day("2026-09-07"), 4);
    add(s, "2026-10-12", {19, 19});
    Replay r = replay_of(s, "2026-10-21", "2026-10-19");
    REQUIRE(r.weeks.size() == 6);
    CHECK(r.weeks[3].prescribed == Step{2, 18});
    CHECK(r.weeks[4].prescribed == Step{2, 19});
    CHECK(r.weeks[4].judgement.outcome == Outcome::missed);
    CHECK(r.weeks[4].decision == Decision::missed);
    CHECK(r.weeks[5].judgement.outcome == Outcome::partly_met);
    CHECK(r.now == Step{2, 19});
}

TEST_CASE("adaptive::replay: back after two months, a few steps lower, never higher") {
    // Last trained in the week of 09-28 at 2 x 18 (met): 2 x 19 from 10-05. Then nine weeks
    // missed, to the current week of 11-30 (today its Sunday, nothing logged: past saving):
    // a step back at the 2nd, 4th, 6th and 8th: 2 x 18, 2 x 17, 2 x 16, 2 x 15; the 9th holds.
    Sessions s;
    follow(s, back_progression(), day("2026-09-07"), 4);
    Replay r = replay_of(s, "2026-12-06", "2026-12-07");
    REQUIRE(r.weeks.size() == 13);
    CHECK(r.weeks[4].decision == Decision::missed);
    CHECK(r.weeks[5].decision == Decision::missed_step_back);
    CHECK(r.weeks[12].kind == WeekKind::current);
    CHECK(r.weeks[12].judgement.outcome == Outcome::missed);
    CHECK(r.weeks[12].after.missed == 9);
    CHECK(r.prescribed(day("2026-11-30")) == Step{2, 15});
    CHECK(r.now == Step{2, 15}); // 30 reps, where the last week done was 36
    SECTION("from higher up, no lower than three quarters for eight weeks, then on down") {
        // From 4 x 20 (80) the floor is 3 x 20 (60): four steps back in the first eight weeks
        // of the break (04-20 to 06-08; today Sunday 06-14, that week past saving too).
        Sessions high;
        follow(high, back_progression(), day("2026-01-05"), 15); // 4 x 20 from 04-20
        Replay eight = replay_of(high, "2026-06-14", "2026-06-15");
        CHECK(eight.prescribed(day("2026-04-20")) == Step{4, 20});
        CHECK(eight.now == Step{3, 20});
        // Twenty-one weeks (to 09-07): past the eighth, a step back every two weeks again, at
        // the 10th, 12th ... 20th: six more, 3 x 20 to 2 x 20.
        Replay long_break = replay_of(high, "2026-09-13", "2026-09-14");
        CHECK(long_break.now == Step{2, 20});
    }
}

TEST_CASE("adaptive::replay: nothing logged yet, the ladder starts now and climbs") {
    Sessions none;
    SECTION("on a Monday: this week at the first step, then a step a week") {
        Replay r = replay_of(none, "2026-11-30", "2026-12-21");
        CHECK(format_date(r.first_judged) == "2026-11-30");
        CHECK(r.prescribed(day("2026-11-23")) == Step{2, 15}); // before: the first step
        CHECK(r.prescribed(day("2026-11-30")) == Step{2, 15});
        CHECK(r.prescribed(day("2026-12-07")) == Step{2, 16});
        CHECK(r.prescribed(day("2026-12-14")) == Step{2, 17});
        CHECK(r.now == Step{2, 18});
        CHECK(r.weeks[0].judgement.outcome == Outcome::in_progress);
        CHECK(r.weeks[1].judgement.outcome == Outcome::ahead);
    }
    SECTION("on a Friday (mon, wed, fri: two sessions needed, one left) or a Sunday: from the "
            "next week") {
        for (const char* today : {"2026-12-04", "2026-12-06"}) {
            Replay r = replay_of(none, today, "2026-12-21");
            CHECK(format_date(r.first_judged) == "2026-12-07");
            CHECK(r.prescribed(day("2026-12-04")) == Step{2, 15});
            CHECK(r.prescribed(day("2026-12-07")) == Step{2, 15});
            CHECK(r.prescribed(day("2026-12-14")) == Step{2, 16});
        }
    }
    SECTION("logged only in a week ahead: the ladder still starts now") {
        Sessions ahead;
        add(ahead, "2026-12-16", {15, 15});
        Replay r = replay_of(ahead, "2026-11-30", "2026-12-21");
        CHECK(format_date(r.first_judged) == "2026-11-30");
        CHECK(r.prescribed(day("2026-12-14")) == Step{2, 17});
    }
}

TEST_CASE("adaptive::replay: the week under way counts as met while it can still be") {
    // action2 at 3 x 20 (step 11) in the week of 12-07, after eleven weeks met from 09-21.
    Sessions s;
    follow(s, back_progression(), day("2026-09-21"), 11);
    Replay sunday = replay_of(s, "2026-12-06", "2026-12-28");
    CHECK(sunday.prescribed(day("2026-12-07")) == Step{3, 20});
    CHECK(sunday.prescribed(day("2026-12-14")) == Step{4, 17});
    CHECK(sunday.prescribed(day("2026-12-21")) == Step{4, 18});
    SECTION("Monday's session logged as printed: the same plan (it was 3 x 20, 3 x 20, 4 x 17)") {
        add(s, "2026-12-07", {20, 20, 20});
        Replay monday = replay_of(s, "2026-12-07", "2026-12-28");
        REQUIRE(monday.week(day("2026-12-07")) != nullptr);
        CHECK(monday.week(day("2026-12-07"))->judgement.outcome == Outcome::in_progress);
        CHECK(monday.prescribed(day("2026-12-07")) == Step{3, 20});
        CHECK(monday.prescribed(day("2026-12-14")) == Step{4, 17});
        CHECK(monday.prescribed(day("2026-12-21")) == Step{4, 18});
        SECTION("Wednesday and Friday skipped: on Saturday the week stands as partly met") {
            Replay saturday = replay_of(s, "2026-12-12", "2026-12-28");
            CHECK(saturday.prescribed(day("2026-12-07")) == Step{3, 20});
            CHECK(saturday.prescribed(day("2026-12-14")) == Step{3, 20});
            CHECK(saturday.prescribed(day("2026-12-21")) == Step{4, 17});
        }
    }
}

TEST_CASE("adaptive::replay: pain acts the same day") {
    // 2 x 20 in the week of 12-07 (five weeks met from 11-02); Monday 20 14 with pain 7.
    Sessions s;
    follow(s, back_progression(), day("2026-11-02"), 5);
    add(s, "2026-12-07", {20, 14}, 7);
    Replay r = replay_of(s, "2026-12-09", "2026-12-21");
    CHECK(r.prescribed(day("2026-12-07")) == Step{2, 20});
    CHECK(r.prescribed(day("2026-12-09")) == Step{2, 19}); // Wednesday: a step back at once
    CHECK(r.prescribed(day("2026-12-11")) == Step{2, 19});
    // The week ends in a hold at the lower step, counted neither way: next week too.
    CHECK(r.prescribed(day("2026-12-14")) == Step{2, 19});
    const WeekRecord* week = r.week(day("2026-12-07"));
    REQUIRE(week != nullptr);
    CHECK(week->decision == Decision::pain_step_back);
    CHECK(week->judgement.steps_back == std::vector<StepBack>{{day("2026-12-08"), Step{2, 19}}});
    CHECK(r.now == Step{2, 20}); // then it climbs again, the week of 12-21 ahead taken as met
    SECTION("pain from pain_hold (3) holds: next week the same step") {
        Sessions held;
        follow(held, back_progression(), day("2026-11-02"), 5);
        add(held, "2026-12-07", {20, 20}, 4);
        Replay h = replay_of(held, "2026-12-09", "2026-12-21");
        CHECK(h.prescribed(day("2026-12-09")) == Step{2, 20});
        CHECK(h.prescribed(day("2026-12-14")) == Step{2, 20});
    }
}

TEST_CASE("adaptive::replay: the top of the ladder is reached once, then the maintenance dose") {
    // 27 weeks followed from 2026-01-05: the 27th (from 07-06) at 5 x 25, met on Wednesday
    // 07-08 (the second of two sessions needed).
    Sessions s;
    follow(s, back_progression(), day("2026-01-05"), 27);
    Replay r = replay_of(s, "2026-07-20", "2026-07-27");
    CHECK(r.prescribed(day("2026-07-06")) == Step{5, 25});
    REQUIRE(r.reached);
    CHECK(format_date(r.reached->date) == "2026-07-08");
    CHECK_FALSE(r.reached->ahead);
    CHECK(r.week(day("2026-07-06"))->decision == Decision::reached);
    CHECK(r.prescribed(day("2026-07-13")) == Step{4, 20}); // missed (one week off): held
    CHECK(r.now == Step{4, 20});
    SECTION("ahead: the forecast reaches it too, on the day it would be met") {
        Sessions part;
        follow(part, back_progression(), day("2026-01-05"), 20);
        Replay f = replay_of(part, "2026-05-25", "2026-08-03");
        REQUIRE(f.reached);
        CHECK(f.reached->ahead);
        CHECK(format_date(f.reached->date) == "2026-07-08");
    }
}

TEST_CASE("adaptive::fresh_start") {
    Replay r = fresh_start(back_progression(), day("2026-11-26"), day("2026-12-14"));
    CHECK(format_date(r.first_judged) == "2026-11-23");
    CHECK(r.prescribed(day("2026-11-16")) == Step{2, 15});
    CHECK(r.prescribed(day("2026-11-23")) == Step{2, 15});
    CHECK(r.prescribed(day("2026-11-30")) == Step{2, 16});
    CHECK(r.prescribed(day("2026-12-07")) == Step{2, 17});
    CHECK(r.prescribed(day("2026-12-14")) == Step{2, 18});
}
