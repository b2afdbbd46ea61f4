#include "io/formats/escape.hpp"
#include "io/formats/plan_formats.hpp"
#include "io/formats/text_writer.hpp"

namespace backplan::io {
namespace {

// Black on white only, so that it prints the same on any printer; one week per sheet.
constexpr std::string_view style =
    R"(body { font: 11pt/1.4 sans-serif; color: #000; background: #fff; margin: 2em; }
h1 { font-size: 16pt; margin: 0 0 .2em; }
h2 { font-size: 13pt; margin: 1.2em 0 .4em; }
p.hint { margin: 0 0 1em; }
table { border-collapse: collapse; width: 100%; margin-bottom: .8em; }
th, td { border: 1px solid #000; padding: .25em .5em; text-align: left; vertical-align: middle; }
th { font-weight: bold; }
td.day { font-weight: bold; white-space: nowrap; }
td.id { font-family: monospace; white-space: nowrap; }
td.amount { white-space: nowrap; }
span.box { display: inline-block; width: 1em; height: 1em; border: 1.5px solid #000; margin-right: .4em; vertical-align: middle; }
@page { margin: 15mm; }
@media print {
  body { margin: 0; }
  div.week { break-after: page; page-break-after: always; }
  div.week:last-child { break-after: auto; page-break-after: auto; }
  tr { break-inside: avoid; page-break-inside: avoid; }
}
)";

} // namespace

void write_html_plan(const core::Plan& plan, std::ostream& out) {
    std::string title = markup_text(plan_title(plan));
    out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        << "<meta name=\"generator\" content=\"backplan\">\n"
        << "<title>" << title << "</title>\n<style>\n"
        << style << "</style>\n</head>\n<body>\n";
    for (const core::PlanWeek& week : plan.weeks) {
        out << "<div class=\"week\">\n";
        if (week.number == 1) {
            out << "<h1>" << title << "</h1>\n<p class=\"hint\">" << plan_hint << "</p>\n";
        }
        out << "<h2>" << week_heading(week) << "</h2>\n";
        if (week.days.empty()) {
            out << "<p>No training days this week.</p>\n</div>\n";
            continue;
        }
        out << "<table>\n<thead><tr><th>Day</th><th>ID</th><th>Exercise</th>"
            << "<th>Sets x amount</th><th>Done</th></tr></thead>\n<tbody>\n";
        for (const core::PlanDay& day : week.days) {
            if (day.pause) {
                out << "<tr><td class=\"day\">" << day_name(day.date)
                    << "</td><td colspan=\"4\" class=\"paused\">"
                    << markup_text(pause_text(*day.pause)) << "</td></tr>\n";
            }
            for (std::size_t i = 0; i < day.items.size(); ++i) {
                const core::PlanItem& item = day.items[i];
                out << "<tr>";
                if (i == 0) {
                    out << "<td class=\"day\" rowspan=\"" << day.items.size() << "\">"
                        << day_name(day.date) << "</td>";
                }
                out << "<td class=\"id\">" << markup_text(item.id) << "</td><td>"
                    << markup_text(item.name) << "</td><td class=\"amount\">"
                    << format_prescription(item.unit, item.step) << "</td><td>";
                for (int set = 0; set < item.step.sets; ++set) {
                    out << "<span class=\"box\"></span>";
                }
                out << "</td></tr>\n";
            }
        }
        out << "</tbody>\n</table>\n</div>\n";
    }
    out << "</body>\n</html>\n";
}

} // namespace backplan::io
