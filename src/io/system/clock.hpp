#pragma once

// What the time is, as backplan uses it: from the System's clock and time zone.

#include "core/time.hpp"
#include "io/system/system.hpp"

#include <chrono>

namespace backplan::io {

// Now, as a timestamp: the local date and time and the UTC offset in force at this instant.
core::Timestamp timestamp_now(const System& system);

// The moment to stamp generated files with (iCalendar's DTSTAMP): $SOURCE_DATE_EPOCH when it
// holds a whole number of seconds since 1970, for reproducible output, else now.
std::chrono::sys_seconds stamp_now(const System& system);

} // namespace backplan::io
