#pragma once

// The plan follows the log: each exercise's ladder step is decided week by week from what was
// logged, knowing which weeks are over, then forecast from there, on every run: from the first
// logged week, or from a checkpoint of a week that is over (ReplayInput::resume), which gives the
// same weeks.

#include "core/pauses.hpp"
#include "core/sessions.hpp"
#include "core/week.hpp"

#include <optional>
#include <vector>

namespace backplan::core {

// One week of an exercise: what was prescribed, how the week stood, and the decision.
struct WeekRecord {
    Date first; // its Monday
    WeekKind kind = WeekKind::past;
    Step prescribed; // from its Monday, until a step back of the judgement's
    bool deload = false;
    WeekJudgement judgement;
    Decision decision = Decision::repeat;
    LadderState after; // the state the decision left

    // The prescription on date, a day of the week.
    Step on(Date date) const;
};

// An exercise's weeks, Monday to Sunday, judged one after the other from the first judged
// week up to the week before until, and where that leaves it.
struct Replay {
    Date from;         // the Monday judging started on
    Date first_judged; // the Monday of the first week kept: the first judged, or until's
    std::vector<WeekRecord> weeks;
    LadderState first_state;        // the state the first week kept began at
    std::size_t weeks_left_out = 0; // judged before first_judged, not kept (keep_from)
    LadderState state;              // at the start of the week of until
    Step first_step; // the ladder's first step: the prescription before judging starts
    Step now;        // the prescription of the week of until
    // The first week that met the top of the ladder, within the replay.
    std::optional<Reached> reached;

    // The prescription on date, for any date up to the end of until's week (from first_judged
    // on, when weeks were left out with keep_from).
    Step prescribed(Date date) const;
    // The record of the week of monday, or nullptr when it is not within the replay.
    const WeekRecord* week(Date monday) const;
};

// What a replay of one exercise takes besides its progression.
struct ReplayInput {
    WeekdaySet days;          // the exercise's standing training days
    const Sessions* sessions; // its sessions
    const Pauses* pauses;     // the log's paused days
    Date today;               // weeks before today's are over; today's is under way
    // The Monday judging starts on: by default the week of the first session, or, when it
    // comes first (nothing logged yet), the first week from today's that can still be met:
    // the ladder starts now.
    std::optional<Date> from = std::nullopt;
    // The Monday of the first week whose record is kept: the weeks before it are judged but not
    // held (a report or plan of later weeks need not hold the decades of a log before them).
    std::optional<Date> keep_from = std::nullopt;
    // Where to go on from rather than judging from the start: the replay as it stood at the
    // start of a week that is over (a checkpoint, core/checkpoint.hpp). The sessions before that
    // week are not needed, and no week before it is kept, whatever keep_from says.
    const ReplayMark* resume = nullptr;
};

// The replay of an exercise from the log, up to the week before until's: past weeks judged as
// logged, the current week taken as met while it can still be, weeks ahead taken as met (see
// judge_week and end_week).
Replay replay(const Progression& progression, const ReplayInput& input, Date until);

// The replay of a fresh start with nothing logged: the ladder from its first step in the week of
// from, every week met; up to the week before until.
Replay fresh_start(const Progression& progression, Date from, Date until);

} // namespace backplan::core
