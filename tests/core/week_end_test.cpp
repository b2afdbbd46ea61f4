// The rules of one week, on hand-made sessions: what the week's judgement decides (end_week),
// and how long the ladder takes. The ladder and the week: week_support.hpp.
#include "core/week.hpp"
#include "week_support.hpp"

#include <catch2/catch.hpp>

using namespace backplan::core;
using namespace backplan::test;

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
