#pragma once

#include "core/report.hpp"

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace backplan::io {

enum class ReportFormat { text, csv, json };

// The names --format accepts for reports.
std::vector<std::string_view> report_format_names();

// The report format named; throws Error(usage) naming the accepted values.
ReportFormat parse_report_format(std::string_view name);

// How the text report may draw on the terminal.
struct TextStyle {
    bool unicode = false; // block characters for the bar chart; ASCII otherwise
    bool color = false;   // ANSI colours
};

// The report for reading: per week, each exercise planned against done; a bar chart of the
// weekly volume, noting paused days, pain and targets met, with a key; the streak; the records.
void write_text_report(const core::Report& report, const TextStyle& style, std::ostream& out);

// The name of the exercise of the report with that id; nullptr when the report has none.
const std::string* report_name_of(const core::Report& report, const std::string& id);

// RFC 4180 CSV, one row per week and exercise (io/report_data_writer.cpp).
void write_csv_report(const core::Report& report, std::ostream& out);

// The report as one JSON object.
void write_json_report(const core::Report& report, std::ostream& out);

// A standalone SVG chart (io/svg_chart.cpp): each exercise's volume done per week as a line,
// named in the legend and told apart by colour, marker and dashes (lines with the same figures
// drawn a little apart, and said to be), on a y axis with round ticks and light gridlines and
// the weeks' dates on the x axis; below it, the planned volume of all exercises beside what was
// done. Weeks with paused days are hatched, pain is starred and a target met flagged, each
// with a <title> and in the legend (io/svg_marks.cpp).
void write_svg_chart(const core::Report& report, std::ostream& out);

} // namespace backplan::io
