#pragma once

#include "core/date.hpp"
#include "core/log.hpp"

#include <chrono>

namespace backplan::io {

// The local date and time now.
core::LocalTime local_now();

// The moment to stamp generated files with (iCalendar's DTSTAMP): $SOURCE_DATE_EPOCH when it
// holds a whole number of seconds since 1970, for reproducible output, else now.
std::chrono::sys_seconds stamp_now();

// The local time with the UTC offset in force then in the local time zone (for a time that a
// daylight-saving change skips or repeats, the one mktime chooses).
core::Timestamp local_timestamp(core::LocalTime time);

} // namespace backplan::io
