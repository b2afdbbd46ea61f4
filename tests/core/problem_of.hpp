#pragma once

// What the log's reader says of a bad line, for the log_line tests.

#include "core/log_line.hpp"
#include "core/match.hpp"

#include <string>
#include <string_view>
#include <utility>

namespace backplan::test {

// The column and message a bad line is reported with, as a reader describes it (with what is
// close to a name that is no exercise of the routine); {0, "parsed"} for a line that reads.
inline std::pair<int, std::string> problem_of(std::string_view line,
                                              const core::LineContext& context = {}) {
    core::LogEntry entry;
    try {
        core::parse_log_line(line, entry, context);
    } catch (const core::LogLineError& error) {
        if (context.routine == nullptr) {
            return {error.column(), error.what()};
        }
        core::ExerciseSuggestions suggestions(*context.routine);
        return {error.column(), error.what() + suggestions.did_you_mean(error.unknown_exercise())};
    }
    return {0, "parsed"};
}

} // namespace backplan::test
