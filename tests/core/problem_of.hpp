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
    core::LineProblem problem;
    if (core::read_log_line(line, entry, problem, context) != core::LineKind::invalid) {
        return {0, "parsed"};
    }
    if (context.routine == nullptr) {
        return {problem.column, problem.message};
    }
    core::ExerciseSuggestions suggestions(*context.routine);
    return {problem.column, problem.message + suggestions.did_you_mean(problem.unknown_exercise)};
}

} // namespace backplan::test
