#pragma once

#include "core/date.hpp"

namespace backplan::io {

// Today's date in the local time zone.
core::Date local_today();

} // namespace backplan::io
