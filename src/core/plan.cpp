#include "core/plan.hpp"

namespace backplan::core {

Plan build_plan(const Routine& routine, const PlanRequest& request) {
    Plan plan{routine.name, {}};
    // Each exercise's steps for the plan's weeks.
    std::vector<std::vector<Step>> weekly;
    for (const Exercise& exercise : routine.exercises) {
        auto known = request.states.find(exercise.id);
        weekly.push_back(forecast(exercise.progression,
                                  known == request.states.end() ? LadderState{} : known->second,
                                  request.weeks));
    }
    for (int w = 0; w < request.weeks; ++w) {
        PlanWeek week{
            w + 1, add_days(request.start, 7 * w), add_days(request.start, 7 * w + 6), {}};
        for (int d = 0; d < 7; ++d) {
            Date date = add_days(week.first, d);
            std::chrono::weekday weekday = weekday_of(date);
            PlanDay day{date, {}};
            for (std::size_t e = 0; e < routine.exercises.size(); ++e) {
                const Exercise& exercise = routine.exercises[e];
                WeekdaySet days = request.days.value_or(exercise.days.value_or(routine.days));
                if (days.contains(weekday)) {
                    day.items.push_back({exercise.id, exercise.name, exercise.progression.unit,
                                         weekly[e][static_cast<std::size_t>(w)]});
                }
            }
            if (!day.items.empty()) {
                week.days.push_back(std::move(day));
            }
        }
        plan.weeks.push_back(std::move(week));
    }
    return plan;
}

} // namespace backplan::core
