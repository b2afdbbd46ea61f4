// The weeks' story on the SVG chart: paused weeks hatched, pain starred, targets flagged.
// Each kind has a shape of its own (hatching, a star, a flag) besides its colour, so that it
// reads in grey and with any colour vision, and a <title> that says it on hover.
#include "core/text.hpp"
#include "io/formats/escape.hpp"
#include "io/formats/svg_chart.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace backplan::io::svg {
namespace {

constexpr const char* pain_fill = "#d55e00";   // Okabe and Ito's vermillion
constexpr const char* target_fill = "#009e73"; // and bluish green

bool any_paused(const core::Report& report) {
    return std::any_of(report.weeks.begin(), report.weeks.end(),
                       [](const auto& w) { return w.paused_days > 0; });
}

bool any_pain(const core::Report& report) {
    return std::any_of(report.weeks.begin(), report.weeks.end(),
                       [](const auto& w) { return !w.pains.empty(); });
}

bool any_target(const core::Report& report) {
    return std::any_of(report.weeks.begin(), report.weeks.end(),
                       [](const auto& w) { return !w.reached.empty() || w.routine_reached; });
}

bool any_routine(const core::Report& report) {
    return std::any_of(report.weeks.begin(), report.weeks.end(),
                       [](const auto& w) { return w.routine_reached; });
}

// A five-pointed star of radius 6 around x, y.
void write_star(double x, double y, std::ostream& out) {
    static constexpr std::array<std::pair<double, double>, 10> points = {{{0, -6},
                                                                          {1.5, -2.1},
                                                                          {5.7, -1.9},
                                                                          {2.5, 0.8},
                                                                          {3.5, 4.9},
                                                                          {0, 2.6},
                                                                          {-3.5, 4.9},
                                                                          {-2.5, 0.8},
                                                                          {-5.7, -1.9},
                                                                          {-1.5, -2.1}}};
    out << "<polygon points=\"";
    for (std::size_t i = 0; i < points.size(); ++i) {
        out << (i ? " " : "") << number(x + points[i].first) << ',' << number(y + points[i].second);
    }
    out << "\" fill=\"" << pain_fill << "\" stroke=\"#000000\" stroke-width=\"0.8\"/>";
}

// A flag on a pole whose foot is at x, y.
void write_flag(double x, double y, std::ostream& out) {
    out << "<path d=\"M" << number(x) << ',' << number(y) << " V" << number(y - 16)
        << "\" stroke=\"#000000\" stroke-width=\"1.5\"/><polygon points=\"" << number(x) << ','
        << number(y - 16) << ' ' << number(x + 11) << ',' << number(y - 12) << ' ' << number(x)
        << ',' << number(y - 8) << "\" fill=\"" << target_fill
        << "\" stroke=\"#000000\" stroke-width=\"0.8\"/>";
}

} // namespace

void write_story_defs(std::ostream& out) {
    out << "<defs><pattern id=\"paused\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
           "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#f2f2f2\"/>"
           "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#bdbdbd\" stroke-width=\"2\"/>"
           "</pattern></defs>\n";
}

void write_paused(const core::Report& report, const Panel& panel, std::ostream& out) {
    for (std::size_t i = 0; i < panel.weeks && i < report.weeks.size(); ++i) {
        const core::ReportWeek& week = report.weeks[i];
        if (week.paused_days == 0) {
            continue;
        }
        out << "<rect x=\"" << number(panel.x(i) - panel.slot() / 2) << "\" y=\"" << panel.top
            << "\" width=\"" << number(panel.slot()) << "\" height=\"" << panel.bottom - panel.top
            << "\" fill=\"url(#paused)\"><title>"
            << "paused " << core::counted(week.paused_days, "day", "days") << "</title></rect>\n";
    }
}

void write_pain(const core::Report& report, const Panel& panel, int y, std::ostream& out) {
    if (!any_pain(report)) {
        return;
    }
    out << "<text x=\"" << plot_left - 6 << "\" y=\"" << y + 4
        << "\" font-size=\"11\" text-anchor=\"end\" fill=\"#333333\">pain</text>\n";
    for (std::size_t i = 0; i < panel.weeks && i < report.weeks.size(); ++i) {
        const core::ReportWeek& week = report.weeks[i];
        if (week.pains.empty()) {
            continue;
        }
        int highest = 0;
        std::string title;
        for (const core::PainNote& pain : week.pains) {
            highest = std::max(highest, pain.value);
            title += (title.empty() ? "" : "\n") + core::format_date(pain.date) + ' ' +
                     markup_text(pain.id) + ": pain " + std::to_string(pain.value);
        }
        out << "<g><title>" << title << "</title>";
        write_star(panel.x(i) - 5, y, out);
        out << "<text x=\"" << number(panel.x(i) + 3) << "\" y=\"" << y + 4
            << "\" font-size=\"11\">" << highest << "</text></g>\n";
    }
}

void write_targets(const core::Report& report, const Panel& panel, std::ostream& out) {
    for (std::size_t i = 0; i < panel.weeks && i < report.weeks.size(); ++i) {
        const core::ReportWeek& week = report.weeks[i];
        if (week.reached.empty() && !week.routine_reached) {
            continue;
        }
        std::string title;
        for (const std::string& id : week.reached) {
            title += (title.empty() ? "" : "\n") + markup_text(id) + " met its target";
        }
        if (week.routine_reached) {
            title += std::string(title.empty() ? "" : "\n") + "the routine met its target";
        }
        out << "<g><title>" << title << "</title><line x1=\"" << number(panel.x(i)) << "\" y1=\""
            << panel.top << "\" x2=\"" << number(panel.x(i)) << "\" y2=\"" << panel.bottom
            << "\" stroke=\"#000000\" stroke-width=\"1\" stroke-dasharray=\"1 3\"/>";
        write_flag(panel.x(i), panel.top + 18, out);
        if (week.routine_reached) {
            out << "<text x=\"" << number(panel.x(i) + 13) << "\" y=\"" << panel.top + 8
                << "\" font-size=\"11\">all</text>";
        }
        out << "</g>\n";
    }
}

int story_legend_rows(const core::Report& report) {
    return (any_paused(report) ? 1 : 0) + (any_pain(report) ? 1 : 0) + (any_target(report) ? 1 : 0);
}

void write_story_legend(const core::Report& report, int y, std::ostream& out) {
    auto label = [&](const char* text) {
        out << "<text x=\"" << legend_left + 36 << "\" y=\"" << y + 4 << "\">" << text
            << "</text>\n";
        y += legend_row;
    };
    if (any_paused(report)) {
        out << "<rect x=\"" << legend_left + 6 << "\" y=\"" << y - 8
            << "\" width=\"16\" height=\"16\" fill=\"url(#paused)\" stroke=\"#bdbdbd\"/>";
        label("paused (days on hover)");
    }
    if (any_pain(report)) {
        write_star(legend_left + 14, y, out);
        label("pain: the week's highest");
    }
    if (any_target(report)) {
        write_flag(legend_left + 10, y + 8, out);
        label(any_routine(report) ? "target met (all: every one)" : "target met");
    }
}

} // namespace backplan::io::svg
