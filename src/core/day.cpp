#include "core/day.hpp"

#include <algorithm>

namespace backplan::core {
namespace {

PlanRequest two_weeks_request(Date date, Date today) {
    PlanRequest request;
    request.start = monday_of_week(date);
    request.today = today;
    request.weeks = 2;
    return request;
}

// The plan of the week of date and the next: enough to name the next training day.
Plan two_weeks_from(const Routine& routine, const LogHistory& history, Date date, Date today) {
    return build_plan(routine, history, two_weeks_request(date, today));
}

// The plan's first training day after `after` that is not paused; else, when a pause holds
// the plan's last training day, the first after that pause (the next two weeks' plan is built
// for it), looking past at most `pauses` more pauses.
std::optional<PlanDay> next_training_day(const Routine& routine, const LogHistory& history,
                                         Date today, const Plan& plan, Date after,
                                         int pauses = 52) {
    const PlanDay* last = nullptr;
    for (const PlanWeek& week : plan.weeks) {
        for (const PlanDay& day : week.days) {
            if (day.date > after && !day.pause && in_date_range(day.date)) {
                return day;
            }
            last = &day;
        }
    }
    if (last == nullptr || !last->pause || last->pause->last >= last_date || pauses == 0) {
        return std::nullopt;
    }
    Date end = last->pause->last;
    return next_training_day(routine, history, today, two_weeks_from(routine, history, end, today),
                             end, pauses - 1);
}

std::vector<PainCaution> cautions_of(const Coach& coach, const LogHistory& history,
                                     const std::vector<DayItem>& items, Date date) {
    const Routine& routine = coach.routine();
    std::vector<PainCaution> cautions;
    for (const DayItem& item : items) {
        std::size_t e = index_of(routine, item.item.id);
        const Progression& p = routine.exercises[e].progression;
        std::optional<PainReport> recent = recent_pain(history.sessions(item.item.id), date);
        if (!recent || recent->pain < p.pain_hold) {
            continue;
        }
        PainCaution caution{item.item.id,   item.item.unit,      *recent, PainCaution::Action::hold,
                            item.item.step, recent->date == date};
        const Sessions& sessions = history.sessions(item.item.id);
        caution.again =
            std::count_if(sessions.lower_bound(add_days(date, -13)),
                          sessions.lower_bound(add_days(date, 1)),
                          [&](const Session& s) { return s.pain >= p.pain_step_back; }) >= 2;
        if (recent->pain >= p.pain_step_back) {
            // Whether the report took a step back (from the next day) or found none to take.
            const WeekRecord* week = coach.replay(e).week(monday_of_week(recent->date));
            Date next_day = add_days(recent->date, 1);
            bool stepped =
                week != nullptr &&
                std::any_of(week->judgement.steps_back.begin(), week->judgement.steps_back.end(),
                            [&](const StepBack& back) { return back.from == next_day; });
            caution.action =
                stepped ? PainCaution::Action::step_back : PainCaution::Action::first_step;
            if (caution.today) {
                caution.step = coach.replay(e).prescribed(next_day);
            }
        }
        cautions.push_back(caution);
    }
    return cautions;
}

std::vector<ReachedNote> reached_of(const Coach& coach, Date date) {
    const Routine& routine = coach.routine();
    std::vector<ReachedNote> notes;
    for (std::size_t e = 0; e < routine.exercises.size(); ++e) {
        const std::optional<Reached>& reached = coach.replay(e).reached;
        if (!reached || reached->ahead || reached->date > date ||
            reached->date < add_days(date, -7)) {
            continue;
        }
        const Exercise& exercise = routine.exercises[e];
        std::vector<Step> steps = ladder(exercise.progression);
        ReachedNote note{exercise.id,
                         exercise.progression.unit,
                         reached->date,
                         steps.back(),
                         steps[maintenance_step(exercise.progression, steps)],
                         std::nullopt};
        if (!exercise.then.empty()) {
            std::size_t v = index_of(routine, exercise.then);
            const Exercise& variant = routine.exercises[v];
            Date from = add_days(monday_of_week(reached->date), 7);
            note.variant = PlanItem{variant.id, variant.name, variant.progression.unit,
                                    coach.replay(v).prescribed(from)};
        }
        notes.push_back(std::move(note));
    }
    return notes;
}

} // namespace

int DayItem::sets_left() const {
    std::int64_t done = logged ? logged->sets : 0;
    return stopped ? 0 : static_cast<int>(std::max<std::int64_t>(0, item.step.sets - done));
}

DayState day_state(const DaySession& session) {
    if (session.items.empty()) {
        return session.pause ? DayState::paused : DayState::rest;
    }
    bool left = std::any_of(session.items.begin(), session.items.end(),
                            [](const DayItem& item) { return item.sets_left() > 0; });
    return left ? DayState::left : DayState::done;
}

DaySession day_session(const Routine& routine, const LogHistory& history, Date date, Date today) {
    DaySession session;
    if (const PauseSpan* pause = history.pauses().covering(date)) {
        session.pause = *pause;
        if (pause->last < last_date) {
            session.next = next_training_day(routine, history, today,
                                             two_weeks_from(routine, history, pause->last, today),
                                             pause->last);
        }
        return session;
    }
    PlanRequest request = two_weeks_request(date, today);
    Coach coach = plan_coach(routine, history, request);
    Plan plan = build_plan(coach, history.pauses(), request);
    // Pain from pain_step_back with any exercise ends the day's session: the back rests.
    bool stopped = std::any_of(
        routine.exercises.begin(), routine.exercises.end(), [&](const Exercise& exercise) {
            const Session* logged = history.sessions(exercise.id).find(date);
            return logged != nullptr && logged->pain >= exercise.progression.pain_step_back;
        });
    for (const PlanDay& day : plan.weeks.front().days) {
        if (day.date != date) {
            continue;
        }
        for (const PlanItem& item : day.items) {
            const Session* logged = history.sessions(item.id).find(date);
            session.items.push_back(
                {item, logged == nullptr ? std::nullopt : std::optional<Session>(*logged),
                 stopped});
        }
    }
    session.next = next_training_day(routine, history, today, plan, date);
    session.cautions = cautions_of(coach, history, session.items, date);
    session.reached = reached_of(coach, date);
    return session;
}

} // namespace backplan::core
