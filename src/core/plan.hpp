#pragma once

#include "core/coach.hpp"
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
    std::vector<PlanItem> items; // empty when the day is paused
    // The pause that holds the day, when a training day is paused (backplan-log(5), !pause).
    std::optional<PauseSpan> pause;
};

struct PlanWeek {
    int number = 0; // 1 for the first week
    Date first;
    Date last;
    std::vector<PlanDay> days; // training days only, paused ones among them; may be empty
};

struct Plan {
    std::string routine_name;
    std::vector<PlanWeek> weeks;
};

inline constexpr Range plan_weeks_limits{1, 104};

// The limits of a calendar event's length and of its reminder, in minutes (--duration and
// --remind of `generate --format ics`, and their config keys).
inline constexpr Range event_minutes{1, 24 * 60};
inline constexpr Range remind_minutes{0, 7 * 24 * 60};

struct PlanRequest {
    Date start;
    Date today; // the week of today is under way; those before it are over
    int weeks = 4;
    // The days to show, replacing the routine's and every exercise's: a view only, as weeks are
    // judged on the routine's own days and no prescription changes.
    std::optional<WeekdaySet> days;
    // Leave the log out: each ladder from its first step in the week of start, every week met.
    bool fresh = false;
};

// The plan for the request: weeks of seven days from the start date; on each training day, every
// exercise the plan holds that day (Coach::exercises_on) at its prescription on the date, as the
// log and today decide it (see replay), whatever the start, weeks or days. A paused training day
// holds its pause instead of exercises (none with fresh).
Plan build_plan(const Routine& routine, const LogHistory& history, const PlanRequest& request);

// The plan for the request from the coach the request makes (plan_coach), and the log's pauses.
Plan build_plan(const Coach& coach, const Pauses& pauses, const PlanRequest& request);

// The plan's coach: the replays a plan of the request reads.
Coach plan_coach(const Routine& routine, const LogHistory& history, const PlanRequest& request);

} // namespace backplan::core
