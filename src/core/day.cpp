#include "core/day.hpp"

namespace backplan::core {
namespace {

// The plan of the week of date and the next: enough to name the next training day.
Plan two_weeks_from(const Routine& routine, const LogHistory& history, Date date) {
    PlanRequest request;
    request.start = monday_of_week(date);
    request.weeks = 2;
    return build_plan(routine, history, request);
}

// The plan's first training day after `after` that is not paused; else, when a pause holds
// the plan's last training day, the first after that pause (the next two weeks' plan is built
// for it), looking past at most `pauses` more pauses.
std::optional<PlanDay> next_training_day(const Routine& routine, const LogHistory& history,
                                         const Plan& plan, Date after, int pauses = 52) {
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
    return next_training_day(routine, history, two_weeks_from(routine, history, end), end,
                             pauses - 1);
}

} // namespace

DaySession day_session(const Routine& routine, const LogHistory& history, Date date) {
    DaySession session;
    if (const PauseSpan* pause = history.pauses().covering(date)) {
        session.pause = *pause;
        if (pause->last < last_date) {
            session.next = next_training_day(
                routine, history, two_weeks_from(routine, history, pause->last), pause->last);
        }
        return session;
    }
    Plan plan = two_weeks_from(routine, history, date);
    for (const PlanDay& day : plan.weeks.front().days) {
        if (day.date == date) {
            for (const PlanItem& item : day.items) {
                const Session* logged = history.sessions(item.id).find(date);
                session.items.push_back(
                    {item, logged == nullptr ? std::nullopt : std::optional<Session>(*logged)});
            }
        }
    }
    session.next = next_training_day(routine, history, plan, date);
    return session;
}

} // namespace backplan::core
