#pragma once

// `generate --format ics`: the plan as iCalendar (RFC 5545), built and serialized with libical.

#include "core/plan.hpp"
#include "core/routine.hpp"

#include <chrono>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace backplan::io {

struct LibIcal;

// How training days become calendar events.
struct CalendarOptions {
    std::optional<int> time;          // minutes since midnight; all-day events when unset
    int duration = 30;                // minutes, for timed events
    std::optional<int> remind;        // minutes before the start; no alarm when unset
    std::chrono::sys_seconds stamp;   // DTSTAMP: when the calendar was made
    std::string version;              // backplan's version, for PRODID
    const LibIcal* library = nullptr; // the functions that build and write the calendar
};

// One VEVENT per training day, built with options.library. Throws Error(software) when no library
// is given or libical fails.
void write_ics_plan(const core::Plan& plan, const CalendarOptions& options, std::ostream& out);

// The UID of the event of a routine's training day: the same for every export of that day.
std::string event_uid(std::string_view routine_name, core::Date date);

// The SEQUENCE of events made at the stamp: whole minutes since 2026-01-01T00:00Z, so that a
// later export of a day supersedes an earlier one without any stored state.
long long event_sequence(std::chrono::sys_seconds stamp);

} // namespace backplan::io
