#pragma once

// The days a person names on the command line: one reader for every option that takes a date.

#include "core/date.hpp"

#include <optional>
#include <string_view>

namespace backplan::core {

// The forms read_day takes, for messages: "YYYY-MM-DD, today, yesterday, tomorrow or a weekday
// (mon, next fri)".
extern const std::string_view day_forms;

// The day that text names, counted from today: "today", "yesterday", "tomorrow"; a weekday's
// name (mon or monday, any case): that day of the week that holds today, which runs Monday to
// Sunday as the plan's weeks do, with "last " or "next " before it the week before or after;
// or a date, YYYY-MM-DD. std::nullopt when text is none of these.
std::optional<Date> read_day(std::string_view text, Date today);

// read_day's day; throws ValueError naming the forms, or parse_date's, or saying the day is out
// of range.
Date parse_day(std::string_view text, Date today);

} // namespace backplan::core
