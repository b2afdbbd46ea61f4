#include "core/plan.hpp"

namespace backplan::core {

Plan build_plan(const Routine& routine, const LogHistory& history, const PlanRequest& request) {
    Plan plan{routine.name, {}};
    Date last = add_days(request.start, 7 * request.weeks - 1);
    LoggedWeeks logged = request.fresh ? LoggedWeeks{} : history.logged_weeks();
    std::vector<Replay> replays;
    for (const Exercise& exercise : routine.exercises) {
        const Progression& p = exercise.progression;
        replays.push_back(request.fresh ? fresh_start(p, request.start, last)
                                        : replay(p, training_days(routine, exercise),
                                                 history.sessions(exercise.id), logged,
                                                 history.pauses(), last));
    }
    for (int w = 0; w < request.weeks; ++w) {
        PlanWeek week{
            w + 1, add_days(request.start, 7 * w), add_days(request.start, 7 * w + 6), {}};
        for (int d = 0; d < 7; ++d) {
            Date date = add_days(week.first, d);
            std::chrono::weekday weekday = weekday_of(date);
            PlanDay day{date, {}, std::nullopt};
            for (std::size_t e = 0; e < routine.exercises.size(); ++e) {
                const Exercise& exercise = routine.exercises[e];
                if (request.days.value_or(training_days(routine, exercise)).contains(weekday)) {
                    day.items.push_back({exercise.id, exercise.name, exercise.progression.unit,
                                         replays[e].prescribed(monday_of_week(date))});
                }
            }
            if (!day.items.empty()) {
                if (const PauseSpan* pause =
                        request.fresh ? nullptr : history.pauses().covering(date)) {
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
