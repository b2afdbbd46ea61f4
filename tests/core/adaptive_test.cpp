// The rules by which the log moves an exercise along its ladder, on hand-made histories.
#include "core/adaptive.hpp"
#include "core/plan.hpp"

#include <catch2/catch.hpp>

using namespace backplan::core;

namespace {

// The built-in routine's progression: 2 x 15 at the start; 4-5 x 20-25 at the end.
Progression back_progression() {
    return Progression{Unit::reps, 2, {15, 20}, {4, 5}, {20, 25}, 1, 1};
}

Session session(const char* date, std::vector<int> amounts) {
    Session s;
    s.date = parse_date(date);
    for (int amount : amounts) {
        s.add(amount);
    }
    return s;
}

Sessions sessions(std::vector<Session> list) {
    Sessions result;
    for (const Session& s : list) {
        result.on(s.date) = s;
    }
    return result;
}

const WeekdaySet mon_wed_fri = parse_weekdays("mon,wed,fri");

// The sessions of the week of monday.
WeekSessions week_of(const Sessions& all, const char* monday) {
    Date first = parse_date(monday);
    return {all.lower_bound(first), all.lower_bound(add_days(first, 7))};
}

std::vector<std::string> dates(const Sessions& sessions) {
    std::vector<std::string> result;
    for (const Session& s : sessions) {
        result.push_back(format_date(s.date));
    }
    return result;
}

} // namespace

TEST_CASE("adaptive::Session") {
    Session s = session("2026-11-02", {18, 20, 20});
    CHECK(s.sets == 3);
    CHECK(s.total == 58);
    CHECK(s.best_set() == 20);
    CHECK(s.top[0] == 20);
    CHECK(s.top[1] == 20);
    CHECK(s.top[2] == 18);
    CHECK(s.top[3] == 0);
    CHECK(s.meets({2, 20}));
    CHECK_FALSE(s.meets({3, 20}));
    CHECK(s.meets({3, 18}));
    SECTION("more sets than a step can ask for keep the highest") {
        Session many = session("2026-11-02", {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12});
        CHECK(many.sets == 12);
        CHECK(many.top[0] == 12);
        CHECK(many.top[9] == 3);
        CHECK(many.meets({10, 3}));
        CHECK_FALSE(many.meets({10, 4}));
    }
}

TEST_CASE("adaptive::LogHistory") {
    LogHistory history;
    LogEntry entry{
        {parse_date("2026-11-02"), 7 * 3600, 60}, "action2", Unit::reps, {20}, "", {}, {}};
    history.add(entry);
    entry.amounts = {19, 18};
    entry.time.seconds += 600;
    history.add(entry); // the same day: the same session
    entry.time.date = parse_date("2026-11-04");
    history.add(entry);
    const Sessions& by_date = history.sessions("action2");
    REQUIRE(by_date.size() == 2);
    CHECK(by_date.begin()->sets == 3);
    CHECK(by_date.begin()->total == 57);
    CHECK(history.sessions("action1").empty());

    SECTION("lines out of time order still make one session a day, oldest first") {
        entry.time.date = parse_date("2026-11-03"); // between the two days
        entry.amounts = {15};
        history.add(entry);
        entry.time.date = parse_date("2026-11-02"); // back to the first day
        entry.amounts = {21};
        history.add(entry);
        entry.time.date = parse_date("2026-10-26"); // before all of them
        history.add(entry);
        const Sessions& sorted = history.sessions("action2");
        CHECK(dates(sorted) ==
              std::vector<std::string>{"2026-10-26", "2026-11-02", "2026-11-03", "2026-11-04"});
        REQUIRE(sorted.find(parse_date("2026-11-02")) != nullptr);
        CHECK(sorted.find(parse_date("2026-11-02"))->sets == 4);
        CHECK(sorted.find(parse_date("2026-11-02"))->best_set() == 21);
        CHECK(sorted.find(parse_date("2026-11-03"))->total == 15);
        CHECK(sorted.find(parse_date("2026-11-05")) == nullptr);
        CHECK(sorted.lower_bound(parse_date("2026-10-30"))->date == parse_date("2026-11-02"));
    }
    SECTION("logged_weeks: the Mondays of the weeks with anything logged, of any exercise") {
        entry.id = "action5";
        entry.time.date = parse_date("2026-11-22"); // a Sunday: the week of 2026-11-16
        history.add(entry);
        LoggedWeeks weeks = history.logged_weeks();
        CHECK(weeks.contains(parse_date("2026-11-02")));
        CHECK(weeks.contains(parse_date("2026-11-16")));
        CHECK_FALSE(weeks.contains(parse_date("2026-11-09")));
        CHECK_FALSE(weeks.contains(parse_date("2026-11-23")));
    }
}

TEST_CASE("adaptive::judge_week") {
    Progression p = back_progression();
    Step step{2, 20};
    SECTION("met: at least half the scheduled sessions (2 of 3) reached every set") {
        Sessions s = sessions({session("2026-11-09", {20, 20}), session("2026-11-13", {21, 20})});
        WeekJudgement j = judge_week(p, step, week_of(s, "2026-11-09"), mon_wed_fri, true);
        CHECK(j.outcome == Outcome::met);
        CHECK(j.met == 2);
        CHECK(j.logged == 2);
        CHECK(j.scheduled == 3);
        CHECK(j.needed == 2);
    }
    SECTION("one good session of three is not enough: Mon 20 18, Wed 20 20, Fri missed") {
        Sessions s = sessions({session("2026-11-09", {20, 18}), session("2026-11-11", {20, 20})});
        WeekJudgement j = judge_week(p, step, week_of(s, "2026-11-09"), mon_wed_fri, true);
        CHECK(j.outcome == Outcome::partly_met);
        CHECK(j.met == 1);
        CHECK(j.logged == 2);
    }
    SECTION("sessions logged and none reached the step: short") {
        Sessions s = sessions({session("2026-11-09", {19, 19}), session("2026-11-11", {20})});
        CHECK(judge_week(p, step, week_of(s, "2026-11-09"), mon_wed_fri, true).outcome ==
              Outcome::short_week);
    }
    SECTION("nothing logged for it: not logged while something else was, unlogged otherwise") {
        Sessions s = sessions({session("2026-11-16", {20, 20})}); // the week after
        CHECK(judge_week(p, step, week_of(s, "2026-11-09"), mon_wed_fri, true).outcome ==
              Outcome::not_logged);
        WeekJudgement j = judge_week(p, step, week_of(s, "2026-11-09"), mon_wed_fri, false);
        CHECK(j.outcome == Outcome::unlogged);
        CHECK(j.logged == 0);
    }
    SECTION("extra sessions, sets and amounts count: a Tuesday of 3 x 20 and a Saturday of 25s") {
        Sessions s =
            sessions({session("2026-11-10", {20, 20, 20}), session("2026-11-14", {25, 25})});
        WeekJudgement j = judge_week(p, step, week_of(s, "2026-11-09"), mon_wed_fri, true);
        CHECK(j.outcome == Outcome::met);
        CHECK(j.met == 2);
    }
    SECTION("sessions a week: half the scheduled ones rounded up, or the template's count") {
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
    SECTION("the days judged on set the count: mon,thu needs one session") {
        Sessions s = sessions({session("2026-11-09", {20, 20})});
        CHECK(judge_week(p, step, week_of(s, "2026-11-09"), parse_weekdays("mon,thu"), true)
                  .outcome == Outcome::met);
        CHECK(judge_week(p, step, week_of(s, "2026-11-09"), mon_wed_fri, true).outcome ==
              Outcome::partly_met);
    }
}

TEST_CASE("adaptive::end_week") {
    Progression p = back_progression();
    std::vector<Step> steps = ladder(p);
    LadderState state;
    SECTION("met: advance one step, never more") {
        CHECK(end_week(p, steps, state, Outcome::met) == Decision::advance);
        CHECK(state.step == 1);
        CHECK(prescription(p, steps, state) == Step{2, 16});
    }
    SECTION("a week with nothing at all in the log counts as met, as the weeks ahead do") {
        CHECK(end_week(p, steps, state, Outcome::unlogged) == Decision::advance);
        CHECK(state.step == 1);
    }
    SECTION("short: repeat; short step_back_after (2) weeks in a row: step back") {
        state.step = 3;
        CHECK(end_week(p, steps, state, Outcome::short_week) == Decision::repeat);
        CHECK(state.step == 3);
        CHECK(end_week(p, steps, state, Outcome::short_week) == Decision::step_back);
        CHECK(state.step == 2);
        CHECK(end_week(p, steps, state, Outcome::short_week) == Decision::repeat);
        SECTION("a met week in between starts the count again") {
            CHECK(end_week(p, steps, state, Outcome::met) == Decision::advance);
            CHECK(end_week(p, steps, state, Outcome::short_week) == Decision::repeat);
            CHECK(state.step == 3);
        }
    }
    SECTION("partly met: the same step; not short, and it ends a run of short weeks") {
        state.step = 3;
        state.missed = 1;
        state.met = 0;
        CHECK(end_week(p, steps, state, Outcome::partly_met) == Decision::repeat);
        CHECK(state.step == 3);
        CHECK(state.missed == 0);
        CHECK(end_week(p, steps, state, Outcome::short_week) == Decision::repeat);
        CHECK(state.step == 3);
    }
    SECTION("nothing logged for it: the same step, and it counts neither way") {
        state.step = 2;
        state.missed = 1;
        CHECK(end_week(p, steps, state, Outcome::not_logged) == Decision::no_entries);
        CHECK(state.step == 2);
        CHECK(state.missed == 1);
        CHECK(state.week == 1);
    }
    SECTION("the first step is never stepped back from") {
        CHECK(end_week(p, steps, state, Outcome::short_week) == Decision::repeat);
        CHECK(end_week(p, steps, state, Outcome::short_week) == Decision::repeat);
        CHECK(state.step == 0);
    }
    SECTION("weeks_per_step 2: a step is held for two met weeks") {
        p.weeks_per_step = 2;
        CHECK(end_week(p, steps, state, Outcome::met) == Decision::hold);
        CHECK(end_week(p, steps, state, Outcome::partly_met) == Decision::repeat);
        CHECK(end_week(p, steps, state, Outcome::met) == Decision::hold);
        CHECK(end_week(p, steps, state, Outcome::met) == Decision::advance);
        CHECK(state.step == 1);
    }
    SECTION("step_back_after 1: one short week is enough") {
        p.step_back_after = 1;
        state.step = 1;
        CHECK(end_week(p, steps, state, Outcome::short_week) == Decision::step_back);
        CHECK(state.step == 0);
    }
    SECTION("the top of the ladder holds") {
        state.step = static_cast<int>(steps.size()) - 1;
        CHECK(prescription(p, steps, state) == Step{5, 25});
        CHECK(end_week(p, steps, state, Outcome::met) == Decision::hold);
        CHECK(prescription(p, steps, state) == Step{5, 25});
    }
    SECTION("deload_every 4: every 4th week has half the sets (rounded up) and no progression") {
        p.deload_every = 4;
        CHECK_FALSE(is_deload_week(p, 2));
        CHECK(is_deload_week(p, 3));
        CHECK(is_deload_week(p, 7));
        state.week = 3;
        state.step = 1;
        CHECK(prescription(p, steps, state) == Step{1, 16});
        CHECK(end_week(p, steps, state, Outcome::met) == Decision::deload);
        CHECK(state.step == 1);
        CHECK(prescription(p, steps, state) == Step{2, 16});
        state.step = static_cast<int>(steps.size()) - 1;
        state.week = 7;
        CHECK(prescription(p, steps, state) == Step{3, 25});
    }
}

TEST_CASE("adaptive::replay") {
    Progression p = back_progression();
    Date until = parse_date("2026-11-25"); // a Wednesday: its week starts on 2026-11-23
    Sessions history = sessions({
        session("2026-11-03", {15, 14}),     // Tue: short of 2 x 15
        session("2026-11-05", {15, 15}),     // Thu: meets it
        session("2026-11-06", {15, 15}),     // Fri: meets it: 2 of 3, the week is met
        session("2026-11-10", {16, 14, 12}), // Tue: short of 2 x 16
        session("2026-11-11", {16, 16}),     // Wed: meets it: 1 of 3, the step again
        // nothing for it in the week of 11-16
        session("2026-11-23", {30, 30}), // the week of until: not looked at
    });
    LoggedWeeks logged({parse_date("2026-11-03"), parse_date("2026-11-10"),
                        parse_date("2026-11-18"), parse_date("2026-11-23")});
    SECTION("Monday-to-Sunday weeks from the week of the first session to the week before until") {
        Replay r = replay(p, mon_wed_fri, history, logged, Pauses{}, until);
        CHECK(format_date(r.first_judged) == "2026-11-02");
        REQUIRE(r.weeks.size() == 3);
        CHECK(format_date(r.weeks[0].first) == "2026-11-02");
        CHECK(r.weeks[0].prescribed == Step{2, 15});
        CHECK(r.weeks[0].judgement.outcome == Outcome::met);
        CHECK(r.weeks[0].judgement.logged == 3);
        CHECK(r.weeks[0].judgement.met == 2);
        CHECK(r.weeks[0].decision == Decision::advance);
        CHECK(r.weeks[1].prescribed == Step{2, 16});
        CHECK(r.weeks[1].judgement.outcome == Outcome::partly_met);
        CHECK(r.weeks[1].decision == Decision::repeat);
        CHECK(format_date(r.weeks[2].first) == "2026-11-16");
        CHECK(r.weeks[2].judgement.outcome == Outcome::not_logged);
        CHECK(r.weeks[2].decision == Decision::no_entries);
        CHECK(r.now == Step{2, 16});
        CHECK(r.state.step == 1);
        CHECK(r.state.week == 3);
        SECTION("prescribed: each week's step; the first step before judging starts") {
            CHECK(r.prescribed(parse_date("2026-10-26")) == Step{2, 15});
            CHECK(r.prescribed(parse_date("2026-11-02")) == Step{2, 15});
            CHECK(r.prescribed(parse_date("2026-11-09")) == Step{2, 16});
            CHECK(r.prescribed(parse_date("2026-11-16")) == Step{2, 16});
            CHECK(r.prescribed(parse_date("2026-11-23")) == Step{2, 16});
        }
        SECTION("forget_before: the weeks before are dropped, the later ones kept as they were") {
            r.forget_before(parse_date("2026-11-09"));
            REQUIRE(r.weeks.size() == 2);
            CHECK(format_date(r.weeks[0].first) == "2026-11-09");
            CHECK(r.prescribed(parse_date("2026-11-09")) == Step{2, 16});
            CHECK(r.prescribed(parse_date("2026-11-16")) == Step{2, 16});
            CHECK(r.prescribed(parse_date("2026-11-23")) == Step{2, 16});
            r.forget_before(parse_date("2027-01-04")); // past the end: nothing left but now
            CHECK(r.weeks.empty());
            CHECK(r.now == Step{2, 16});
        }
    }
    SECTION("until on the Monday or the Sunday of its week: the same replay") {
        Replay monday = replay(p, mon_wed_fri, history, logged, Pauses{}, parse_date("2026-11-23"));
        Replay sunday = replay(p, mon_wed_fri, history, logged, Pauses{}, parse_date("2026-11-29"));
        CHECK(monday.weeks.size() == 3);
        CHECK(sunday.now == monday.now);
        CHECK(sunday.weeks.size() == 3);
    }
    SECTION("a week with nothing at all in the log is taken as met") {
        LoggedWeeks without({parse_date("2026-11-03"), parse_date("2026-11-10")});
        Replay r = replay(p, mon_wed_fri, history, without, Pauses{}, until);
        CHECK(r.weeks[2].judgement.outcome == Outcome::unlogged);
        CHECK(r.weeks[2].decision == Decision::advance);
        CHECK(r.now == Step{2, 17});
    }
    SECTION("short only when no session met; two short weeks in a row step back") {
        Sessions s = sessions({session("2026-11-02", {15, 15}), session("2026-11-04", {15, 15}),
                               session("2026-11-09", {16, 15}), session("2026-11-16", {15, 15})});
        Replay r = replay(p, mon_wed_fri, s,
                          LoggedWeeks({parse_date("2026-11-02"), parse_date("2026-11-09"),
                                       parse_date("2026-11-16")}),
                          Pauses{}, until);
        REQUIRE(r.weeks.size() == 3);
        CHECK(r.weeks[1].judgement.outcome == Outcome::short_week);
        CHECK(r.weeks[1].after.missed == 1);
        CHECK(r.weeks[2].decision == Decision::step_back);
        CHECK(r.now == Step{2, 15});
    }
    SECTION("a Sunday session is judged in the week it ends") {
        Sessions s = sessions({session("2026-11-22", {15, 15})});
        Replay r = replay(p, parse_weekdays("sun"), s, LoggedWeeks({parse_date("2026-11-22")}),
                          Pauses{}, until);
        REQUIRE(r.weeks.size() == 1);
        CHECK(format_date(r.weeks[0].first) == "2026-11-16");
        CHECK(r.now == Step{2, 16});
    }
    SECTION("nothing logged before the week of until: the first step on every date") {
        Sessions s = sessions({session("2026-11-23", {30, 30})});
        Replay r =
            replay(p, mon_wed_fri, s, LoggedWeeks({parse_date("2026-11-23")}), Pauses{}, until);
        CHECK(r.weeks.empty());
        CHECK(r.now == Step{2, 15});
        CHECK(r.prescribed(parse_date("2026-11-02")) == Step{2, 15});
    }
}

TEST_CASE("adaptive::fresh_start") {
    Replay r = fresh_start(back_progression(), parse_date("2026-11-26"), parse_date("2026-12-14"));
    CHECK(format_date(r.first_judged) == "2026-11-23");
    CHECK(r.prescribed(parse_date("2026-11-16")) == Step{2, 15});
    CHECK(r.prescribed(parse_date("2026-11-23")) == Step{2, 15});
    CHECK(r.prescribed(parse_date("2026-11-30")) == Step{2, 16});
    CHECK(r.prescribed(parse_date("2026-12-07")) == Step{2, 17});
    CHECK(r.prescribed(parse_date("2026-12-14")) == Step{2, 18});
}

TEST_CASE("adaptive::weeks_to_reach") {
    Progression p = back_progression();
    // The built-in ladder: 4 x 20, the first step in the target, is step 15 of 0..26.
    CHECK(weeks_to_reach(p, 0) == 0);
    CHECK(weeks_to_reach(p, 15) == 15);
    CHECK(weeks_to_reach(p, 26) == 26);
    SECTION("weeks_per_step 2 doubles them") {
        p.weeks_per_step = 2;
        CHECK(weeks_to_reach(p, 15) == 30);
    }
    SECTION("deload_every 4: one week in four does not advance") {
        // Weeks 4, 8, 12, 16 are deloads; the 15th advance ends week 19.
        p.deload_every = 4;
        CHECK(weeks_to_reach(p, 15) == 19);
    }
}

namespace {

Session with_pain(Session s, int pain) {
    s.pain = pain;
    return s;
}

} // namespace

TEST_CASE("adaptive::LogHistory::add keeps the day's highest pain") {
    LogHistory history;
    auto add = [&](const char* time, std::optional<int> pain) {
        LogEntry entry{parse_timestamp(time), "action2", Unit::reps, {20}, "", {}};
        entry.pain = pain;
        history.add(entry);
    };
    add("2026-11-24T07:30:00+01:00", 2);
    add("2026-11-24T12:00:00+01:00", 5);
    add("2026-11-24T18:00:00+01:00", std::nullopt);
    add("2026-11-25T07:30:00+01:00", 0);
    add("2026-11-26T07:30:00+01:00", std::nullopt);
    const Sessions& s = history.sessions("action2");
    CHECK(s.find(parse_date("2026-11-24"))->pain == 5);
    CHECK(s.find(parse_date("2026-11-24"))->sets == 3);
    CHECK(s.find(parse_date("2026-11-25"))->pain == 0);
    CHECK(s.find(parse_date("2026-11-26"))->pain == -1);
}

TEST_CASE("adaptive::judge_week keeps the week's highest pain and its last day") {
    Progression p = back_progression();
    SECTION("the highest, on the last day it was reported") {
        Sessions s = sessions({with_pain(session("2026-11-02", {15, 15}), 2),
                               with_pain(session("2026-11-04", {15, 15}), 4),
                               session("2026-11-05", {15, 15}),
                               with_pain(session("2026-11-06", {15, 15}), 4)});
        WeekJudgement j = judge_week(p, {2, 15}, week_of(s, "2026-11-02"), mon_wed_fri, true);
        CHECK(j.outcome == Outcome::met);
        CHECK(j.pain == 4);
        CHECK(format_date(j.pain_date) == "2026-11-06");
    }
    SECTION("none reported: -1; pain 0 is reported none") {
        Sessions s = sessions({session("2026-11-02", {15, 15})});
        CHECK(judge_week(p, {2, 15}, week_of(s, "2026-11-02"), mon_wed_fri, true).pain == -1);
        s = sessions({with_pain(session("2026-11-03", {15, 15}), 0)});
        WeekJudgement j = judge_week(p, {2, 15}, week_of(s, "2026-11-02"), mon_wed_fri, true);
        CHECK(j.pain == 0);
        CHECK(format_date(j.pain_date) == "2026-11-03");
    }
}

TEST_CASE("adaptive::end_week with pain") {
    Progression p = back_progression(); // pain_hold 3, pain_step_back 6 by default
    std::vector<Step> steps = ladder(p);
    LadderState state;
    state.step = 3;
    state.missed = 1;
    SECTION("pain 2: the week is judged as without pain") {
        CHECK(end_week(p, steps, state, Outcome::met, 2) == Decision::advance);
        CHECK(state.step == 4);
    }
    SECTION("pain 3 and 5: the step holds, the week counted neither met nor short") {
        for (int pain : {3, 5}) {
            CAPTURE(pain);
            LadderState s = state;
            s.met = 1;
            CHECK(end_week(p, steps, s, Outcome::met, pain) == Decision::pain_hold);
            CHECK(s.step == 3);
            CHECK(s.met == 1);
            CHECK(s.missed == 1);
            CHECK(s.week == 1);
            s = state;
            CHECK(end_week(p, steps, s, Outcome::short_week, pain) == Decision::pain_hold);
            CHECK(s.missed == 1); // a second short week would have stepped back
        }
    }
    SECTION("pain 6 and 10: one step back, both counts started again") {
        for (int pain : {6, 10}) {
            LadderState s = state;
            CHECK(end_week(p, steps, s, Outcome::met, pain) == Decision::pain_step_back);
            CHECK(s.step == 2);
            CHECK(s.missed == 0);
            CHECK(s.met == 0);
        }
    }
    SECTION("at the first step, pain 6 holds it: there is no step before") {
        state.step = 0;
        CHECK(end_week(p, steps, state, Outcome::met, 6) == Decision::pain_hold);
        CHECK(state.step == 0);
    }
    SECTION("in a deload week pain decides; the deload rhythm moves on") {
        p.deload_every = 4;
        state.week = 3;
        LadderState s = state;
        CHECK(end_week(p, steps, s, Outcome::met, 2) == Decision::deload);
        s = state;
        CHECK(end_week(p, steps, s, Outcome::met, 3) == Decision::pain_hold);
        CHECK(s.week == 4);
        s = state;
        CHECK(end_week(p, steps, s, Outcome::met, 6) == Decision::pain_step_back);
        CHECK(s.step == 2);
        CHECK(s.week == 4);
    }
    SECTION("the template's thresholds: pain_hold 5, pain_step_back 8") {
        p.pain_hold = 5;
        p.pain_step_back = 8;
        LadderState s = state;
        CHECK(end_week(p, steps, s, Outcome::met, 4) == Decision::advance);
        s = state;
        CHECK(end_week(p, steps, s, Outcome::met, 7) == Decision::pain_hold);
        s = state;
        CHECK(end_week(p, steps, s, Outcome::met, 8) == Decision::pain_step_back);
    }
}

TEST_CASE("adaptive::replay holds and steps back on pain") {
    Progression p = back_progression();
    Sessions s = sessions({
        with_pain(session("2026-11-02", {15, 15}), 2), // met 2 x 15, pain 2: next step
        session("2026-11-04", {15, 15}),
        session("2026-11-09", {16, 16}), // met 2 x 16, pain 4 on Wed: holds
        with_pain(session("2026-11-11", {16, 16}), 4),
        with_pain(session("2026-11-17", {16, 16}), 7), // met again, pain 7 on Tue: step back
        session("2026-11-18", {16, 16}),
    });
    LoggedWeeks logged(
        {parse_date("2026-11-02"), parse_date("2026-11-09"), parse_date("2026-11-17")});
    Replay r = replay(p, mon_wed_fri, s, logged, Pauses{}, parse_date("2026-11-23"));
    REQUIRE(r.weeks.size() == 3);
    CHECK(r.weeks[0].decision == Decision::advance);
    CHECK(r.weeks[1].prescribed == Step{2, 16});
    CHECK(r.weeks[1].judgement.outcome == Outcome::met);
    CHECK(r.weeks[1].judgement.pain == 4);
    CHECK(format_date(r.weeks[1].judgement.pain_date) == "2026-11-11");
    CHECK(r.weeks[1].decision == Decision::pain_hold);
    CHECK(r.weeks[2].prescribed == Step{2, 16});
    CHECK(r.weeks[2].decision == Decision::pain_step_back);
    CHECK(r.now == Step{2, 15});
}
