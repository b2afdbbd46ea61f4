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
    bool operator==(const Checkpoint&) const = default;
};

// The Monday a checkpoint is made at for a run on today: at least 26 weeks before today's week,
// so that every view of the weeks around today (why's 26 weeks among them) starts after it, on a
// grid of 13 weeks, so that it moves once a quarter.
Date checkpoint_week(Date today);

// Each exercise's replay from the history (all of the log, read as for the Coach) at the start of
// monday, a week over by today.
Checkpoint checkpoint_of(const Routine& routine, const LogHistory& history, Date today,
                         Date monday);

// Every field of the routine that a replay reads, as text: two routines with the same key replay
// a log alike. A field added to Exercise or Progression must be added here too.
std::string replay_key(const Routine& routine);

// The checkpoint as lines of text, and back; parse_checkpoint gives nullopt for anything that
// format_checkpoint would not have written for a routine of that many exercises.
std::string format_checkpoint(const Checkpoint& checkpoint);
std::optional<Checkpoint> parse_checkpoint(std::string_view text, std::size_t exercises);

} // namespace backplan::core
