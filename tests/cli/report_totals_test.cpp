// Arithmetic that cannot wrap (issue #24): a day of 45,000 lines of 50 sets of 1000 reps (12.8 MB,
// within every cap) totals 2,250,000,000 reps, past a 32-bit int, in every format of report.
// In-process on the fake System; the figures are worked out by hand below.
#include "cli/in_process.hpp"

#include <catch2/catch.hpp>

using namespace backplan;
using test::default_log;
using test::output;

namespace {

// Monday 2026-11-23, one line a second from midnight: 45,000 records of action1, 50 x 1000 each.
std::string overflow_log() {
    std::string sets;
    for (int i = 0; i < 50; ++i) {
        sets += " 1000";
    }
    std::string log;
    char time[32];
    for (int i = 0; i < 45'000; ++i) {
        std::snprintf(time, sizeof time, "2026-11-23T%02d:%02d:%02d+00:00", i / 3600, i / 60 % 60,
                      i % 60);
        log += std::string(time) + " action1" + sets + "\n";
    }
    return log;
}

} // namespace

TEST_CASE("report: totals past 2^31 are right in text, csv, json and the chart") {
    test::FakeSystem system("2026-11-30");
    system.files[default_log] = overflow_log();
    // action1 trains Mon, Wed and Fri at its first step, 2 x 15: 6 sets, 90 reps planned.
    // Done: 45,000 x 50 = 2,250,000 sets; x 1000 = 2,250,000,000 reps; 100 x that / 90 is
    // 2,500,000,000 %.
    const std::vector<std::string> week{"report", "--since", "2026-11-23", "--until", "2026-11-29"};
    SECTION("text") {
        std::vector<std::string> args = week;
        args.push_back("--ascii");
        std::string text = output(system, args);
        CHECK(text.find("Week of 2026-11-23: 1 session, 2250000000 reps\n") != std::string::npos);
        CHECK(text.find("6 sets, 90 reps  2250000 sets, 2250000000 reps  2500000000%") !=
              std::string::npos);
        CHECK(text.find("  2026-11-23  " + std::string(40, '#') + " 2250000000\n") !=
              std::string::npos);
        CHECK(text.find("best set 1000 reps (2026-11-23), best day 2250000000 reps\n"
                        "           (2026-11-23)") != std::string::npos);
        CHECK(text.find(" -") == std::string::npos); // no negative figure
    }
    SECTION("csv") {
        std::vector<std::string> args = week;
        args.insert(args.end(), {"--format", "csv"});
        CHECK(output(system, args)
                  .find("\r\n2026-11-23,action1,Prone back extension,reps,2,15,6,90,"
                        "2250000,2250000000,2500000000,1,,0\r\n") != std::string::npos);
    }
    SECTION("json") {
        std::vector<std::string> args = week;
        args.insert(args.end(), {"--format", "json"});
        std::string json = output(system, args);
        CHECK(json.find("\"total_reps\": 2250000000,") != std::string::npos);
        CHECK(json.find("\"done_sets\": 2250000,") != std::string::npos);
        CHECK(json.find("\"done_total\": 2250000000,") != std::string::npos);
        CHECK(json.find("\"percent\": 2500000000,") != std::string::npos);
    }
    SECTION("the chart: its axes reach 2,500,000,000 in steps of 500,000,000") {
        std::vector<std::string> args = week;
        args.insert(args.end(), {"--chart", "/home/u/chart.svg"});
        output(system, args);
        const std::string& svg = system.files["/home/u/chart.svg"];
        for (const char* tick : {">500000000</text>", ">2500000000</text>"}) {
            CAPTURE(tick);
            CHECK(svg.find(tick) != std::string::npos);
        }
        CHECK(svg.find(">3000000000</text>") == std::string::npos);
        CHECK(svg.find("=\"-") == std::string::npos); // nothing drawn at a negative place
    }
}

TEST_CASE("report and show: one of a thing is singular") {
    test::FakeSystem system("2026-11-30");
    system.files["/home/u/one.yaml"] = "name: One\ndays: [mon]\nprogression:\n"
                                       "  start: {sets: 1, reps: 1}\n"
                                       "  target: {sets: 1, reps: 2}\n"
                                       "exercises:\n  - id: a1\n    name: Only\n";
    system.files[default_log] = "2026-11-23T12:00:00+00:00 a1 1\n";
    const std::string one = "/home/u/one.yaml";
    // Met 1 x 1 in the week of 11-23: 1 x 2, the top, this week.
    CHECK(output(system, {"-t", one, "show"}).starts_with(
        "One: 1 exercise, Mon 2026-11-30\n"
        "            now         step    left  top\n"
        "  a1  Only  1 x 2 reps  2 of 2     0  2026-11-30\n"));
    std::string report = output(
        system, {"-t", one, "report", "--since", "2026-11-23", "--until", "2026-11-29", "--ascii"});
    CHECK(report.find("Week of 2026-11-23: 1 session, 1 rep\n") != std::string::npos);
    CHECK(report.find("1 set, 1 rep  1 set, 1 rep  100%") != std::string::npos);
    CHECK(report.find("best set 1 rep (2026-11-23), best day 1 rep (2026-11-23)") !=
          std::string::npos);
}
