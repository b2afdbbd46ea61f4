#include "core/progression.hpp"

#include <algorithm>

namespace backplan::core {
namespace {

Range range_for_sets(const Progression& p, int sets) {
    return sets >= p.target_sets.low ? p.target_reps : p.start_reps;
}

// The step after the given one, or std::nullopt at the top of the ladder.
std::optional<Step> next_step(const Progression& p, Step step) {
    Range range = range_for_sets(p, step.sets);
    if (step.amount < range.high) {
        return Step{step.sets, std::min(step.amount + p.step, range.high)};
    }
    if (step.sets >= p.target_sets.high) {
        return std::nullopt;
    }
    int sets = step.sets + 1;
    Range next_range = range_for_sets(p, sets);
    int keeps_volume = (step.volume() + sets - 1) / sets;
    return Step{sets, std::clamp(keeps_volume, next_range.low, next_range.high)};
}

} // namespace

std::vector<Step> ladder(const Progression& p) {
    std::vector<Step> steps{Step{p.start_sets, p.start_reps.low}};
    while (auto next = next_step(p, steps.back())) {
        steps.push_back(*next);
    }
    return steps;
}

bool in_target(const Progression& p, Step step) {
    return step.sets >= p.target_sets.low && step.amount >= p.target_reps.low;
}

} // namespace backplan::core
