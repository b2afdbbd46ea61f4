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
    LogEntry entry{{parse_date("2026-11-02"), 7 * 3600, 60}, "action2", Unit::reps, {20}, ""};
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
}

TEST_CASE("adaptive::end_week") {
    Progression p = back_progression();
    std::vector<Step> steps = ladder(p);
    LadderState state;
    SECTION("met: advance one step") {
        CHECK(end_week(p, steps, state, true) == Decision::advance);
        CHECK(state.step == 1);
        CHECK(prescription(p, steps, state) == Step{2, 16});
    }
    SECTION("short: repeat; short step_back_after (2) weeks in a row: step back") {
        state.step = 3;
        CHECK(end_week(p, steps, state, false) == Decision::repeat);
        CHECK(state.step == 3);
        CHECK(end_week(p, steps, state, false) == Decision::step_back);
        CHECK(state.step == 2);
        CHECK(end_week(p, steps, state, false) == Decision::repeat);
        SECTION("a met week in between starts the count again") {
            CHECK(end_week(p, steps, state, true) == Decision::advance);
            CHECK(end_week(p, steps, state, false) == Decision::repeat);
            CHECK(state.step == 3);
        }
    }
    SECTION("nothing logged: the same step, and it counts neither way") {
        state.step = 2;
        state.missed = 1;
        CHECK(end_week(p, steps, state, std::nullopt) == Decision::no_entries);
        CHECK(state.step == 2);
        CHECK(state.missed == 1);
        CHECK(state.week == 1);
    }
    SECTION("the first step is never stepped back from") {
        CHECK(end_week(p, steps, state, false) == Decision::repeat);
        CHECK(end_week(p, steps, state, false) == Decision::repeat);
        CHECK(state.step == 0);
    }
    SECTION("weeks_per_step 2: a step is held for two met weeks") {
        p.weeks_per_step = 2;
        CHECK(end_week(p, steps, state, true) == Decision::hold);
        CHECK(end_week(p, steps, state, true) == Decision::advance);
        CHECK(state.step == 1);
    }
    SECTION("step_back_after 1: one short week is enough") {
        p.step_back_after = 1;
        state.step = 1;
        CHECK(end_week(p, steps, state, false) == Decision::step_back);
        CHECK(state.step == 0);
    }
    SECTION("the top of the ladder holds") {
        state.step = static_cast<int>(steps.size()) - 1;
        CHECK(prescription(p, steps, state) == Step{5, 25});
        CHECK(end_week(p, steps, state, true) == Decision::hold);
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
        CHECK(end_week(p, steps, state, true) == Decision::deload);
        CHECK(state.step == 1);
        CHECK(prescription(p, steps, state) == Step{2, 16});
        state.step = static_cast<int>(steps.size()) - 1;
        state.week = 7;
        CHECK(prescription(p, steps, state) == Step{3, 25});
    }
}

TEST_CASE("adaptive::replay") {
    Progression p = back_progression();
    Date start = parse_date("2026-11-23");
    SECTION("no sessions before the start: the ladder's first step") {
        Replay r = replay(p, sessions({session("2026-11-23", {30, 30})}), start);
        CHECK(r.weeks.empty());
        CHECK(r.state.step == 0);
    }
    SECTION("weeks counted back from the start, judged by their best session") {
        Replay r = replay(p,
                          sessions({
                              session("2026-11-03", {15, 14}),     // short of 2 x 15
                              session("2026-11-05", {15, 15}),     // meets it: advance
                              session("2026-11-10", {16, 14, 12}), // short of 2 x 16: repeat
                              // nothing in the week of 11-16
                              session("2026-11-23", {30, 30}), // this week: not judged yet
                          }),
                          start);
        REQUIRE(r.weeks.size() == 3);
        CHECK(format_date(r.weeks[0].first) == "2026-11-02");
        CHECK(r.weeks[0].prescribed == Step{2, 15});
        CHECK(r.weeks[0].sessions == 2);
        CHECK(format_date(r.weeks[0].best->date) == "2026-11-05");
        CHECK(r.weeks[0].decision == Decision::advance);
        CHECK(r.weeks[1].prescribed == Step{2, 16});
        CHECK(r.weeks[1].decision == Decision::repeat);
        CHECK(format_date(r.weeks[2].first) == "2026-11-16");
        CHECK(r.weeks[2].decision == Decision::no_entries);
        CHECK_FALSE(r.weeks[2].best);
        CHECK(r.state.step == 1);
        CHECK(r.state.missed == 1);
        CHECK(r.state.week == 3);
    }
    SECTION("two short weeks in a row step back") {
        Replay r =
            replay(p,
                   sessions({session("2026-11-02", {15, 15}), session("2026-11-09", {16, 15}),
                             session("2026-11-16", {15, 15})}),
                   start);
        REQUIRE(r.weeks.size() == 3);
        CHECK(r.weeks[2].decision == Decision::step_back);
        CHECK(r.state.step == 0);
    }
    SECTION("a first session a day before the start makes one week of history") {
        Replay r = replay(p, sessions({session("2026-11-22", {15, 15})}), start);
        REQUIRE(r.weeks.size() == 1);
        CHECK(format_date(r.weeks[0].first) == "2026-11-16");
        CHECK(r.state.step == 1);
    }
}

TEST_CASE("adaptive::build_plan from a state") {
    Routine routine;
    routine.name = "R";
    routine.days = parse_weekdays("mon");
    routine.exercises.push_back({"a1", "A", {}, {}, {}, std::nullopt, back_progression()});
    routine.exercises.push_back({"a2", "B", {}, {}, {}, std::nullopt, back_progression()});
    PlanRequest request{parse_date("2026-11-23"), 3, std::nullopt, {}};
    request.states["a1"] = LadderState{4, 10, 0, 1};
    Plan plan = build_plan(routine, request);
    REQUIRE(plan.weeks.size() == 3);
    CHECK(plan.weeks[0].days[0].items[0].step == Step{2, 19});
    CHECK(plan.weeks[1].days[0].items[0].step == Step{2, 20});
    CHECK(plan.weeks[2].days[0].items[0].step == Step{3, 15});
    SECTION("an exercise without a state starts at the bottom of its ladder") {
        CHECK(plan.weeks[0].days[0].items[1].step == Step{2, 15});
        CHECK(plan.weeks[2].days[0].items[1].step == Step{2, 17});
    }
}
