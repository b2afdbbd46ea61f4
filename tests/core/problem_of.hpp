#pragma once

// What the log's reader says of a bad line, for the log_line tests.

#include "core/log_line.hpp"

#include <string>
#include <string_view>
#include <utility>

namespace backplan::test {

// The column and message a bad line is reported with; {0, "parsed"} for a line that reads.
inline std::pair<int, std::string> problem_of(std::string_view line,
                                              const core::LineContext& context = {}) {
    core::LogEntry entry;
    try {
        core::parse_log_line(line, entry, context);
    } catch (const core::LogLineError& error) {
        return {error.column(), error.what()};
    }
    return {0, "parsed"};
}

} // namespace backplan::test
