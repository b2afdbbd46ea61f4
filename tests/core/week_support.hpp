#pragma once

// Hand-made sessions and states for the tests of one week's rules (week_test.cpp,
// week_end_test.cpp). The built-in ladder: 2 x 15..2 x 20 are steps 0-5, 3 x 15..3 x 20 6-11,
// 4 x 17..4 x 25 12-20, 5 x 20..5 x 25 21-26. The week of Monday 2026-11-09: Wed 11-11, Fri
// 11-13.

#include "core/week.hpp"

#include <vector>

namespace backplan::test {

using namespace backplan::core;

// The built-in routine's progression: 2 x 15 at the start; 4-5 x 20-25 at the end.
inline Progression back_progression() {
    return Progression{Unit::reps, 2, {15, 20}, {4, 5}, {20, 25}, 1, 1};
}

inline const WeekdaySet mon_wed_fri = parse_weekdays("mon,wed,fri");

struct Day {
    const char* date;
    std::vector<int> amounts;
    int pain = -1;
};

inline Sessions sessions(const std::vector<Day>& days) {
    Sessions result;
    for (const Day& day : days) {
        Session& s = result.on(parse_date(day.date));
        for (int amount : day.amounts) {
            s.add(amount);
        }
        s.pain = static_cast<std::int16_t>(day.pain);
    }
    return result;
}

inline LadderState at_step(int step) {
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

inline WeekJudgement judged(Outcome outcome, int pain = -1) {
    WeekJudgement judgement;
    judgement.outcome = outcome;
    judgement.pain = pain;
    return judgement;
}

} // namespace backplan::test
