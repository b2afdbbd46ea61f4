#include "core/day.hpp"

namespace backplan::core {

DaySession day_session(const Routine& routine, const LogHistory& history, Date date) {
    PlanRequest request;
    request.start = monday_of_week(date);
    request.weeks = 2; // this week and the next, to name the next training day
    Plan plan = build_plan(routine, history, request);
    DaySession session;
    for (const PlanWeek& week : plan.weeks) {
        for (const PlanDay& day : week.days) {
            if (day.date == date) {
                for (const PlanItem& item : day.items) {
                    const Session* logged = history.sessions(item.id).find(date);
                    session.items.push_back(
                        {item, logged == nullptr ? std::nullopt : std::optional<Session>(*logged)});
                }
            } else if (day.date > date && !session.next && in_date_range(day.date)) {
                session.next = day;
            }
        }
    }
    return session;
}

} // namespace backplan::core
