#include "core/plan.hpp"

namespace backplan::core {

Coach plan_coach(const Routine& routine, const LogHistory& history, const PlanRequest& request) {
    // Up to the end of the week of the plan's last day: pain within it lowers its rest.
    Date last = add_days(request.start, 7 * request.weeks + 6);
    // The weeks from the one before the plan's first are kept: a day's pain cautions look a
    // week back (generate over a 50-year log: 2 MB of weeks no longer held).
    Date keep_from = add_days(monday_of_week(request.start), -7);
    return request.fresh ? Coach::fresh(routine, request.start, last)
                         : Coach(routine, history, request.today, last, keep_from);
}

Plan build_plan(const Routine& routine, const LogHistory& history, const PlanRequest& request) {
    return build_plan(plan_coach(routine, history, request), history.pauses(), request);
}

Plan build_plan(const Coach& coach, const Pauses& pauses, const PlanRequest& request) {
    const Routine& routine = coach.routine();
    Plan plan{routine.name, {}};
    for (int w = 0; w < request.weeks; ++w) {
        PlanWeek week{
            w + 1, add_days(request.start, 7 * w), add_days(request.start, 7 * w + 6), {}};
        for (int d = 0; d < 7; ++d) {
            Date date = add_days(week.first, d);
            PlanDay day{date, {}, std::nullopt};
            for (std::size_t e : coach.exercises_on(date, request.days)) {
                const Exercise& exercise = routine.exercises[e];
                day.items.push_back({exercise.id, exercise.name, exercise.progression.unit,
                                     coach.replay(e).prescribed(date)});
            }
            if (!day.items.empty()) {
                if (const PauseSpan* pause = request.fresh ? nullptr : pauses.covering(date)) {
                    day.items.clear();
                    day.pause = *pause;
                }
                week.days.push_back(std::move(day));
            }
        }
        plan.weeks.push_back(std::move(week));
    }
    return plan;
}

} // namespace backplan::core
