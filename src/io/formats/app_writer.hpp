#pragma once

// The log in the columns of another training app's CSV export (history --format strong, hevy,
// fitnotes), so that the app, or backplan import, reads it back. Pure: values in, text out.

#include "core/app_sets.hpp"
#include "core/log_line.hpp"

#include <ostream>
#include <string>

namespace backplan::io {

// The app's header line, with its CR LF.
std::string app_header(core::App app);

// Appends one row per set of the record (which holds sets, not a pause or a cancellation): the
// record's local time as the session's start (Hevy's to the minute, FitNotes' the date alone),
// the exercise id as its name, the reps or seconds, no weight, and the note (after "pain=N; "
// when pain was reported) in the first set's notes. Rows end in CR LF (RFC 4180).
void append_app_rows(core::App app, const core::LogEntry& record, std::string& out);

// Writes the header, then the rows of each record, in the order given.
void write_app_sets(core::App app, const std::vector<core::LogEntry>& records, std::ostream& out);

} // namespace backplan::io
