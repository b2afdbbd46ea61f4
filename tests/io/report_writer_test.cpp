// The text report's terminal styles, in-process (the end-to-end tests are never on a terminal).
#include "io/report_writer.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace backplan;
using namespace backplan::core;

namespace {

Report one_week(int done_total) {
    Report report;
    report.routine_name = "R";
    report.since = report.until = parse_date("2026-11-02");
    ExerciseWeek line;
    line.id = "a1";
    line.step = {2, 10};
    line.planned_sets = 2;
    line.planned_total = 20;
    line.done_total = done_total;
    report.weeks.push_back({parse_date("2026-11-02"), 1, done_total, 0, {line}});
    report.records.push_back(
        {"a1", "Row", Unit::reps, Best{done_total, report.since}, std::nullopt});
    report.records.back().best_session = report.records.back().best_set;
    return report;
}

std::string text(const Report& report, io::TextStyle style) {
    std::ostringstream out;
    io::write_text_report(report, style, out);
    return out.str();
}

} // namespace

TEST_CASE("report_writer::write_text_report colours") {
    SECTION("with colour: the percentage green at 100% or more, yellow from 50%, red below") {
        CHECK(text(one_week(20), {false, true}).find("\033[32m 100%\033[0m") != std::string::npos);
        CHECK(text(one_week(10), {false, true}).find("\033[33m  50%\033[0m") != std::string::npos);
        CHECK(text(one_week(9), {false, true}).find("\033[31m  45%\033[0m") != std::string::npos);
        CHECK(
            text(one_week(9), {false, true}).find("\033[36m" + std::string(40, '#') + "\033[0m") !=
            std::string::npos);
    }
    SECTION("without colour: no escape codes at all") {
        CHECK(text(one_week(9), {true, false}).find('\033') == std::string::npos);
    }
}
