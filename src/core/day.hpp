#pragma once

// One day of the plan as the log leaves it: what `today` shows and `train` walks through.

#include "core/adaptive.hpp"
#include "core/plan.hpp"

#include <optional>
#include <vector>

namespace backplan::core {

// An exercise planned for the day, and what was logged of it that day so far.
struct DayItem {
    PlanItem item;
    std::optional<Session> logged;
};

struct DaySession {
    std::vector<DayItem> items;     // empty on a rest day or a paused one
    std::optional<PauseSpan> pause; // the pause that holds the day
    std::optional<PlanDay> next;    // the next training day after it (and after its pause)
};

// The day's session: each exercise scheduled that day at the prescription of its week, as
// build_plan gives it, with its sets logged that day, or the pause that holds the day; and the
// next training day that is not paused, within a week of the day (or of the pause's end).
DaySession day_session(const Routine& routine, const LogHistory& history, Date date);

} // namespace backplan::core
