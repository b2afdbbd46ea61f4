#pragma once

#include "core/date.hpp"
#include "core/log.hpp"

namespace backplan::io {

// The local date and time now.
core::LocalTime local_now();

// The local time with the UTC offset in force then in the local time zone (for a time that a
// daylight-saving change skips or repeats, the one mktime chooses).
core::Timestamp local_timestamp(core::LocalTime time);

} // namespace backplan::io
