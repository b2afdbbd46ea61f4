#pragma once

#include "core/date.hpp"

#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace backplan::core {

enum class Unit { reps, seconds };

// "reps" or "seconds".
std::string_view unit_name(Unit unit);

// An inclusive range of whole numbers; low == high for a single value.
struct Range {
    int low = 0;
    int high = 0;
    bool operator==(const Range&) const = default;
};

// Parses "20" or "15-20" with both ends within [min, max]; throws ValueError.
Range parse_range(std::string_view text, int min, int max);

// Parses a whole number within [min, max]; throws ValueError.
int parse_count(std::string_view text, int min, int max);

// "20" or "15-20".
std::string format_range(Range range);
// Writes format_range(range) at `at` (at most 23 characters); returns the end.
char* write_range(char* at, Range range);

// Limits on what a template may declare.
inline constexpr Range sets_limits{1, 10};
inline constexpr Range reps_limits{1, 1000};
inline constexpr Range seconds_limits{1, 3600};
inline constexpr Range weeks_per_step_limits{1, 52};
inline constexpr Range step_back_after_limits{1, 52};
inline constexpr Range deload_every_limits{2, 52};
inline constexpr Range sessions_to_meet_limits{1, 7};
inline constexpr Range rest_limits{0, 600};          // seconds between sets
inline constexpr Range pain_threshold_limits{1, 10}; // pain_hold and pain_step_back
inline constexpr Range missed_limits{1, 52};         // step_back_after_missed

// The limits of one set's reps, or of one hold's seconds.
constexpr Range amount_limits(Unit unit) {
    return unit == Unit::seconds ? seconds_limits : reps_limits;
}

// One rung of the ladder: sets x amount (reps, or seconds per hold).
struct Step {
    int sets = 0;
    int amount = 0;
    int volume() const { return sets * amount; }
    bool operator==(const Step&) const = default;
};

// Where an exercise starts and where it ends: double progression from
// start_sets x start_reps.low up to target_sets.high x target_reps.high.
struct Progression {
    Unit unit = Unit::reps;
    int start_sets = 0;
    Range start_reps;
    Range target_sets;
    Range target_reps;
    int step = 1;            // reps (or seconds) added per step
    int weeks_per_step = 1;  // weeks each step is held
    int step_back_after = 2; // weeks in a row short of a step before stepping back
    int deload_every = 0;    // every Nth week is a deload week; 0 for none
    // Sessions of a week that must reach the step for the week to be met; 0 for half the
    // scheduled sessions, rounded up.
    int sessions_to_meet = 0;
    int pain_hold = 3;      // pain (0-10) from which a week does not advance
    int pain_step_back = 6; // pain from which a week steps back; at least pain_hold
    // Missed weeks in a row (nothing logged for the exercise) per step back.
    int step_back_after_missed = 2;
    // The dose the plan holds once the top of the ladder was met: a step of the ladder within
    // the target; {} for the first such step.
    Step maintenance{};
    bool operator==(const Progression&) const = default;
};

// What is wrong with a progression whose ladder could not go up monotonically to its
// target, or std::nullopt when it is sound.
std::optional<std::string> check_progression(const Progression& progression);

struct Exercise {
    std::string id;
    std::string name;
    std::vector<std::string> aliases;
    std::vector<std::string> equipment;
    std::vector<std::string> cues;
    std::optional<WeekdaySet> days; // the routine's days when unset
    Progression progression;
    std::optional<int> rest =
        std::nullopt; // seconds of rest between sets (train): its own, else the routine's
    // The id of the harder variant the plan moves on to once this exercise's target is reached;
    // empty for none.
    std::string then = {};
    bool operator==(const Exercise&) const = default;
};

struct Routine {
    std::string name;
    std::string description;
    WeekdaySet days;
    std::vector<Exercise> exercises;
    bool operator==(const Routine&) const = default;
};

// The exercise's standing training days: its own, else the routine's.
inline WeekdaySet training_days(const Routine& routine, const Exercise& exercise) {
    return exercise.days.value_or(routine.days);
}

// The index in the routine of the exercise with the id; the number of exercises when none has it.
std::size_t index_of(const Routine& routine, std::string_view id);

// True when text is a valid exercise id: a lowercase letter, then up to 23 of a-z, 0-9, '-', '_'.
bool is_valid_id(std::string_view text);

// a == b, for ids: compared in line rather than by a call to memcmp, as reading a log compares
// the id of every line with a few others.
inline bool same_id(std::string_view a, std::string_view b) {
    const std::size_t size = a.size();
    if (size != b.size()) {
        return false;
    }
    // Four bytes at a time, the last four overlapping those before: "action2" is two
    // comparisons, not seven (a report over 1M lines: 47 -> 12 instructions a line).
    auto four = [](const char* at) {
        std::uint32_t word = 0;
        std::memcpy(&word, at, sizeof word);
        return word;
    };
    if (size < 4) {
        for (std::size_t i = 0; i < size; ++i) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }
    for (std::size_t i = 0; i + 4 < size; i += 4) {
        if (four(a.data() + i) != four(b.data() + i)) {
            return false;
        }
    }
    return four(a.data() + size - 4) == four(b.data() + size - 4);
}

} // namespace backplan::core
