#pragma once

// One day of the plan as the log leaves it: what `today` shows and `train` walks through.

#include "core/coach.hpp"
#include "core/pain.hpp"
#include "core/plan.hpp"

#include <optional>
#include <vector>

namespace backplan::core {

// An exercise planned for the day, and what was logged of it that day so far.
struct DayItem {
    PlanItem item;
    std::optional<Session> logged;
    // Pain from pain_step_back was reported that day, with it or another exercise: the session
    // is over for that day.
    bool stopped = false;
    // The sets still to do: the prescription's, less those done that day whatever their amount
    // (a short set is done); none once stopped.
    int sets_left() const;
};

// What pain reported in the week before a day does to an exercise's plan that day.
struct PainCaution {
    enum class Action {
        hold,       // from pain_hold: the step holds
        step_back,  // from pain_step_back: a step back, from the day after the report
        first_step, // from pain_step_back at the ladder's first step: it holds there
    };
    std::string id;
    Unit unit = Unit::reps;
    PainReport report;
    Action action = Action::hold;
    Step step;          // the step it shows: the day's, or from the next day on after a step back
    bool today = false; // reported on the day itself
    // Pain from pain_step_back on two days or more of the 14 up to the day: time to see someone.
    bool again = false;
};

// An exercise whose target was reached within the week before the day, and what follows it.
struct ReachedNote {
    std::string id;
    Unit unit = Unit::reps;
    Date date;
    Step top;                        // the top of its ladder, met that day
    Step maintenance;                // the dose that holds it from the next week
    std::optional<PlanItem> variant; // or the harder variant the plan moves on to
};

struct DaySession {
    std::vector<DayItem> items;     // empty on a rest day or a paused one
    std::optional<PauseSpan> pause; // the pause that holds the day
    std::optional<PlanDay> next;    // the next training day after it (and after its pause)
    std::vector<PainCaution> cautions;
    std::vector<ReachedNote> reached;
};

// The day's session: each exercise the plan holds that day at its prescription, as build_plan
// gives it with the same today, with its sets logged that day, or the pause that holds the day;
// the next training day that is not paused, within a week of the day (or of the pause's end);
// a caution for each item whose exercise's highest pain of the 7 days before and the day itself
// (recent_pain) reached its pain_hold; and the targets reached in those days.
DaySession day_session(const Routine& routine, const LogHistory& history, Date date, Date today);

// Where a day's session stands, for a script or a prompt (`today --check`): every exercise
// planned is done (or stopped by pain), some sets are left, or nothing is planned (a rest day,
// or a paused one).
enum class DayState { done, left, rest, paused };

DayState day_state(const DaySession& session);

} // namespace backplan::core
