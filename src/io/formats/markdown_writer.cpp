#include "io/formats/plan_formats.hpp"
#include "io/formats/text_writer.hpp"

namespace backplan::io {
namespace {

// Text in a table cell: Markdown's inline markup characters, the & that starts an entity
// (a name "&amp;" would show as "&") and the cell separator escaped.
std::string markdown_cell(std::string_view text) {
    std::string cell;
    for (char c : text) {
        if (std::string_view("\\`*_[]<>|#&").find(c) != std::string_view::npos) {
            cell += '\\';
        }
        cell += c;
    }
    return cell;
}

std::string boxes(int sets) {
    std::string text;
    for (int i = 0; i < sets; ++i) {
        text += i == 0 ? "☐" : " ☐";
    }
    return text;
}

} // namespace

void write_markdown_plan(const core::Plan& plan, std::ostream& out) {
    out << "# " << markdown_cell(plan_title(plan)) << "\n\n" << plan_hint << '\n';
    for (const core::PlanWeek& week : plan.weeks) {
        out << "\n## " << week_heading(week) << "\n\n";
        if (week.days.empty()) {
            out << "No training days this week.\n";
            continue;
        }
        out << "| Day | ID | Exercise | Sets x amount | Done |\n"
            << "|-----|----|----------|---------------|------|\n";
        for (const core::PlanDay& day : week.days) {
            std::string date = day_name(day.date);
            if (day.pause) {
                out << "| " << date << " | | " << markdown_cell(pause_text(*day.pause))
                    << " | | |\n";
            }
            for (const core::PlanItem& item : day.items) {
                out << "| " << date << " | " << markdown_cell(item.id) << " | "
                    << markdown_cell(item.name) << " | "
                    << format_prescription(item.unit, item.step) << " | " << boxes(item.step.sets)
                    << " |\n";
                date.clear(); // the day's first row names it
            }
        }
    }
}

} // namespace backplan::io
