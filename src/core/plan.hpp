#pragma once

#include "core/adaptive.hpp"
#include "core/progression.hpp"
#include "core/routine.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace backplan::core {

// One exercise on one training day, with what to log it as.
struct PlanItem {
    std::string id;
    std::string name;
    Unit unit = Unit::reps;
    Step step;
};

struct PlanDay {
    Date date;
    std::vector<PlanItem> items;
};

struct PlanWeek {
    int number = 0; // 1 for the first week
    Date first;
    Date last;
    std::vector<PlanDay> days; // training days only; may be empty
};

struct Plan {
    std::string routine_name;
    std::vector<PlanWeek> weeks;
};

inline constexpr Range plan_weeks_limits{1, 104};

struct PlanRequest {
    Date start;
    int weeks = 4;
    std::optional<WeekdaySet> days; // replaces the routine's and every exercise's days
    // Where each exercise stands at the start, by id, as the log says; the ladder's first step
    // for an exercise not in it.
    std::map<std::string, LadderState, std::less<>> states;
};

// The plan for the request: weeks of seven days from the start date; on each training day, every
// exercise scheduled that weekday at its step for the week, forecast from its state assuming
// every week is met.
Plan build_plan(const Routine& routine, const PlanRequest& request);

} // namespace backplan::core
