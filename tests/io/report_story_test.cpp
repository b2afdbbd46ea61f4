// The weeks' story in the report's pictures: paused weeks, pain and targets met, on the SVG
// chart and on the text report's bars. Every coordinate worked out by hand in the comments.
#include "io/formats/report_writer.hpp"
#include "support/columns.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace backplan;
using namespace backplan::core;

namespace {

// Two weeks of one exercise, a1: the first with 20 reps done, the second with nothing.
Report two_weeks() {
    Report report;
    report.routine_name = "R";
    report.since = parse_date("2026-11-02");
    report.until = parse_date("2026-11-15");
    for (int w = 0; w < 2; ++w) {
        ExerciseWeek line{.id = "a1",
                          .step = {2, 10},
                          .planned_sets = 2,
                          .planned_total = 20,
                          .done_total = w == 0 ? 20 : 0};
        ReportWeek week;
        week.first = add_days(report.since, 7 * w);
        week.total_reps = line.done_total;
        week.exercises = {line};
        report.weeks.push_back(week);
    }
    report.records.push_back({"a1", "Row", Unit::reps, Best{10, report.since}, std::nullopt});
    return report;
}

std::string svg(const Report& report) {
    std::ostringstream out;
    io::write_svg_chart(report, out);
    return out.str();
}

std::string text(const Report& report, bool unicode = false) {
    std::ostringstream out;
    io::write_text_report(report, {unicode, false}, out);
    return out.str();
}

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

} // namespace

// The layout of two_weeks: two weeks share the 520 px from x = 80 to 600, 260 px each, the
// second centred at 80 + 1.5 * 260 = 470. One exercise and up to three kinds of marks take a
// legend of 70 + 36 + (2 + 3) * 22 = 216 px, less than the top panel's least bottom, 330; the
// bars run from 330 + 80 = 410 to 410 + 150 = 560.
TEST_CASE("svg_chart: a week with paused days is hatched, its title saying how many") {
    Report report = two_weeks();
    report.weeks[1].paused_days = 3;
    std::string chart = svg(report);
    // The second week's slot, 470 - 130 = 340 to 600, down each panel.
    CHECK(has(chart, "<rect x=\"340\" y=\"70\" width=\"260\" height=\"260\" "
                     "fill=\"url(#paused)\"><title>paused 3 days</title></rect>"));
    CHECK(has(chart, "<rect x=\"340\" y=\"410\" width=\"260\" height=\"150\" "
                     "fill=\"url(#paused)\"><title>paused 3 days</title></rect>"));
    CHECK(has(chart, ">paused (days on hover)</text>"));
    report.weeks[1].paused_days = 1;
    CHECK(has(svg(report), "<title>paused 1 day</title>"));
}

TEST_CASE("svg_chart: pain is a star below the week, every report in its title") {
    Report report = two_weeks();
    report.weeks[0].pains = {{parse_date("2026-11-03"), "a1", 4},
                             {parse_date("2026-11-05"), "a1", 6}};
    std::string chart = svg(report);
    // The first week centred at 80 + 130 = 210, the row 38 px below the top panel: y = 368.
    // The star 5 px left of the centre, its top point 6 px up: 205,362; the highest, 6, beside.
    CHECK(has(chart, "<g><title>2026-11-03 a1: pain 4\n2026-11-05 a1: pain 6</title>"
                     "<polygon points=\"205,362 "));
    CHECK(has(chart, "<text x=\"213\" y=\"372\" font-size=\"11\">6</text></g>"));
    CHECK(has(chart, ">pain</text>"));
    CHECK(has(chart, ">pain: the week's highest</text>"));
    CHECK_FALSE(has(chart, "<title>paused"));
}

TEST_CASE("svg_chart: a target met is a flag on a dotted line down its week") {
    Report report = two_weeks();
    report.weeks[1].reached = {"a1"};
    SECTION("an exercise") {
        std::string chart = svg(report);
        CHECK(has(chart, "<g><title>a1 met its target</title><line x1=\"470\" y1=\"70\" "
                         "x2=\"470\" y2=\"330\" stroke=\"#000000\" stroke-width=\"1\" "
                         "stroke-dasharray=\"1 3\"/>"));
        CHECK(has(chart, ">target met</text>"));
        CHECK_FALSE(has(chart, ">all</text>"));
    }
    SECTION("the routine, its flag saying 'all'") {
        report.weeks[1].routine_reached = true;
        std::string chart = svg(report);
        CHECK(has(chart, "<title>a1 met its target\nthe routine met its target</title>"));
        CHECK(has(chart, "<text x=\"483\" y=\"78\" font-size=\"11\">all</text>"));
        CHECK(has(chart, ">target met (all: every one)</text>"));
    }
}

TEST_CASE("svg_chart: a report with nothing to mark has no marks and no key to them") {
    std::string chart = svg(two_weeks());
    CHECK_FALSE(has(chart, "<title>paused"));
    CHECK_FALSE(has(chart, ">pain"));
    CHECK_FALSE(has(chart, "target met"));
}

TEST_CASE("report_writer: the bars note paused days, pain and targets, with a key") {
    Report report = two_weeks();
    report.weeks[0].pains = {{parse_date("2026-11-03"), "a1", 4}};
    report.weeks[1].paused_days = 3;
    report.weeks[1].reached = {"a1"};
    // Totals take 4 columns ("reps"), the notes 16 ("paused 3d target"): 2 + 10 + 2 + 1 + 4 +
    // 2 + 16 = 37 fixed, leaving 43 for the bars, of which they take their 40.
    std::vector<std::string> lines = backplan::test::lines_of(text(report));
    auto at = std::find(lines.begin(), lines.end(), "Weekly volume (reps)");
    REQUIRE(lines.end() - at >= 6);
    CHECK(at[1] == "  week of" + std::string(46, ' ') + "reps  notes");
    CHECK(at[2] == "  2026-11-02  " + std::string(40, '#') + "   20  pain 4");
    // The paused week's bar shaded where nothing was done.
    CHECK(at[3] == "  2026-11-09  " + std::string(40, '.') + "    0  paused 3d target");
    // 4 + 37 + 35 = 76 columns, and the last part would pass 80: on a line of its own.
    CHECK(at[4] == "Key: . paused Nd: N training days paused; pain N: the highest pain reported;");
    CHECK(at[5] == "     target: an exercise met its target");
    SECTION("the routine's target, and the unicode shade") {
        // Notes of 20 columns ("paused 3d target all"): 41 fixed, 39 for the bars.
        report.weeks[1].routine_reached = true;
        std::string said = text(report, true);
        CHECK(has(
            said, "  2026-11-09  " + [] {
                std::string shade;
                for (int i = 0; i < 39; ++i) {
                    shade += "░";
                }
                return shade;
            }() + "    0  paused 3d target all\n"));
        CHECK(has(said, "\n     target: an exercise met its target (all: every one)\n"));
        CHECK(backplan::test::widest_line(said) <= 80);
    }
    SECTION("nothing to note: no notes column and no key") {
        std::string said = text(two_weeks());
        CHECK(has(said, "\n  week of" + std::string(46, ' ') + "reps\n"));
        CHECK_FALSE(has(said, "Key:"));
    }
}
