// The text report's terminal styles, in-process (the end-to-end tests are never on a terminal).
#include "io/formats/report_writer.hpp"
#include "support/columns.hpp"

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
    ReportWeek week;
    week.first = parse_date("2026-11-02");
    week.sessions = 1;
    week.total_reps = done_total;
    week.exercises = {line};
    report.weeks.push_back(week);
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
        CHECK(text(one_week(20), {false, true}).find("  \033[32m100%\033[0m\n") !=
              std::string::npos);
        CHECK(text(one_week(10), {false, true}).find("  \033[33m50%\033[0m\n") !=
              std::string::npos);
        CHECK(text(one_week(9), {false, true}).find("  \033[31m45%\033[0m\n") != std::string::npos);
        CHECK(
            text(one_week(9), {false, true}).find("\033[36m" + std::string(40, '#') + "\033[0m") !=
            std::string::npos);
    }
    SECTION("without colour: no escape codes at all") {
        CHECK(text(one_week(9), {true, false}).find('\033') == std::string::npos);
    }
}

TEST_CASE("report_writer::write_text_report fits 80 columns") {
    // The target volume, 5 x 25 on three days: 15 sets, 375 reps, planned and done.
    Report report;
    report.routine_name = "R";
    report.since = report.until = parse_date("2026-11-02");
    ReportWeek week;
    week.first = parse_date("2026-11-02");
    week.sessions = 3;
    week.total_reps = 750;
    for (const char* id : {"action5", "cjk"}) {
        ExerciseWeek line;
        line.id = id;
        line.step = {5, 25};
        line.planned_sets = line.done_sets = 15;
        line.planned_total = line.done_total = 375;
        week.exercises.push_back(line);
    }
    report.weeks.push_back(week);
    report.records.push_back({"action5", "Reverse row under a table", Unit::reps,
                              Best{25, report.since}, Best{125, report.since}});
    report.records.push_back({"cjk", "背中のトレーニング背中のトレーニング", Unit::reps,
                              Best{25, report.since}, Best{125, report.since}});
    std::vector<std::string> lines = backplan::test::lines_of(text(report, {false, false}));
    REQUIRE(lines.size() >= 6);
    // 2 + 7 + 2 + 25 + 2 + 17 + 2 + 17 + 2 + 4 = 80: the built-in routine's longest name
    // whole; a longer one cut to the same 25 columns, 11 wide characters and the marker.
    CHECK(lines[2] == "Week of 2026-11-02: 3 sessions, 750 reps");
    // Every column has its header; the percentage's right-aligned.
    CHECK(lines[3] == "  id       exercise                   planned            done" +
                          std::string(18, ' ') + "%");
    CHECK(lines[4] ==
          "  action5  Reverse row under a table  15 sets, 375 reps  15 sets, 375 reps  100%");
    CHECK(lines[5] ==
          "  cjk      背中のトレーニング背中...  15 sets, 375 reps  15 sets, 375 reps  100%");
    CHECK(backplan::test::terminal_columns(lines[4]) == 80);
    CHECK(backplan::test::terminal_columns(lines[5]) == 80);
    CHECK(backplan::test::widest_line(text(report, {true, false})) <= 80);
    SECTION("a target reached within the report is among the records, with its day") {
        report.records[0].reached = parse_date("2026-11-04");
        std::vector<std::string> reached = backplan::test::lines_of(text(report, {false, false}));
        CHECK(std::find(reached.begin(), reached.end(),
                        "  action5  best set 25 reps (2026-11-02), best day 125 reps (2026-11-02); "
                        "target") != reached.end());
    }
}

TEST_CASE("report_writer::write_json_report") {
    Report report = one_week(15);
    report.streak = 1;
    report.longest_streak = 3;
    report.records.push_back({"h1", "Hold", Unit::seconds, std::nullopt, std::nullopt});
    report.records.front().reached = parse_date("2026-11-02");
    std::ostringstream out;
    io::write_json_report(report, out);
    // one_week: a1 at 2 x 10, planned 2 sets and 20 reps, 15 done (75%), its target reached
    // that Monday; h1 never logged.
    CHECK(out.str() == R"({
  "format": "backplan-report",
  "version": 1,
  "routine": "R",
  "since": "2026-11-02",
  "until": "2026-11-02",
  "weeks": [
    {
      "week": "2026-11-02",
      "sessions": 1,
      "total_reps": 15,
      "total_seconds": 0,
      "paused_days": 0,
      "paused": false,
      "exercises": [
        {
          "id": "a1",
          "name": "Row",
          "unit": "reps",
          "sets": 2,
          "amount": 10,
          "planned_sets": 2,
          "planned_total": 20,
          "done_sets": 0,
          "done_total": 15,
          "percent": 75,
          "sessions": 0,
          "pain": null
        }
      ]
    }
  ],
  "streak": {
    "current": 1,
    "longest": 3
  },
  "records": [
    {
      "id": "a1",
      "name": "Row",
      "unit": "reps",
      "best_set": {
        "amount": 15,
        "date": "2026-11-02"
      },
      "best_session": {
        "amount": 15,
        "date": "2026-11-02"
      },
      "reached": "2026-11-02"
    },
    {
      "id": "h1",
      "name": "Hold",
      "unit": "seconds",
      "best_set": null,
      "best_session": null,
      "reached": null
    }
  ]
}
)");
}

TEST_CASE("report_writer: the week's highest pain per exercise") {
    Report report = one_week(20);
    ExerciseWeek second = report.weeks[0].exercises[0];
    second.id = "a2";
    report.weeks[0].exercises[0].pain = 4;
    report.weeks[0].exercises.push_back(second); // a2: no pain reported
    report.records.push_back({"a2", "Curl", Unit::reps, std::nullopt, std::nullopt});
    SECTION("text: a pain column, right-aligned, empty where none was reported") {
        std::vector<std::string> lines = backplan::test::lines_of(text(report, {false, false}));
        REQUIRE(lines.size() >= 6);
        // The names' column as wide as its header, "exercise".
        CHECK(lines[3] == "  id  exercise  planned          done             pain     %");
        CHECK(lines[4] == "  a1  Row       2 sets, 20 reps  0 sets, 20 reps     4  100%");
        CHECK(lines[5] == "  a2  Curl      2 sets, 20 reps  0 sets, 20 reps        100%");
    }
    SECTION("text: no pain column when no pain was reported") {
        report.weeks[0].exercises[0].pain = -1;
        std::vector<std::string> lines = backplan::test::lines_of(text(report, {false, false}));
        REQUIRE(lines.size() >= 5);
        CHECK(lines[3] == "  id  exercise  planned          done                %");
        CHECK(lines[4] == "  a1  Row       2 sets, 20 reps  0 sets, 20 reps  100%");
    }
    SECTION("csv: the last field, empty where none was reported") {
        std::ostringstream out;
        io::write_csv_report(report, out);
        CHECK(out.str() ==
              "week,id,name,unit,sets,amount,planned_sets,planned_total,done_sets,done_total,"
              "percent,sessions,pain,paused_days\r\n"
              "2026-11-02,a1,Row,reps,2,10,2,20,0,20,100,0,4,0\r\n"
              "2026-11-02,a2,Curl,reps,2,10,2,20,0,20,100,0,,0\r\n");
    }
    SECTION("json: a number, or null") {
        std::ostringstream out;
        io::write_json_report(report, out);
        CHECK(out.str().find("\"sessions\": 0,\n          \"pain\": 4\n") != std::string::npos);
        CHECK(out.str().find("\"sessions\": 0,\n          \"pain\": null\n") != std::string::npos);
    }
}

TEST_CASE("report_writer: paused weeks are marked") {
    Report report = one_week(20);
    report.weeks.push_back(report.weeks[0]);
    report.weeks[1].first = parse_date("2026-11-09");
    report.weeks.push_back(report.weeks[0]);
    report.weeks[2].first = parse_date("2026-11-16");
    report.until = parse_date("2026-11-22");
    report.weeks[1].paused_days = 7; // the whole week, every training day in it
    report.weeks[1].paused = true;
    report.weeks[2].paused_days = 2; // two of its days only
    SECTION("text: in the week's heading") {
        std::string said = text(report, {false, false});
        CHECK(said.find("\nWeek of 2026-11-02: 1 session, 20 reps\n") != std::string::npos);
        CHECK(said.find("\nWeek of 2026-11-09: 1 session, 20 reps (paused)\n") !=
              std::string::npos);
        CHECK(said.find("\nWeek of 2026-11-16: 1 session, 20 reps (2 days paused)\n") !=
              std::string::npos);
    }
    SECTION("csv: the paused days of the week, the last field") {
        std::ostringstream out;
        io::write_csv_report(report, out);
        CHECK(out.str() ==
              "week,id,name,unit,sets,amount,planned_sets,planned_total,done_sets,done_total,"
              "percent,sessions,pain,paused_days\r\n"
              "2026-11-02,a1,Row,reps,2,10,2,20,0,20,100,0,,0\r\n"
              "2026-11-09,a1,Row,reps,2,10,2,20,0,20,100,0,,7\r\n"
              "2026-11-16,a1,Row,reps,2,10,2,20,0,20,100,0,,2\r\n");
    }
    SECTION("json: paused_days and paused") {
        std::ostringstream out;
        io::write_json_report(report, out);
        CHECK(out.str().find("\"week\": \"2026-11-09\",\n      \"sessions\": 1,\n"
                             "      \"total_reps\": 20,\n      \"total_seconds\": 0,\n"
                             "      \"paused_days\": 7,\n      \"paused\": true,\n") !=
              std::string::npos);
        CHECK(out.str().find("\"paused_days\": 2,\n      \"paused\": false,\n") !=
              std::string::npos);
    }
}
