#pragma once

// What the parts of the SVG chart share (svg_chart.cpp draws the lines and bars,
// svg_marks.cpp the weeks' story: pauses, pain and targets met).

#include "core/report.hpp"

#include <cstdint>
#include <cstdio>
#include <ostream>
#include <string>

namespace backplan::io::svg {

constexpr int plot_left = 80, plot_right = 600, legend_left = 625;
constexpr int legend_row = 22;

// A coordinate with at most one decimal: "12", "12.5".
inline std::string number(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", value);
    std::string shown = text;
    return shown.ends_with(".0") ? shown.substr(0, shown.size() - 2) : shown;
}

// A y axis from 0 to top in steps of step.
struct Scale {
    std::int64_t step = 1;
    std::int64_t top = 5;
};

// A panel: where it is drawn and how its values and weeks map to it.
struct Panel {
    int top = 0;
    int bottom = 0;
    Scale scale;
    std::size_t weeks = 0;

    double slot() const {
        return static_cast<double>(plot_right - plot_left) / static_cast<double>(weeks);
    }
    double x(std::size_t week) const {
        return plot_left + slot() * (static_cast<double>(week) + 0.5);
    }
    double y(std::int64_t value) const {
        return bottom -
               static_cast<double>(value) * (bottom - top) / static_cast<double>(scale.top);
    }
};

// The hatching of paused weeks, to go in the document's <defs>.
void write_story_defs(std::ostream& out);

// Each week with paused days hatched across the panel, its <title> "paused N days"; drawn
// first, under everything else.
void write_paused(const core::Report& report, const Panel& panel, std::ostream& out);

// A row of star marks at y, one in each week with pain reported, the week's highest value
// beside it and every report (date, exercise, value) in its <title>.
void write_pain(const core::Report& report, const Panel& panel, int y, std::ostream& out);

// A flag at the top of the panel and a dotted line down it in each week an exercise (or the
// routine) met its target, naming them in its <title>.
void write_targets(const core::Report& report, const Panel& panel, std::ostream& out);

// How many legend rows write_story_legend takes: one for each kind of mark the report has.
int story_legend_rows(const core::Report& report);

// The legend of the marks the report has, from y down.
void write_story_legend(const core::Report& report, int y, std::ostream& out);

} // namespace backplan::io::svg
