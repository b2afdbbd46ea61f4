#pragma once

// The writers behind `generate --format`, other than text (text_writer.hpp).

#include "core/plan.hpp"
#include "io/plan_writer.hpp"

#include <ostream>
#include <string>
#include <string_view>

namespace backplan::io {

// iCalendar (RFC 5545) built and serialized with libical: one VEVENT per training day.
void write_ics_plan(const core::Plan& plan, const CalendarOptions& options, std::ostream& out);

// The UID of the event of a routine's training day: the same for every export of that day.
std::string event_uid(std::string_view routine_name, core::Date date);

// The SEQUENCE of events made at the stamp: whole minutes since 2026-01-01T00:00Z, so that a
// later export of a day supersedes an earlier one without any stored state.
long long event_sequence(std::chrono::sys_seconds stamp);

// A self-contained HTML page for print: one week per printed page, a box per set.
void write_html_plan(const core::Plan& plan, std::ostream& out);

// RFC 4180 CSV: a header row, then one row per date and exercise, CRLF line ends.
void write_csv_plan(const core::Plan& plan, std::ostream& out);

// JSON: { format, version, routine, start, weeks: [ { week, first, last, days: [ { date,
// weekday, day, exercises: [ { id, name, unit, sets, reps | seconds } ] } ] } ] }.
void write_json_plan(const core::Plan& plan, std::ostream& out);

// Markdown: a heading and a table per week.
void write_markdown_plan(const core::Plan& plan, std::ostream& out);

} // namespace backplan::io
