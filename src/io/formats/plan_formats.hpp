#pragma once

// The writers behind `generate --format`, other than text (text_writer.hpp) and ics
// (ics_writer.hpp).

#include "core/plan.hpp"

#include <ostream>

namespace backplan::io {

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
