#include "core/week.hpp"

#include <algorithm>

namespace backplan::core {
namespace {

// The state with steps_back steps taken back within its week.
LadderState lowered(LadderState state, int steps_back) {
    state.step -= steps_back;
    return state;
}

// The steps taken back within the week on or before date.
int steps_back_by(const WeekJudgement& judgement, Date date) {
    return static_cast<int>(std::count_if(judgement.steps_back.begin(), judgement.steps_back.end(),
                                          [&](const StepBack& back) { return back.from <= date; }));
}

// Records a week met (or taken as met) in the state.
Decision met_week(const Progression& p, const std::vector<Step>& ladder, LadderState& state) {
    state.short_weeks = 0;
    int top = static_cast<int>(ladder.size()) - 1;
    if (!state.reached && state.step >= top) {
        state.reached = true;
        state.step = static_cast<int>(maintenance_step(p, ladder));
        state.met = 0;
        return Decision::reached;
    }
    int cap = state.reached ? static_cast<int>(maintenance_step(p, ladder)) : top;
    if (state.step >= cap) {
        return Decision::hold;
    }
    if (++state.met < p.weeks_per_step) {
        return Decision::hold;
    }
    state.met = 0;
    ++state.step;
    return Decision::advance;
}

// Records a week with nothing logged in the state.
Decision missed_week(const Progression& p, const std::vector<Step>& ladder, LadderState& state) {
    state.met = 0;
    state.short_weeks = 0;
    if (state.missed++ == 0) {
        state.break_from = state.step;
    }
    // A break of a few weeks steps back a little; a long one, as far as the first step.
    int floor = state.missed <= break_floor_weeks ? break_floor(ladder, state.break_from) : 0;
    if (state.missed % p.step_back_after_missed == 0 && state.step > floor) {
        --state.step;
        return Decision::missed_step_back;
    }
    return Decision::missed;
}

} // namespace

int sessions_scheduled(WeekdaySet days) {
    int count = 0;
    for (unsigned iso = 1; iso <= 7; ++iso) {
        count += days.contains(std::chrono::weekday(iso)) ? 1 : 0;
    }
    return count;
}

int sessions_needed(const Progression& p, int scheduled) {
    int needed =
        p.sessions_to_meet > 0 ? std::min(p.sessions_to_meet, scheduled) : (scheduled + 1) / 2;
    return std::max(needed, 1);
}

bool is_deload_week(const Progression& p, int week) {
    return p.deload_every > 0 && (week + 1) % p.deload_every == 0;
}

Step prescription(const Progression& p, const std::vector<Step>& ladder, const LadderState& state) {
    Step step = ladder[static_cast<std::size_t>(state.step)];
    if (is_deload_week(p, state.week)) {
        step.sets = (step.sets + 1) / 2;
    }
    return step;
}

Step prescription_on(const Progression& p, const std::vector<Step>& ladder, LadderState state,
                     const WeekJudgement& judgement, Date date) {
    return prescription(p, ladder, lowered(state, steps_back_by(judgement, date)));
}

WeekJudgement judge_week(const Progression& p, const std::vector<Step>& ladder,
                         const LadderState& state, WeekSessions sessions, Date monday,
                         const WeekSetting& setting) {
    WeekJudgement judgement;
    int scheduled = sessions_scheduled(setting.days);
    judgement.paused = sessions_scheduled(setting.days & setting.paused);
    judgement.scheduled = scheduled - judgement.paused;
    judgement.needed = sessions_needed(p, judgement.scheduled);
    int back = 0;
    for (const Session& session : sessions) {
        ++judgement.logged;
        judgement.met += session.meets(prescription(p, ladder, lowered(state, back))) ? 1 : 0;
        if (session.pain >= 0 && session.pain >= judgement.pain) {
            judgement.pain = session.pain;
            judgement.pain_date = session.date;
        }
        // Pain acts at once: the rest of the week a step lower, while there is one.
        if (session.pain >= p.pain_step_back && state.step - back > 0) {
            ++back;
            judgement.steps_back.push_back(
                {add_days(session.date, 1), prescription(p, ladder, lowered(state, back))});
        }
    }
    if (setting.kind == WeekKind::current) {
        Step step = prescription(p, ladder, lowered(state, back));
        auto session = sessions.begin();
        for (int d = 0; d < 7; ++d) {
            Date date = add_days(monday, d);
            std::chrono::weekday weekday = weekday_of(date);
            while (session != sessions.end() && session->date < date) {
                ++session;
            }
            // Done, or a day whose session pain ended.
            bool done = session != sessions.end() && session->date == date &&
                        (session->meets(step) || session->pain >= p.pain_step_back);
            judgement.left += date >= setting.today && setting.days.contains(weekday) &&
                                      !setting.paused.contains(weekday) && !done
                                  ? 1
                                  : 0;
        }
    }
    if (scheduled > 0 && judgement.scheduled == 0) {
        judgement.outcome = Outcome::paused;
    } else if (judgement.met >= judgement.needed) {
        judgement.outcome = Outcome::met;
    } else if (setting.kind == WeekKind::ahead) {
        judgement.outcome = Outcome::ahead;
    } else if (setting.kind == WeekKind::current &&
               judgement.met + judgement.left >= judgement.needed) {
        judgement.outcome = Outcome::in_progress;
    } else if (judgement.logged == 0) {
        judgement.outcome = Outcome::missed;
    } else {
        judgement.outcome = judgement.met > 0 ? Outcome::partly_met : Outcome::short_week;
    }
    return judgement;
}

Decision end_week(const Progression& p, const std::vector<Step>& ladder, LadderState& state,
                  const WeekJudgement& judgement) {
    // A paused week changes nothing, unless pain was reported in it all the same; but past two
    // in a row, a pause is a break like any other.
    bool paused = judgement.outcome == Outcome::paused && judgement.pain < p.pain_hold;
    state.paused_weeks = paused ? state.paused_weeks + 1 : 0;
    if (paused && state.paused_weeks <= 2) {
        return Decision::paused;
    }
    bool deload = is_deload_week(p, state.week);
    ++state.week;
    if (paused) {
        return missed_week(p, ladder, state);
    }
    if (judgement.outcome != Outcome::missed) {
        state.missed = 0;
    }
    if (!judgement.steps_back.empty()) {
        state.step -= static_cast<int>(judgement.steps_back.size());
        state.met = 0;
        state.short_weeks = 0;
        return Decision::pain_step_back;
    }
    if (judgement.pain >= p.pain_hold) {
        return Decision::pain_hold;
    }
    if (judgement.outcome == Outcome::missed) {
        return missed_week(p, ladder, state);
    }
    if (deload) {
        return Decision::deload;
    }
    switch (judgement.outcome) {
    case Outcome::met:
    case Outcome::in_progress:
    case Outcome::ahead:
        // Days off within it (illness, travel): no week to climb in.
        if (judgement.paused > 0) {
            state.short_weeks = 0;
            return Decision::hold;
        }
        return met_week(p, ladder, state);
    case Outcome::partly_met:
        state.met = 0;
        state.short_weeks = 0;
        return Decision::repeat;
    case Outcome::short_week:
        state.met = 0;
        if (++state.short_weeks >= p.step_back_after && state.step > 0) {
            state.short_weeks = 0;
            --state.step;
            return Decision::step_back;
        }
        return Decision::repeat;
    case Outcome::missed:
    case Outcome::paused:
        break;
    }
    return Decision::repeat;
}

std::vector<Step> forecast(const Progression& p, LadderState state, int weeks) {
    std::vector<Step> steps = ladder(p);
    std::vector<Step> result;
    WeekJudgement met;
    for (int w = 0; w < weeks; ++w) {
        result.push_back(prescription(p, steps, state));
        end_week(p, steps, state, met);
    }
    return result;
}

int weeks_to_reach(const Progression& p, std::size_t step) {
    std::vector<Step> steps = ladder(p);
    LadderState state;
    WeekJudgement met;
    int weeks = 0;
    while (static_cast<std::size_t>(state.step) < std::min(step, steps.size() - 1)) {
        end_week(p, steps, state, met);
        ++weeks;
    }
    return weeks;
}

int weeks_to_top(const Progression& p, LadderState state) {
    if (state.reached) {
        return 0;
    }
    std::vector<Step> steps = ladder(p);
    WeekJudgement met;
    int weeks = 1;
    while (end_week(p, steps, state, met) != Decision::reached) {
        ++weeks;
    }
    return weeks;
}

} // namespace backplan::core
