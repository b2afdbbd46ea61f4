// The rules of one week, on hand-made sessions: how it stood against its step (knowing whether
// it is over, under way or ahead) and what that decides. The built-in ladder: 2 x 15..2 x 20
// are steps 0-5, 3 x 15..3 x 20 6-11, 4 x 17..4 x 25 12-20, 5 x 20..5 x 25 21-26. The week of
// Monday 2026-11-09: Wed 11-11, Fri 11-13.
#include "core/week.hpp"

#include <catch2/catch.hpp>

using namespace backplan::core;

namespace {

// The built-in routine's progression: 2 x 15 at the start; 4-5 x 20-25 at the end.
Progression back_progression() {
    return Progression{Unit::reps, 2, {15, 20}, {4, 5}, {20, 25}, 1, 1};
}

const WeekdaySet mon_wed_fri = parse_weekdays("mon,wed,fri");

struct Day {
    const char* date;
    std::vector<int> amounts;
    int pain = -1;
};

Sessions sessions(const std::vector<Day>& days) {
    Sessions result;
    for (const Day& day : days) {
        Session& s = result.on(parse_date(day.date));
        for (int amount : day.amounts) {
            s.add(amount);
        }
        s.pain = day.pain;
    }
    return result;
}

LadderState at_step(int step) {
    LadderState state;
    state.step = step;
    return state;
}

// The week of 2026-11-09 judged at the state (2 x 20, step 5, by default).
struct Judge {
    Progression p = back_progression();
    std::vector<Step> steps = ladder(p);
    LadderState state = at_step(5);
    WeekdaySet days = mon_wed_fri;
    WeekdaySet paused{};

    WeekJudgement operator()(const Sessions& s, WeekKind kind = WeekKind::past,
                             const char* today = "2026-12-31") const {
        Date monday = parse_date("2026-11-09");
        return judge_week(p, steps, state,
                          WeekSessions{s.lower_bound(monday), s.lower_bound(add_days(monday, 7))},
                          monday, WeekSetting{days, paused, kind, parse_date(today)});
    }
};

WeekJudgement judged(Outcome outcome, int pain = -1) {
    WeekJudgement judgement;
    judgement.outcome = outcome;
    judgement.pain = pain;
    return judgement;
}

} // namespace

TEST_CASE("week::judge_week, a past week") {
    Judge judge;
    SECTION("met: at least half the scheduled sessions (2 of 3) reached every set") {
        WeekJudgement j = judge(sessions({{"2026-11-09", {20, 20}}, {"2026-11-13", {21, 20}}}));
        CHECK(j.outcome == Outcome::met);
        CHECK(j.met == 2);
        CHECK(j.logged == 2);
        CHECK(j.scheduled == 3);
        CHECK(j.needed == 2);
    }
    SECTION("one good session of three is not enough: Mon 20 18, Wed 20 20, Fri missed") {
        WeekJudgement j = judge(sessions({{"2026-11-09", {20, 18}}, {"2026-11-11", {20, 20}}}));
        CHECK(j.outcome == Outcome::partly_met);
        CHECK(j.met == 1);
        CHECK(j.logged == 2);
    }
    SECTION("sessions logged and none reached the step: short") {
        CHECK(judge(sessions({{"2026-11-09", {19, 19}}, {"2026-11-11", {20}}})).outcome ==
              Outcome::short_week);
    }
    SECTION("nothing logged for it, whatever else was: missed") {
        WeekJudgement j = judge(sessions({{"2026-11-16", {20, 20}}})); // the week after
        CHECK(j.outcome == Outcome::missed);
        CHECK(j.logged == 0);
    }
    SECTION("extra sessions, sets and amounts count: a Tuesday of 3 x 20 and a Saturday of 25s") {
        WeekJudgement j = judge(sessions({{"2026-11-10", {20, 20, 20}}, {"2026-11-14", {25, 25}}}));
        CHECK(j.outcome == Outcome::met);
        CHECK(j.met == 2);
    }
    SECTION("the days judged on set the count: mon,thu needs one session") {
        Sessions s = sessions({{"2026-11-09", {20, 20}}});
        CHECK(judge(s).outcome == Outcome::partly_met);
        judge.days = parse_weekdays("mon,thu");
        CHECK(judge(s).outcome == Outcome::met);
    }
    SECTION("every training day paused: paused, whatever was logged") {
        judge.paused = WeekdaySet::all();
        CHECK(judge(sessions({})).outcome == Outcome::paused);
        CHECK(judge(sessions({{"2026-11-09", {20, 20}}, {"2026-11-11", {20, 20}}})).outcome ==
              Outcome::paused);
    }
    SECTION("sessions a week: half the scheduled ones rounded up, or the template's count") {
        Progression p = back_progression();
        CHECK(sessions_needed(p, 3) == 2);
        CHECK(sessions_needed(p, 2) == 1);
        CHECK(sessions_needed(p, 1) == 1);
        CHECK(sessions_needed(p, 7) == 4);
        CHECK(sessions_needed(p, 0) == 1);
        p.sessions_to_meet = 3;
        CHECK(sessions_needed(p, 3) == 3);
        CHECK(sessions_needed(p, 2) == 2); // never more than are scheduled
        p.sessions_to_meet = 1;
        CHECK(sessions_needed(p, 3) == 1);
        CHECK(sessions_scheduled(mon_wed_fri) == 3);
        CHECK(sessions_scheduled(WeekdaySet::all()) == 7);
    }
}

TEST_CASE("week::judge_week, the current week: met while it still can be") {
    Judge judge;
    Sessions none = sessions({});
    SECTION("on its Monday, nothing logged: three days left, taken as met") {
        WeekJudgement j = judge(none, WeekKind::current, "2026-11-09");
        CHECK(j.outcome == Outcome::in_progress);
        CHECK(j.left == 3);
    }
    SECTION("on Wednesday after a good Monday: met 1, Wed and Fri left") {
        WeekJudgement j =
            judge(sessions({{"2026-11-09", {20, 20}}}), WeekKind::current, "2026-11-11");
        CHECK(j.outcome == Outcome::in_progress);
        CHECK(j.met == 1);
        CHECK(j.left == 2);
    }
    SECTION("a session today that is short so far still counts as to come") {
        WeekJudgement j =
            judge(sessions({{"2026-11-11", {20, 15}}}), WeekKind::current, "2026-11-11");
        CHECK(j.left == 2);
        CHECK(j.outcome == Outcome::in_progress);
    }
    SECTION("on Friday with nothing logged: one day cannot make two: missed") {
        CHECK(judge(none, WeekKind::current, "2026-11-13").outcome == Outcome::missed);
    }
    SECTION("on Friday after a short Monday: short, as it stands") {
        WeekJudgement j =
            judge(sessions({{"2026-11-09", {20, 18}}}), WeekKind::current, "2026-11-13");
        CHECK(j.outcome == Outcome::short_week);
        CHECK(j.left == 1);
    }
    SECTION("on Friday after a good Monday: Friday can still make it") {
        CHECK(
            judge(sessions({{"2026-11-09", {20, 20}}}), WeekKind::current, "2026-11-13").outcome ==
            Outcome::in_progress);
    }
    SECTION("on Saturday after one good session: partly met, as it stands") {
        CHECK(
            judge(sessions({{"2026-11-09", {20, 20}}}), WeekKind::current, "2026-11-14").outcome ==
            Outcome::partly_met);
    }
    SECTION("met already: met") {
        CHECK(judge(sessions({{"2026-11-09", {20, 20}}, {"2026-11-11", {20, 20}}}),
                    WeekKind::current, "2026-11-11")
                  .outcome == Outcome::met);
    }
    SECTION("a paused Friday is not a day left: on Thursday, with Wednesday missed, missed") {
        judge.paused.add(std::chrono::Friday);
        // Mon and Wed scheduled: one needed.
        WeekJudgement wednesday = judge(none, WeekKind::current, "2026-11-11");
        CHECK(wednesday.needed == 1);
        CHECK(wednesday.outcome == Outcome::in_progress);
        CHECK(judge(none, WeekKind::current, "2026-11-12").outcome == Outcome::missed);
    }
}

TEST_CASE("week::judge_week, a week ahead: taken as met") {
    Judge judge;
    CHECK(judge(sessions({}), WeekKind::ahead).outcome == Outcome::ahead);
    CHECK(judge(sessions({{"2026-11-09", {20, 20}}, {"2026-11-11", {20, 20}}}), WeekKind::ahead)
              .outcome == Outcome::met);
}

TEST_CASE("week::judge_week keeps the week's highest pain, and pain acts at once") {
    Judge judge;
    SECTION("the highest, on the last day it was reported") {
        judge.state = at_step(0);
        WeekJudgement j = judge(sessions({{"2026-11-09", {15, 15}, 2},
                                          {"2026-11-11", {15, 15}, 4},
                                          {"2026-11-12", {15, 15}},
                                          {"2026-11-13", {15, 15}, 4}}));
        CHECK(j.outcome == Outcome::met);
        CHECK(j.pain == 4);
        CHECK(format_date(j.pain_date) == "2026-11-13");
        CHECK(j.steps_back.empty());
    }
    SECTION("none reported: -1; pain 0 is reported none") {
        CHECK(judge(sessions({{"2026-11-09", {20, 20}}})).pain == -1);
        WeekJudgement j = judge(sessions({{"2026-11-10", {20, 20}, 0}}));
        CHECK(j.pain == 0);
        CHECK(format_date(j.pain_date) == "2026-11-10");
    }
    SECTION("pain 7 on Monday at 2 x 20: a step back from Tuesday, and Wednesday meets 2 x 19") {
        WeekJudgement j = judge(sessions({{"2026-11-09", {20, 14}, 7}, {"2026-11-11", {19, 19}}}));
        REQUIRE(j.steps_back.size() == 1);
        CHECK(format_date(j.steps_back[0].from) == "2026-11-10");
        CHECK(j.steps_back[0].step == Step{2, 19});
        CHECK(j.met == 1);
        CHECK(prescription_on(judge.p, judge.steps, judge.state, j, parse_date("2026-11-09")) ==
              Step{2, 20});
        CHECK(prescription_on(judge.p, judge.steps, judge.state, j, parse_date("2026-11-11")) ==
              Step{2, 19});
    }
    SECTION("pain again at the lower step: another step back") {
        WeekJudgement j = judge(sessions({{"2026-11-09", {20, 14}, 7}, {"2026-11-11", {19}, 6}}));
        CHECK(j.steps_back.size() == 2);
        CHECK(prescription_on(judge.p, judge.steps, judge.state, j, parse_date("2026-11-13")) ==
              Step{2, 18});
    }
    SECTION("at the first step there is none to go back to") {
        judge.state = at_step(0);
        CHECK(judge(sessions({{"2026-11-09", {15}, 8}})).steps_back.empty());
    }
    SECTION("in a deload week the lower step has half its sets too") {
        judge.p.deload_every = 4;
        judge.state.week = 3;
        WeekJudgement j = judge(sessions({{"2026-11-09", {20}, 6}}));
        CHECK(prescription_on(judge.p, judge.steps, judge.state, j, parse_date("2026-11-09")) ==
              Step{1, 20});
        CHECK(prescription_on(judge.p, judge.steps, judge.state, j, parse_date("2026-11-10")) ==
              Step{1, 19});
    }
}

TEST_CASE("week::end_week") {
    Progression p = back_progression();
    std::vector<Step> steps = ladder(p);
    LadderState state;
    SECTION("met, or taken as met: advance one step, never more") {
        for (Outcome outcome : {Outcome::met, Outcome::in_progress, Outcome::ahead}) {
            LadderState s;
            CHECK(end_week(p, steps, s, judged(outcome)) == Decision::advance);
            CHECK(s.step == 1);
            CHECK(prescription(p, steps, s) == Step{2, 16});
        }
    }
    SECTION("short: repeat; short step_back_after (2) weeks in a row: step back") {
        state.step = 3;
        CHECK(end_week(p, steps, state, judged(Outcome::short_week)) == Decision::repeat);
        CHECK(state.step == 3);
        CHECK(end_week(p, steps, state, judged(Outcome::short_week)) == Decision::step_back);
        CHECK(state.step == 2);
        CHECK(end_week(p, steps, state, judged(Outcome::short_week)) == Decision::repeat);
        SECTION("a met week in between starts the count again") {
            CHECK(end_week(p, steps, state, judged(Outcome::met)) == Decision::advance);
            CHECK(end_week(p, steps, state, judged(Outcome::short_week)) == Decision::repeat);
            CHECK(state.step == 3);
        }
    }
    SECTION("partly met: the same step; not short, and it ends a run of short weeks") {
        state.step = 3;
        state.short_weeks = 1;
        CHECK(end_week(p, steps, state, judged(Outcome::partly_met)) == Decision::repeat);
        CHECK(state.step == 3);
        CHECK(state.short_weeks == 0);
        CHECK(end_week(p, steps, state, judged(Outcome::short_week)) == Decision::repeat);
        CHECK(state.step == 3);
    }
    SECTION("the first step is never stepped back from") {
        CHECK(end_week(p, steps, state, judged(Outcome::short_week)) == Decision::repeat);
        CHECK(end_week(p, steps, state, judged(Outcome::short_week)) == Decision::repeat);
        CHECK(state.step == 0);
    }
    SECTION("weeks_per_step 2: a step is held for two met weeks") {
        p.weeks_per_step = 2;
        CHECK(end_week(p, steps, state, judged(Outcome::met)) == Decision::hold);
        CHECK(end_week(p, steps, state, judged(Outcome::partly_met)) == Decision::repeat);
        CHECK(end_week(p, steps, state, judged(Outcome::met)) == Decision::hold);
        CHECK(end_week(p, steps, state, judged(Outcome::met)) == Decision::advance);
        CHECK(state.step == 1);
    }
    SECTION("step_back_after 1: one short week is enough") {
        p.step_back_after = 1;
        state.step = 1;
        CHECK(end_week(p, steps, state, judged(Outcome::short_week)) == Decision::step_back);
        CHECK(state.step == 0);
    }
    SECTION("deload_every 4: every 4th week has half the sets (rounded up) and no progression") {
        p.deload_every = 4;
        CHECK_FALSE(is_deload_week(p, 2));
        CHECK(is_deload_week(p, 3));
        CHECK(is_deload_week(p, 7));
        state.week = 3;
        state.step = 1;
        CHECK(prescription(p, steps, state) == Step{1, 16});
        CHECK(end_week(p, steps, state, judged(Outcome::met)) == Decision::deload);
        CHECK(state.step == 1);
        CHECK(prescription(p, steps, state) == Step{2, 16});
        state.step = 26;
        state.week = 7;
        CHECK(prescription(p, steps, state) == Step{3, 25});
    }
    SECTION("a paused week changes nothing, not even the deload rhythm") {
        state.step = 4;
        state.missed = 1;
        state.week = 2;
        LadderState before = state;
        CHECK(end_week(p, steps, state, judged(Outcome::paused)) == Decision::paused);
        CHECK(state.paused_weeks == 1);
        state.paused_weeks = 0;
        CHECK(state == before);
    }
    SECTION("two paused weeks hold; from the third, a pause is a break like any other") {
        state.step = 5;
        CHECK(end_week(p, steps, state, judged(Outcome::paused)) == Decision::paused);
        CHECK(end_week(p, steps, state, judged(Outcome::paused)) == Decision::paused);
        CHECK(end_week(p, steps, state, judged(Outcome::paused)) == Decision::missed);
        CHECK(end_week(p, steps, state, judged(Outcome::paused)) == Decision::missed_step_back);
        CHECK(state.step == 4);
        CHECK(state.week == 2);
        // A week with sessions ends it.
        CHECK(end_week(p, steps, state, judged(Outcome::met)) == Decision::advance);
        CHECK(state.paused_weeks == 0);
        CHECK(end_week(p, steps, state, judged(Outcome::paused)) == Decision::paused);
    }
    SECTION("a week paused in part holds, met or not: no week to climb in") {
        WeekJudgement partly = judged(Outcome::met);
        partly.paused = 2;
        CHECK(end_week(p, steps, state, partly) == Decision::hold);
        CHECK(state.step == 0);
    }
}

TEST_CASE("week::end_week, missed weeks: a week off holds, a break steps back") {
    Progression p = back_progression();
    std::vector<Step> steps = ladder(p);
    LadderState state = at_step(5); // 2 x 20
    SECTION("one step back for every two missed weeks in a row") {
        CHECK(end_week(p, steps, state, judged(Outcome::missed)) == Decision::missed);
        CHECK(state.step == 5);
        CHECK(state.missed == 1);
        CHECK(end_week(p, steps, state, judged(Outcome::missed)) == Decision::missed_step_back);
        CHECK(state.step == 4);
        CHECK(end_week(p, steps, state, judged(Outcome::missed)) == Decision::missed);
        CHECK(end_week(p, steps, state, judged(Outcome::missed)) == Decision::missed_step_back);
        CHECK(state.step == 3);
        CHECK(state.missed == 4);
        SECTION("a week with sessions ends the run") {
            CHECK(end_week(p, steps, state, judged(Outcome::partly_met)) == Decision::repeat);
            CHECK(state.missed == 0);
            CHECK(end_week(p, steps, state, judged(Outcome::missed)) == Decision::missed);
            CHECK(state.step == 3);
        }
        SECTION("a paused week neither counts nor ends it") {
            CHECK(end_week(p, steps, state, judged(Outcome::paused)) == Decision::paused);
            CHECK(end_week(p, steps, state, judged(Outcome::missed)) == Decision::missed);
            CHECK(state.missed == 5);
        }
    }
    SECTION("for eight weeks, never below three quarters of the volume it began at") {
        state = at_step(13); // 4 x 18 = 72: no lower than 3 x 18 = 54, step 9
        for (int week = 1; week <= 8; ++week) {
            end_week(p, steps, state, judged(Outcome::missed));
        }
        // Steps back at the 2nd, 4th, 6th and 8th weeks, the last to the floor.
        CHECK(state.step == 9);
        CHECK(prescription(p, steps, state) == Step{3, 18});
        // Had it not reached it, the floor holds it all the same until the eighth week.
        state = at_step(9);
        state.missed = 7;
        state.break_from = 13;
        CHECK(end_week(p, steps, state, judged(Outcome::missed)) == Decision::missed);
        CHECK(state.step == 9);
        // A longer break goes on down, as far as the first step.
        CHECK(end_week(p, steps, state, judged(Outcome::missed)) == Decision::missed);
        CHECK(end_week(p, steps, state, judged(Outcome::missed)) == Decision::missed_step_back);
        CHECK(state.step == 8);
    }
    SECTION("never below the first step") {
        state = at_step(1);
        for (int week = 1; week <= 6; ++week) {
            end_week(p, steps, state, judged(Outcome::missed));
        }
        CHECK(state.step == 0);
    }
    SECTION("step_back_after_missed 1: every missed week steps back; 3: every third") {
        p.step_back_after_missed = 1;
        CHECK(end_week(p, steps, state, judged(Outcome::missed)) == Decision::missed_step_back);
        CHECK(state.step == 4);
        p.step_back_after_missed = 3;
        state = at_step(5);
        end_week(p, steps, state, judged(Outcome::missed));
        end_week(p, steps, state, judged(Outcome::missed));
        CHECK(state.step == 5);
        CHECK(end_week(p, steps, state, judged(Outcome::missed)) == Decision::missed_step_back);
    }
    SECTION("a missed deload week is missed: nothing was done to deload") {
        p.deload_every = 2;
        state.week = 1;
        state.missed = 1;
        CHECK(end_week(p, steps, state, judged(Outcome::missed)) == Decision::missed_step_back);
    }
}

TEST_CASE("week::end_week, the top of the ladder") {
    Progression p = back_progression();
    std::vector<Step> steps = ladder(p);
    LadderState state = at_step(26); // 5 x 25
    SECTION("met the first time: reached, and the maintenance dose (4 x 20) from then on") {
        CHECK(end_week(p, steps, state, judged(Outcome::met)) == Decision::reached);
        CHECK(state.reached);
        CHECK(prescription(p, steps, state) == Step{4, 20});
        CHECK(end_week(p, steps, state, judged(Outcome::met)) == Decision::hold);
        CHECK(prescription(p, steps, state) == Step{4, 20});
        SECTION("after a break it climbs back to the maintenance dose, no further") {
            end_week(p, steps, state, judged(Outcome::missed));
            end_week(p, steps, state, judged(Outcome::missed));
            CHECK(prescription(p, steps, state) == Step{4, 19});
            CHECK(end_week(p, steps, state, judged(Outcome::met)) == Decision::advance);
            CHECK(end_week(p, steps, state, judged(Outcome::met)) == Decision::hold);
            CHECK(prescription(p, steps, state) == Step{4, 20});
        }
    }
    SECTION("a week taken as met reaches it too (a forecast)") {
        CHECK(end_week(p, steps, state, judged(Outcome::ahead)) == Decision::reached);
    }
    SECTION("not met: no target") {
        CHECK(end_week(p, steps, state, judged(Outcome::partly_met)) == Decision::repeat);
        CHECK_FALSE(state.reached);
    }
    SECTION("the template's maintenance dose: 5 x 20") {
        p.maintenance = {5, 20};
        end_week(p, steps, state, judged(Outcome::met));
        CHECK(prescription(p, steps, state) == Step{5, 20});
    }
    SECTION("weeks_per_step 2: the first met week at the top reaches it") {
        p.weeks_per_step = 2;
        CHECK(end_week(p, steps, state, judged(Outcome::met)) == Decision::reached);
    }
}

TEST_CASE("week::end_week with pain") {
    Progression p = back_progression(); // pain_hold 3, pain_step_back 6 by default
    std::vector<Step> steps = ladder(p);
    LadderState state = at_step(3);
    state.short_weeks = 1;
    auto with_steps_back = [](int count) {
        WeekJudgement j = judged(Outcome::met, 7);
        for (int i = 0; i < count; ++i) {
            j.steps_back.push_back({add_days(parse_date("2026-11-10"), 2 * i), Step{}});
        }
        return j;
    };
    SECTION("pain 2: the week is judged as without pain") {
        CHECK(end_week(p, steps, state, judged(Outcome::met, 2)) == Decision::advance);
        CHECK(state.step == 4);
    }
    SECTION("pain 3 and 5: the step holds, the week counted neither met nor short") {
        for (int pain : {3, 5}) {
            CAPTURE(pain);
            LadderState s = state;
            s.met = 1;
            CHECK(end_week(p, steps, s, judged(Outcome::met, pain)) == Decision::pain_hold);
            CHECK(s.step == 3);
            CHECK(s.met == 1);
            CHECK(s.short_weeks == 1);
            CHECK(s.week == 1);
            s = state;
            CHECK(end_week(p, steps, s, judged(Outcome::short_week, pain)) == Decision::pain_hold);
            CHECK(s.short_weeks == 1); // a second short week would have stepped back
        }
    }
    SECTION("the steps pain took back within the week stand; both counts start again") {
        CHECK(end_week(p, steps, state, with_steps_back(1)) == Decision::pain_step_back);
        CHECK(state.step == 2);
        CHECK(state.short_weeks == 0);
        CHECK(state.met == 0);
        CHECK(end_week(p, steps, state, with_steps_back(2)) == Decision::pain_step_back);
        CHECK(state.step == 0);
    }
    SECTION("pain from pain_step_back where there was no step back (the first step) holds") {
        state.step = 0;
        CHECK(end_week(p, steps, state, judged(Outcome::met, 6)) == Decision::pain_hold);
        CHECK(state.step == 0);
    }
    SECTION("in a deload week pain decides; the deload rhythm moves on") {
        p.deload_every = 4;
        state.week = 3;
        LadderState s = state;
        CHECK(end_week(p, steps, s, judged(Outcome::met, 2)) == Decision::deload);
        s = state;
        CHECK(end_week(p, steps, s, judged(Outcome::met, 3)) == Decision::pain_hold);
        CHECK(s.week == 4);
        s = state;
        CHECK(end_week(p, steps, s, with_steps_back(1)) == Decision::pain_step_back);
        CHECK(s.step == 2);
        CHECK(s.week == 4);
    }
    SECTION("the template's thresholds: pain_hold 5") {
        p.pain_hold = 5;
        LadderState s = state;
        CHECK(end_week(p, steps, s, judged(Outcome::met, 4)) == Decision::advance);
        s = state;
        CHECK(end_week(p, steps, s, judged(Outcome::met, 5)) == Decision::pain_hold);
    }
    SECTION("pain in a paused week counts; without it the week changes nothing") {
        LadderState s = state;
        CHECK(end_week(p, steps, s, judged(Outcome::paused, 4)) == Decision::pain_hold);
        CHECK(s.week == 1);
        s = state;
        CHECK(end_week(p, steps, s, judged(Outcome::paused, 2)) == Decision::paused);
        CHECK(s.week == 0);
    }
}

TEST_CASE("week::weeks_to_reach and weeks_to_top") {
    Progression p = back_progression();
    // 4 x 20, the first step in the target, is step 15 of 0..26.
    CHECK(weeks_to_reach(p, 0) == 0);
    CHECK(weeks_to_reach(p, 15) == 15);
    CHECK(weeks_to_reach(p, 26) == 26);
    // 26 weeks to climb to 5 x 25, and the 27th meets it.
    CHECK(weeks_to_top(p, {}) == 27);
    CHECK(weeks_to_top(p, at_step(26)) == 1);
    LadderState reached = at_step(15);
    reached.reached = true;
    CHECK(weeks_to_top(p, reached) == 0);
    SECTION("weeks_per_step 2 doubles the climb") {
        p.weeks_per_step = 2;
        CHECK(weeks_to_reach(p, 15) == 30);
        CHECK(weeks_to_top(p, {}) == 53);
    }
    SECTION("deload_every 4: one week in four does not advance") {
        // Weeks 4, 8, 12, 16 are deloads; the 15th advance ends week 19.
        p.deload_every = 4;
        CHECK(weeks_to_reach(p, 15) == 19);
    }
}
