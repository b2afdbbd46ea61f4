#pragma once

// What the end-to-end tests of the plan following the log share: runs of the real binary with
// its clock pinned, and the lines of a text plan.

#include "support/run.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <vector>

namespace backplan::test {

inline const std::string source_dir = BACKPLAN_SOURCE_DIR;

// The line of an exercise on the plan's first training day.
inline std::string first_line_of(const std::string& plan, const std::string& id) {
    std::size_t at = plan.find("\n  " + id + " ");
    REQUIRE(at != std::string::npos);
    return plan.substr(at + 1, plan.find('\n', at + 1) - at - 1);
}

// The block of week n of a text plan, from its heading to the next week's.
inline std::string week_block(const std::string& plan, int n) {
    std::size_t at = plan.find("Week " + std::to_string(n) + ": ");
    REQUIRE(at != std::string::npos);
    return plan.substr(at, plan.find("\nWeek ", at) - at);
}

// The line of an exercise on a date of a text plan (or of today's output).
inline std::string line_on(const std::string& plan, const std::string& day, const std::string& id) {
    std::size_t at = plan.find(day + "\n");
    REQUIRE(at != std::string::npos);
    at = plan.find("\n  " + id + " ", at);
    REQUIRE(at != std::string::npos);
    return plan.substr(at + 1, plan.find('\n', at + 1) - at - 1);
}

// The environment of a run at 08:00 UTC on the day.
inline std::map<std::string, std::string> on(const std::string& day) {
    return pinned_clock("UTC", day + "T08:00:00Z");
}

inline RunResult generate(const Scratch& scratch, const std::string& today,
                          const std::vector<std::string>& more = {}) {
    std::vector<std::string> args{"generate",   "--log",   scratch.log, "--start",
                                  "2026-11-23", "--weeks", "4"};
    args.insert(args.end(), more.begin(), more.end());
    return run_backplan(args, on(today));
}

} // namespace backplan::test
