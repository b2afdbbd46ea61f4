// `report --chart`: a standalone SVG of the weeks of a report. The top panel draws each
// exercise's volume done per week as a line, every one distinct by colour, marker and dashes;
// the bottom panel draws the planned volume of all exercises beside what was done.
#include "io/formats/svg_chart.hpp"

#include "io/formats/display_width.hpp"
#include "io/formats/escape.hpp"
#include "io/formats/report_writer.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <tuple>

namespace backplan::io {
using namespace svg;
namespace {

// Okabe and Ito's colours, told apart with every kind of colour vision; no yellow, which does
// not show on white.
constexpr std::array<const char*, 7> palette = {"#0072b2", "#d55e00", "#009e73", "#cc79a7",
                                                "#e69f00", "#56b4e9", "#000000"};
enum class Marker { circle, square, triangle, diamond, down, cross, ring, ex };
constexpr std::array<Marker, 8> markers = {Marker::circle,  Marker::square, Marker::triangle,
                                           Marker::diamond, Marker::down,   Marker::cross,
                                           Marker::ring,    Marker::ex};
constexpr std::array<const char*, 5> dashes = {"", "8 4", "2 3", "10 4 2 4", "4 4"};

constexpr int width = 900;
constexpr int note_row = 14;
constexpr double dodge = 3; // px between lines with the same figures
constexpr int bars_height = 150;

// A y axis from 0 up to the first tick at or above max, in steps of 1, 2 or 5 times a power
// of ten, at most 7 steps.
Scale scale_for(std::int64_t max) {
    Scale scale;
    for (std::int64_t power = 1; power <= 100'000'000'000'000'000; power *= 10) {
        for (std::int64_t factor : {1, 2, 5}) {
            // 7 steps reach max; divided first, as max may be near 2^63.
            if (factor * power >= max / 7 + (max % 7 != 0 ? 1 : 0)) {
                scale.step = factor * power;
                std::int64_t steps = max / scale.step + (max % scale.step != 0 ? 1 : 0);
                scale.top = std::max<std::int64_t>(1, steps) * scale.step;
                return scale;
            }
        }
    }
    return {max, max};
}

// Light gridlines at each tick, the ticks' values, the axes, and the weeks' dates.
void write_axes(const core::Report& report, const Panel& panel, const std::string& label,
                std::ostream& out) {
    out << "<g stroke=\"#e3e3e3\" stroke-width=\"1\">\n";
    for (std::int64_t value = panel.scale.step; value <= panel.scale.top;
         value += panel.scale.step) {
        out << "<line x1=\"" << plot_left << "\" y1=\"" << number(panel.y(value)) << "\" x2=\""
            << plot_right << "\" y2=\"" << number(panel.y(value)) << "\"/>\n";
    }
    out << "</g>\n<g font-size=\"11\" text-anchor=\"end\" fill=\"#333333\">\n";
    for (std::int64_t value = 0; value <= panel.scale.top; value += panel.scale.step) {
        out << "<text x=\"" << plot_left - 6 << "\" y=\"" << number(panel.y(value) + 4) << "\">"
            << value << "</text>\n";
    }
    out << "</g>\n<g stroke=\"#333333\"><line x1=\"" << plot_left << "\" y1=\"" << panel.bottom
        << "\" x2=\"" << plot_right << "\" y2=\"" << panel.bottom << "\"/><line x1=\"" << plot_left
        << "\" y1=\"" << panel.top << "\" x2=\"" << plot_left << "\" y2=\"" << panel.bottom
        << "\"/></g>\n";
    // A date every so many weeks, so that no two labels (about 70 px wide) overlap.
    std::size_t every = 1;
    while ((plot_right - plot_left) * every / panel.weeks < 80) {
        ++every;
    }
    out << "<g font-size=\"11\" text-anchor=\"middle\" fill=\"#333333\">\n";
    for (std::size_t i = 0; i < panel.weeks; i += every) {
        out << "<line x1=\"" << number(panel.x(i)) << "\" y1=\"" << panel.bottom << "\" x2=\""
            << number(panel.x(i)) << "\" y2=\"" << panel.bottom + 4
            << "\" stroke=\"#333333\"/><text x=\"" << number(panel.x(i)) << "\" y=\""
            << panel.bottom + 17 << "\">" << core::format_date(report.weeks[i].first)
            << "</text>\n";
    }
    int middle = (panel.top + panel.bottom) / 2;
    out << "</g>\n<text x=\"20\" y=\"" << middle
        << "\" font-size=\"11\" text-anchor=\"middle\" transform=\"rotate(-90 20 " << middle
        << ")\">" << label << "</text>\n";
}

void write_marker(Marker marker, double x, double y, const char* colour, std::ostream& out) {
    std::string cx = number(x), cy = number(y);
    auto points = [&](std::initializer_list<std::pair<double, double>> offsets) {
        std::string text;
        for (auto [dx, dy] : offsets) {
            text += (text.empty() ? "" : " ") + number(x + dx) + "," + number(y + dy);
        }
        return text;
    };
    std::string fill = std::string("fill=\"") + colour + "\"";
    switch (marker) {
    case Marker::circle:
        out << "<circle cx=\"" << cx << "\" cy=\"" << cy << "\" r=\"4\" " << fill << "/>";
        break;
    case Marker::ring:
        out << "<circle cx=\"" << cx << "\" cy=\"" << cy << "\" r=\"4\" fill=\"#ffffff\" stroke=\""
            << colour << "\" stroke-width=\"2\"/>";
        break;
    case Marker::square:
        out << "<rect x=\"" << number(x - 4) << "\" y=\"" << number(y - 4)
            << "\" width=\"8\" height=\"8\" " << fill << "/>";
        break;
    case Marker::triangle:
        out << "<polygon points=\"" << points({{0, -5}, {5, 4}, {-5, 4}}) << "\" " << fill << "/>";
        break;
    case Marker::down:
        out << "<polygon points=\"" << points({{0, 5}, {5, -4}, {-5, -4}}) << "\" " << fill << "/>";
        break;
    case Marker::diamond:
        out << "<polygon points=\"" << points({{0, -5}, {5, 0}, {0, 5}, {-5, 0}}) << "\" " << fill
            << "/>";
        break;
    case Marker::cross:
        out << "<path d=\"M" << number(x - 5) << "," << cy << " L" << number(x + 5) << "," << cy
            << " M" << cx << "," << number(y - 5) << " L" << cx << "," << number(y + 5)
            << "\" stroke=\"" << colour << "\" stroke-width=\"2.5\"/>";
        break;
    case Marker::ex:
        out << "<path d=\"M" << number(x - 4) << "," << number(y - 4) << " L" << number(x + 4)
            << "," << number(y + 4) << " M" << number(x - 4) << "," << number(y + 4) << " L"
            << number(x + 4) << "," << number(y - 4) << "\" stroke=\"" << colour
            << "\" stroke-width=\"2.5\"/>";
        break;
    }
}

// How series are told apart: the e-th exercise's colour, marker and dashes.
struct Style {
    const char* colour;
    Marker marker;
    const char* dashes;
};

Style style_of(std::size_t e) {
    return {palette[e % palette.size()], markers[e % markers.size()],
            dashes[(e / palette.size()) % dashes.size()]};
}

// For each exercise, the first one before it with the same figures every week, or itself.
std::vector<std::size_t> same_figures(const core::Report& report) {
    std::vector<std::size_t> first(report.records.size());
    for (std::size_t e = 0; e < first.size(); ++e) {
        first[e] = e;
        for (std::size_t other = 0; other < e && first[e] == e; ++other) {
            bool same = std::all_of(report.weeks.begin(), report.weeks.end(), [&](const auto& w) {
                return w.exercises[e].done_total == w.exercises[other].done_total;
            });
            first[e] = same ? other : e;
        }
    }
    return first;
}

// The exercises' lines, each group with the same figures spread dodge px apart so that every
// line shows; then the legend, naming each and saying which share figures.
// Returns where the legend ends.
int write_lines(const core::Report& report, const Panel& panel, std::ostream& out) {
    std::vector<std::size_t> first = same_figures(report);
    std::vector<int> members(first.size(), 0), index(first.size(), 0);
    for (std::size_t e = 0; e < first.size(); ++e) {
        index[e] = members[first[e]]++;
    }
    for (std::size_t e = 0; e < first.size(); ++e) {
        Style style = style_of(e);
        double offset = (index[e] - (members[first[e]] - 1) / 2.0) * dodge;
        std::string points;
        for (std::size_t i = 0; i < panel.weeks; ++i) {
            points += (points.empty() ? "" : " ") + number(panel.x(i)) + "," +
                      number(panel.y(report.weeks[i].exercises[e].done_total) - offset);
        }
        out << "<polyline fill=\"none\" stroke=\"" << style.colour << "\" stroke-width=\"2\""
            << (*style.dashes ? std::string(" stroke-dasharray=\"") + style.dashes + "\"" : "")
            << " points=\"" << points << "\"/>\n";
        for (std::size_t i = 0; i < panel.weeks; ++i) {
            write_marker(style.marker, panel.x(i),
                         panel.y(report.weeks[i].exercises[e].done_total) - offset, style.colour,
                         out);
        }
        out << '\n';
    }
    int y = panel.top + 6;
    bool dodged = false;
    for (std::size_t e = 0; e < first.size(); ++e) {
        Style style = style_of(e);
        const core::ExerciseRecords& r = report.records[e];
        out << "<line x1=\"" << legend_left << "\" y1=\"" << y << "\" x2=\"" << legend_left + 28
            << "\" y2=\"" << y << "\" stroke=\"" << style.colour << "\" stroke-width=\"2\""
            << (*style.dashes ? std::string(" stroke-dasharray=\"") + style.dashes + "\"" : "")
            << "/>";
        write_marker(style.marker, legend_left + 14, y, style.colour, out);
        out << "<text x=\"" << legend_left + 36 << "\" y=\"" << y + 4 << "\">"
            << markup_text(truncate_to_width(r.name, 30)) << " (" << markup_text(r.id)
            << ")</text>\n";
        if (first[e] != e) {
            dodged = true;
            out << "<text x=\"" << legend_left + 36 << "\" y=\"" << y + 4 + note_row
                << "\" font-size=\"10\" fill=\"#555555\">same figures as "
                << markup_text(report.records[first[e]].id) << "</text>\n";
            y += note_row;
        }
        y += legend_row;
    }
    if (dodged) {
        out << "<text x=\"" << legend_left << "\" y=\"" << y + 4
            << "\" font-size=\"10\" fill=\"#555555\">Lines with the same figures are drawn "
            << number(dodge) << " px apart.</text>\n";
        y += legend_row;
    }
    return y;
}

// The week's planned and done volume of the exercises counted in unit.
std::pair<std::int64_t, std::int64_t> totals(const core::ReportWeek& week, core::Unit unit) {
    std::pair<std::int64_t, std::int64_t> sum{0, 0};
    for (const core::ExerciseWeek& line : week.exercises) {
        if (line.unit == unit) {
            sum.first += line.planned_total;
            sum.second += line.done_total;
        }
    }
    return sum;
}

// Per week, the planned volume of all exercises (a light bar) beside what was done (a dark
// one), in reps, or in seconds when no exercise counts reps.
void write_bars(const core::Report& report, const Panel& panel, core::Unit unit,
                std::ostream& out) {
    double slot = static_cast<double>(plot_right - plot_left) / static_cast<double>(panel.weeks);
    double bar = std::min(24.0, slot * 0.35);
    for (std::size_t i = 0; i < panel.weeks; ++i) {
        auto [planned, done] = totals(report.weeks[i], unit);
        auto rect = [&](double x, std::int64_t value, const char* fill, const char* stroke) {
            out << "<rect x=\"" << number(x) << "\" y=\"" << number(panel.y(value)) << "\" width=\""
                << number(bar) << "\" height=\"" << number(panel.bottom - panel.y(value))
                << "\" fill=\"" << fill << "\" stroke=\"" << stroke << "\"/>";
        };
        rect(panel.x(i) - bar - 1, planned, "#d9d9d9", "#8c8c8c");
        rect(panel.x(i) + 1, done, "#2b6a99", "#2b6a99");
        out << '\n';
    }
    int y = panel.top + 6;
    for (auto [label, fill, stroke] :
         {std::tuple{"planned", "#d9d9d9", "#8c8c8c"}, std::tuple{"done", "#2b6a99", "#2b6a99"}}) {
        out << "<rect x=\"" << legend_left + 8 << "\" y=\"" << y - 6
            << "\" width=\"12\" height=\"12\" fill=\"" << fill << "\" stroke=\"" << stroke
            << "\"/><text x=\"" << legend_left + 36 << "\" y=\"" << y + 4 << "\">" << label
            << "</text>\n";
        y += legend_row;
    }
    if (unit == core::Unit::reps &&
        std::any_of(report.records.begin(), report.records.end(),
                    [](const auto& r) { return r.unit == core::Unit::seconds; })) {
        out << "<text x=\"" << legend_left << "\" y=\"" << y + 4
            << "\" font-size=\"10\" fill=\"#555555\">Holds, counted in seconds, are left "
               "out.</text>\n";
    }
}

} // namespace

void write_svg_chart(const core::Report& report, std::ostream& out) {
    std::string title =
        markup_text(report.routine_name + ": volume per week, " + core::format_date(report.since) +
                    " to " + core::format_date(report.until));
    int legend_bottom = 70 + static_cast<int>(report.records.size()) * (legend_row + note_row) +
                        (2 + story_legend_rows(report)) * legend_row;
    Panel lines{
        70, std::max(330, legend_bottom), {}, std::max<std::size_t>(1, report.weeks.size())};
    Panel bars{lines.bottom + 80, lines.bottom + 80 + bars_height, {}, lines.weeks};
    int height = bars.bottom + 60;
    bool reps = std::any_of(report.records.begin(), report.records.end(),
                            [](const auto& r) { return r.unit == core::Unit::reps; });
    core::Unit unit = reps ? core::Unit::reps : core::Unit::seconds;
    std::int64_t most_done = 0, most_total = 0;
    for (const core::ReportWeek& week : report.weeks) {
        for (const core::ExerciseWeek& line : week.exercises) {
            most_done = std::max(most_done, line.done_total);
        }
        auto [planned, done] = totals(week, unit);
        most_total = std::max({most_total, planned, done});
    }
    // At least 0 to 5, so that an empty week still has an axis to read.
    lines.scale = scale_for(std::max<std::int64_t>(most_done, 5));
    bars.scale = scale_for(std::max<std::int64_t>(most_total, 5));

    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << width << "\" height=\"" << height
        << "\" viewBox=\"0 0 " << width << ' ' << height
        << "\" font-family=\"sans-serif\" font-size=\"12\">\n"
        << "<title>" << title << "</title>\n"
        << "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n";
    write_story_defs(out);
    out << "<text x=\"" << plot_left << "\" y=\"26\" font-size=\"15\">" << title << "</text>\n"
        << "<text x=\"" << plot_left << "\" y=\"" << lines.top - 12
        << "\" font-weight=\"bold\">Each exercise: done per week</text>\n";
    if (report.weeks.empty()) {
        out << "<text x=\"" << plot_left << "\" y=\"" << lines.top + 30
            << "\">Nothing logged up to " << core::format_date(report.until) << ".</text>\n"
            << "</svg>\n";
        return;
    }
    write_paused(report, lines, out);
    write_axes(report, lines, "reps, or seconds for holds", out);
    write_story_legend(report, write_lines(report, lines, out), out);
    write_targets(report, lines, out);
    write_pain(report, lines, lines.bottom + 38, out);
    out << "<text x=\"" << plot_left << "\" y=\"" << bars.top - 12
        << "\" font-weight=\"bold\">All exercises: " << (reps ? "reps" : "seconds")
        << " planned and done per week</text>\n";
    write_paused(report, bars, out);
    write_axes(report, bars, reps ? "reps" : "seconds", out);
    write_bars(report, bars, unit, out);
    out << "<text x=\"" << (plot_left + plot_right) / 2 << "\" y=\"" << height - 16
        << "\" text-anchor=\"middle\">Week, by the date of its Monday</text>\n"
        << "</svg>\n";
}

} // namespace backplan::io
