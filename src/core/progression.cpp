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
    Range next = range_for_sets(p, sets);
    int keeps_volume = (step.volume() + sets - 1) / sets;
    // sets consecutive volumes from step.volume() on hold a multiple of sets, and the cap allows
    // at least step.sets more: so keeps_volume <= cap.
    int cap = max_next_volume(p, step) / sets;
    if (cap >= next.low) {
        return Step{sets, std::max(keeps_volume, next.low)};
    }
    // Below the range: the highest amount from which whole steps climb to its bottom exactly,
    // when that does not lower the volume; else the highest the cap allows.
    int below = next.low - (next.low - cap + p.step - 1) / p.step * p.step;
    return Step{sets, below >= keeps_volume ? below : cap};
}

} // namespace

int max_next_volume(const Progression& p, Step from) {
    return std::max(from.volume() * 115 / 100, from.volume() + from.sets * p.step);
}

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

std::size_t first_in_target(const Progression& p, const std::vector<Step>& steps) {
    std::size_t index = 0;
    while (index + 1 < steps.size() && !in_target(p, steps[index])) {
        ++index;
    }
    return index;
}

std::size_t maintenance_step(const Progression& p, const std::vector<Step>& steps) {
    auto found = std::find(steps.begin(), steps.end(), p.maintenance);
    if (p.maintenance == Step{} || found == steps.end()) {
        return first_in_target(p, steps);
    }
    return static_cast<std::size_t>(found - steps.begin());
}

int break_floor(const std::vector<Step>& steps, int from) {
    int volume = steps[static_cast<std::size_t>(from)].volume();
    int floor = from;
    while (floor > 0 && 4 * steps[static_cast<std::size_t>(floor) - 1].volume() >= 3 * volume) {
        --floor;
    }
    return floor;
}

} // namespace backplan::core
