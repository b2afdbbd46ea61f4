#pragma once

#include "core/routine.hpp"

#include <vector>

namespace backplan::core {

// The most volume the step after `from` may have: 15% more than from's, or one
// progression.step more on each of its sets, whichever is more.
int max_next_volume(const Progression& progression, Step from);

// The whole ladder from the start to the top of the target, each step once.
// Amounts climb by progression.step within the current range; at the top of the range a set is
// added and the amount drops back as far as the range allows without lowering the volume. The
// range is the start's while the sets are below the target's, the target's from then on. No
// step's volume goes above max_next_volume of the one before: where adding a set at the bottom
// of the next range would, the new set starts below that range (on its grid of steps where it
// can) and climbs into it.
std::vector<Step> ladder(const Progression& progression);

// True when the step is within the target (at least its lowest sets and amount).
bool in_target(const Progression& progression, Step step);

// The index of the ladder's first step within the target.
std::size_t first_in_target(const Progression& progression, const std::vector<Step>& ladder);

// The index of the maintenance dose in the ladder: the step equal to progression.maintenance, or
// first_in_target when it is unset or not a step of the ladder (the template reader refuses that).
std::size_t maintenance_step(const Progression& progression, const std::vector<Step>& ladder);

// The lowest step a break that began at step `from` may step back to: the lowest whose volume
// is still three quarters of from's.
int break_floor(const std::vector<Step>& ladder, int from);

} // namespace backplan::core
