#pragma once

// Pain reported with a line of sets (backplan-log(5), "pain=N"): 0 for none to 10 for the worst,
// and what holds the plan (core::end_week) and cautions `today`.

#include "core/error.hpp"
#include "core/sessions.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace backplan::core {

// What a pain report may be: 0 (none) to 10 (the worst).
inline constexpr Range pain_limits{0, 10};

// The token's prefix on a line of sets: "pain=2".
inline constexpr std::string_view pain_prefix = "pain=";

// The pain of a token "pain=N" (N from 0 to 10, without leading zeros or a sign), or nullopt
// when it is not one.
std::optional<int> parse_pain_token(std::string_view token);

// The pain of a token "pain=N" as parse_pain_token reads it, or the problem.
Parsed<int> read_pain(std::string_view token);

// read_pain's pain; throws ValueError with its problem.
int parse_pain(std::string_view token);

// The fast log reader's pain: at is the space before a token of line; when it is "pain=N", sets
// pain and returns where the token ends, else returns npos.
std::size_t read_written_pain(std::string_view line, std::size_t at, int& pain);

// A pain report: the highest of its day, and that day.
struct PainReport {
    int pain = 0;
    Date date;
};

// The highest pain reported in the sessions within the 7 days before date and on date itself
// (of equal ones, the latest), or nullopt when none was.
std::optional<PainReport> recent_pain(const Sessions& sessions, Date date);

} // namespace backplan::core
