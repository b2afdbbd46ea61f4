// The log in other apps' columns, and read back by import as the same records.
#include "core/import.hpp"
#include "io/formats/app_writer.hpp"
#include "io/formats/csv_reader.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace backplan;
using namespace backplan::core;

namespace {

Routine routine() {
    Routine routine;
    routine.exercises.push_back({"action1", "Prone back extension", {}, {}, {}, std::nullopt, {}});
    routine.exercises.push_back({"plank", "Side plank", {}, {}, {}, std::nullopt, {}});
    routine.exercises.back().progression.unit = Unit::seconds;
    return routine;
}

LogEntry record(const char* line) {
    LogEntry entry;
    Routine r = routine();
    parse_log_line(line, entry, {&r, {}, nullptr});
    return entry;
}

std::string exported(App app, const std::vector<LogEntry>& records) {
    std::ostringstream out;
    io::write_app_sets(app, records, out);
    return out.str();
}

// What import makes of the text (in UTC+01:00), as log lines.
std::vector<std::string> imported(const std::string& text) {
    Routine r = routine();
    Importer importer(r, {});
    std::optional<AppColumns> columns;
    AppSet set;
    io::read_csv(text, [&](std::size_t line, const std::vector<std::string>& fields) {
        if (!columns) {
            columns.emplace(*detect_app(fields), fields);
            return;
        }
        importer.add(line, columns->read(fields, set), set);
    });
    std::vector<std::string> lines;
    for (const LogEntry& entry : importer.finish(fixed_offset_zone(60)).records) {
        lines.push_back(format_log_line(entry));
    }
    return lines;
}

} // namespace

TEST_CASE("app_writer::write_app_sets") {
    std::vector<LogEntry> records{
        record("2026-11-24T07:30:00+01:00 action1 20 18 pain=2 # towel, \"slipped\""),
        record("2026-11-24T07:30:00+01:00 plank 45s 40s")};
    SECTION("strong") {
        CHECK(exported(App::strong, records) ==
              "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,"
              "Notes,Workout Notes,RPE\r\n"
              "2026-11-24 07:30:00,backplan,0m,action1,1,0,20,0,0,"
              "\"pain=2; towel, \"\"slipped\"\"\",,\r\n"
              "2026-11-24 07:30:00,backplan,0m,action1,2,0,18,0,0,,,\r\n"
              "2026-11-24 07:30:00,backplan,0m,plank,1,0,0,0,45,,,\r\n"
              "2026-11-24 07:30:00,backplan,0m,plank,2,0,0,0,40,,,\r\n");
    }
    SECTION("hevy: to the minute, set_index from 0") {
        CHECK(
            exported(App::hevy, {records[1]}) ==
            "title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,"
            "set_index,set_type,weight_kg,reps,distance_km,duration_seconds,rpe\r\n"
            "backplan,\"24 Nov 2026, 07:30\",\"24 Nov 2026, 07:30\",,plank,,,0,normal,,,,45,\r\n"
            "backplan,\"24 Nov 2026, 07:30\",\"24 Nov 2026, 07:30\",,plank,,,1,normal,,,,40,\r\n");
    }
    SECTION("fitnotes: the date alone, Time as h:mm:ss") {
        CHECK(exported(App::fitnotes, {records[1]}) ==
              "Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time,"
              "Comment\r\n"
              "2026-11-24,plank,backplan,0,kgs,,,,0:00:45,\r\n"
              "2026-11-24,plank,backplan,0,kgs,,,,0:00:40,\r\n");
    }
}

TEST_CASE("app_writer::append_app_rows read back by import") {
    std::vector<std::string> lines{
        "2026-11-24T07:30:00+01:00 action1 20 18 pain=2 # towel, \"slipped\"",
        "2026-11-24T07:30:00+01:00 plank 45s 40s", "2026-11-25T19:05:00+01:00 action1 21 # ok"};
    std::vector<LogEntry> records;
    for (const std::string& line : lines) {
        records.push_back(record(line.c_str()));
    }
    CHECK(imported(exported(App::strong, records)) == lines);
    CHECK(imported(exported(App::hevy, records)) == lines);
    SECTION("fitnotes keeps dates alone: records at noon come back") {
        std::vector<std::string> noon{"2026-11-24T12:00:00+01:00 action1 20 18 pain=2 # a",
                                      "2026-11-24T12:00:00+01:00 plank 45s"};
        CHECK(imported(exported(App::fitnotes,
                                {record(noon[0].c_str()), record(noon[1].c_str())})) == noon);
    }
}
