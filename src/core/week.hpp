#pragma once

// The rules of one week of one exercise: how the week stood against its step, knowing whether it
// is over, under way or ahead, and what that decides for the next.

#include "core/sessions.hpp"

#include <cstddef>
#include <optional>
#include <vector>

namespace backplan::core {

// When an exercise first met the top of its ladder, or would if every week from today is met.
struct Reached {
    Date date;          // the day the week was met, or would be
    bool ahead = false; // a forecast: a week not over yet, taken as met
    bool operator==(const Reached&) const = default;
};

// Where an exercise stands on its ladder at the start of a week.
struct LadderState {
    int step = 0;         // index into ladder()
    int week = 0;         // weeks since the exercise's first week, for the deload rhythm
    int met = 0;          // weeks in a row at this step that met it
    int short_weeks = 0;  // weeks in a row at this step that fell short
    int missed = 0;       // weeks in a row in which nothing was logged for the exercise
    int break_from = 0;   // the step those missed weeks began at
    int paused_weeks = 0; // weeks in a row whose every training day was paused
    bool reached = false; // the top of the ladder was met: the maintenance dose from then on
    bool operator==(const LadderState&) const = default;
};

// A replay of one exercise as it stood at the start of a week that is over: enough to go on
// judging from there (ReplayInput::resume) without the sessions before it.
struct ReplayMark {
    Date from;   // the Monday its judging started on
    Date monday; // the week it stood at the start of
    LadderState state;
    std::optional<Reached> reached; // the first week that met the top, before monday
    std::size_t weeks = 0;          // the weeks judged before monday
    bool operator==(const ReplayMark&) const = default;
};

// Where a week stands against today: over, under way, or still ahead.
enum class WeekKind { past, current, ahead };

// How one week of an exercise stood against its step.
enum class Outcome {
    met,         // at least the sessions needed reached the step
    partly_met,  // some session reached it, too few: the step again, not counted as short
    short_week,  // sessions were logged and none reached the step: counted as short
    missed,      // nothing logged for the exercise, and the week is over (or past saving)
    in_progress, // the current week, which its days left can still make met: counted as met
    ahead,       // a week after the current one: taken as met, as a forecast is
    paused,      // every training day of the week paused: neither met nor short, the step again
};

// Where a week stands and which of its days count.
struct WeekSetting {
    WeekdaySet days;   // the exercise's standing training days
    WeekdaySet paused; // the days of the week that are paused
    WeekKind kind = WeekKind::past;
    Date today; // the days of the current week from today on are still to come
};

// A step pain took back within a week: from a day on, the step the week holds.
struct StepBack {
    Date from;
    Step step; // with the week's deload, if it is one
    bool operator==(const StepBack&) const = default;
};

// A week judged, with the counts that decided it.
struct WeekJudgement {
    Outcome outcome = Outcome::ahead;
    int logged = 0;    // sessions logged in the week, on training days or not
    int met = 0;       // of those, the ones that reached the step of their day
    int scheduled = 0; // the exercise's training days in the week, paused ones left out
    int paused = 0;    // the exercise's training days in the week that were paused
    int needed = 0;    // sessions that must reach the step for the week to be met
    int left = 0;      // the current week: training days from today on still to reach the step
    int pain = -1;     // the highest pain reported in the week's sessions; -1 for none
    Date pain_date{};  // the last day it was reported on
    // Each step back pain from pain_step_back took within the week (while there was a step to
    // go back to), from the day after the report: pain acts at once.
    std::vector<StepBack> steps_back;
};

// One exercise's sessions within one week.
// (A pair of iterators rather than std::ranges::subrange, which clang 14 cannot compile against
// libstdc++ 12's <ranges>: the sanitized build uses clang.)
struct WeekSessions {
    Sessions::const_iterator first;
    Sessions::const_iterator last;
    Sessions::const_iterator begin() const { return first; }
    Sessions::const_iterator end() const { return last; }
};

// How many of a week's sessions must reach the step: the template's sessions_to_meet, at most
// the scheduled sessions; by default half of them, rounded up; at least one.
int sessions_needed(const Progression& progression, int scheduled);

// The number of training days in a week of days.
int sessions_scheduled(WeekdaySet days);

// True when the week, counted from 0 in the exercise's history, is a deload week.
bool is_deload_week(const Progression& progression, int week);

// The prescription at the state: the ladder's step, with half its sets (rounded up) in a
// deload week.
Step prescription(const Progression& progression, const std::vector<Step>& ladder,
                  const LadderState& state);

// The prescription on date of a week that began at the state and was judged so: the state's,
// one step lower for each of judgement.steps_back on or before date.
Step prescription_on(const Progression& progression, const std::vector<Step>& ladder,
                     LadderState state, const WeekJudgement& judgement, Date date);

// The rule that judges a week of the exercise that starts at the state (its step, deload or
// not): each session against the step of its day; a session reaches it when at least its sets
// reached its amount; extra sessions, sets or amount count, but the week is met at most once.
// Paused days are not scheduled: a week whose training days were all paused is paused. A week
// met is met, whatever its kind. Otherwise a week ahead is taken as met, and so is the current
// week while its training days from today on, with what is logged, can still make it met; a
// past week (or a current one past saving) with nothing logged is missed, else partly met or
// short. Pain from pain_step_back lowers the rest of its week by a step from the next day; a day
// of it ends that day's session, so the current week does not count that day as one left.
WeekJudgement judge_week(const Progression& progression, const std::vector<Step>& ladder,
                         const LadderState& state, WeekSessions sessions, Date monday,
                         const WeekSetting& setting);

// What was decided at the end of a week.
enum class Decision {
    advance,          // the step was met: the next step
    hold,             // met, but the step lasts more weeks, or it is the maintenance dose
    repeat,           // not met: the same step again
    step_back,        // short step_back_after weeks in a row: the step before
    missed,           // nothing logged: the same step
    missed_step_back, // step_back_after_missed missed weeks in a row: the step before
    deload,           // a deload week: no progression
    pain_hold,        // pain of at least pain_hold reported: the same step, counted neither way
    pain_step_back,   // pain of at least pain_step_back reported: the step before, at once
    paused,           // the week was paused: the same step, as if there were no such week
    reached,          // the top of the ladder met for the first time: the maintenance dose
};

// Applies a judged week to the state and returns the decision. A paused week changes nothing,
// not even the count of weeks toward the next deload, unless pain from pain_hold was reported
// in it, up to two in a row: from the third, each counts as a missed week, a break. Pain comes
// first, deload week or not: the steps it took back within the week stand (and count neither
// way); pain from pain_hold holds the step and counts neither way. Missed weeks in a row step
// back one step every step_back_after_missed of them, for the first eight weeks of a break never
// below three quarters of the volume it began at, then down to the first step. Then a deload
// week makes no progression. Met weeks (and weeks taken as met) advance every weeks_per_step,
// except a week paused in part, which holds; short ones step back every step_back_after; a
// partly met week starts both counts again. The first week the top of the ladder is met reaches
// the target: the maintenance dose from then on, never climbing past it.
Decision end_week(const Progression& progression, const std::vector<Step>& ladder,
                  LadderState& state, const WeekJudgement& judgement);

// Missed weeks of a break after which it may step back below three quarters of its volume.
inline constexpr int break_floor_weeks = 8;

// The prescriptions of the weeks from the state on, every week met. From LadderState{}, the
// template's ladder from week 1, each step held weeks_per_step weeks, up to the top, then the
// maintenance dose.
std::vector<Step> forecast(const Progression& progression, LadderState state, int weeks);

// The weeks of full compliance, deload weeks included, before the plan first prescribes the
// ladder's step of that index.
int weeks_to_reach(const Progression& progression, std::size_t step);

// The weeks from the state, every one met, up to and including the one that reaches the top of
// the ladder: 1 when the state's week does; 0 when the top was reached already.
int weeks_to_top(const Progression& progression, LadderState state);

} // namespace backplan::core
