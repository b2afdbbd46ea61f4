#include "core/routine.hpp"

#include "core/error.hpp"
#include "core/text.hpp"

#include <algorithm>
#include <charconv>

namespace backplan::core {
namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

std::string out_of_range(std::string_view text, int min, int max) {
    return "expected a whole number from " + std::to_string(min) + " to " + std::to_string(max) +
           ", got " + quoted(text);
}

} // namespace

std::string_view unit_name(Unit unit) {
    return unit == Unit::seconds ? "seconds" : "reps";
}

int parse_count(std::string_view text, int min, int max) {
    auto value = parse_digits(text);
    if (!value || *value < min || *value > max) {
        throw ValueError(out_of_range(text, min, max));
    }
    return *value;
}

Range parse_range(std::string_view text, int min, int max) {
    std::size_t dash = text.find('-');
    if (dash == std::string_view::npos) {
        auto value = parse_digits(text);
        if (value && *value >= min && *value <= max) {
            return {*value, *value};
        }
    } else {
        auto low = parse_digits(text.substr(0, dash));
        auto high = parse_digits(text.substr(dash + 1));
        if (low && high && *low >= min && *high <= max && *low <= *high) {
            return {*low, *high};
        }
    }
    throw ValueError("expected a number or a range like 15-20, from " + std::to_string(min) +
                     " to " + std::to_string(max) + ", got " + quoted(text));
}

std::string format_range(Range range) {
    char text[24];
    return std::string(text, write_range(text, range));
}

char* write_range(char* at, Range range) {
    at = std::to_chars(at, at + 11, range.low).ptr;
    if (range.low != range.high) {
        *at++ = '-';
        at = std::to_chars(at, at + 11, range.high).ptr;
    }
    return at;
}

std::optional<std::string> check_progression(const Progression& p) {
    if (p.start_sets > p.target_sets.high) {
        return "the start's " + std::to_string(p.start_sets) + " sets are more than the target's " +
               format_range(p.target_sets);
    }
    if (p.start_reps.high > p.target_reps.high) {
        return "the start's " + format_range(p.start_reps) + " " + std::string(unit_name(p.unit)) +
               " go above the target's " + format_range(p.target_reps);
    }
    return std::nullopt;
}

std::size_t index_of(const Routine& routine, std::string_view id) {
    auto found = std::find_if(routine.exercises.begin(), routine.exercises.end(),
                              [&](const Exercise& exercise) { return exercise.id == id; });
    return static_cast<std::size_t>(found - routine.exercises.begin());
}

bool is_valid_id(std::string_view text) {
    if (text.empty() || text.size() > 24 || text.front() < 'a' || text.front() > 'z') {
        return false;
    }
    return std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || is_digit(c) || c == '-' || c == '_';
    });
}

} // namespace backplan::core
