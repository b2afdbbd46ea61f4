// The rules of one week, on hand-made sessions: how it stood against its step, knowing whether
// it is over, under way or ahead (what that decides: week_end_test.cpp). The ladder and the
// week: week_support.hpp.
#include "core/week.hpp"
#include "week_support.hpp"

#include <catch2/catch.hpp>

using namespace backplan::core;
using namespace backplan::test;

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
