#pragma once

// Where each exercise's replay stood at the start of a week that is over, so that a run can go
// on judging from there instead of from the log's first week (README, Performance). Pure: the
// store keeps it beside the log and proves it belongs to the log's bytes before it is used
// (io/store/checkpoint_file.hpp).

#include "core/routine.hpp"
#include "core/sessions.hpp"
#include "core/week.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace backplan::core {

struct Checkpoint {
    Date monday; // the week the replays stood at the start of
    // By the routine's index: the exercise's replay then, or nullopt when its judging starts on
    // or after monday (nothing logged before it; a variant not yet in the plan).
    std::vector<std::optional<ReplayMark>> exercises;
    // By the routine's index: the first day the exercise was logged, when before monday (where
    // a report of the weeks after it begins, and whether it was cut short, depend on it).
    std::vector<std::optional<Date>> first_logged;
    bool operator==(const Checkpoint&) const = default;
};

// A kind of checkpoint: made at least weeks_before weeks before the week of the run, on a grid
// of grid_weeks weeks (so that it moves, and is made again, once in that many).
struct CheckpointKind {
    const char* name;
    int weeks_before;
    int grid_weeks;
};
// For the views of the weeks around today (generate and today look two weeks back for pain): 2 to
// 5 weeks back, made again every 4 weeks.
inline constexpr CheckpointKind near_checkpoint{"near", 2, 4};
// For why's 26 weeks: 26 to 38 weeks back, made again every 13.
inline constexpr CheckpointKind far_checkpoint{"far", 26, 13};
// For a report of the longest span, 1000 weeks (core/report.hpp, max_report_weeks) up to today,
// and a report --since a day within them: 999 to 1011 weeks back, made again every 13.
inline constexpr CheckpointKind report_checkpoint{"report", 999, 13};

// The Monday a checkpoint of the kind is made at for a run on today.
Date checkpoint_week(Date today, const CheckpointKind& kind);

// Each exercise's replay from the history (all of the log, read as for the Coach) at the start of
// monday, a week over by today.
Checkpoint checkpoint_of(const Routine& routine, const LogHistory& history, Date today,
                         Date monday);

// Every field of the routine that reading the log or a replay uses, as text: two routines with
// the same key read and replay a log alike. A field added to Exercise or Progression must be
// added here too.
std::string replay_key(const Routine& routine);

// The checkpoint as lines of text, and back; parse_checkpoint gives nullopt for anything that
// format_checkpoint would not have written for a routine of that many exercises.
std::string format_checkpoint(const Checkpoint& checkpoint);
std::optional<Checkpoint> parse_checkpoint(std::string_view text, std::size_t exercises);

// True when every mark's steps are steps of its exercise's ladder (a file changed by hand could
// say otherwise: such a checkpoint is not gone on from).
bool fits(const Checkpoint& checkpoint, const Routine& routine);

} // namespace backplan::core
