#pragma once

#include "core/routine.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace backplan::core {

// The exercise whose id, name or an alias equals the query, ignoring case; nullptr when none.
const Exercise* find_exercise(const Routine& routine, std::string_view query);

// The ids of the exercises whose id, name or an alias is closest to the query, if within a few
// typos of it, in the routine's order.
std::vector<std::string> suggest_exercises(const Routine& routine, std::string_view query);

// The exercise the query names; throws ValueError "unknown exercise 'x'; did you mean 'y'?"
// (or listing the ids when nothing is close).
const Exercise& resolve_exercise(const Routine& routine, std::string_view query);

// The number of single-character edits that turn one string into the other, ignoring ASCII case.
std::size_t edit_distance(std::string_view a, std::string_view b);

} // namespace backplan::core
