// Other apps' sets to log records (backplan(1), IMPORT), rows written by hand in each app's
// columns, the records worked out by hand.
#include "core/import.hpp"

#include <catch2/catch.hpp>

using namespace backplan;
using namespace backplan::core;

namespace {

Routine import_routine() {
    Routine routine;
    routine.exercises.push_back(
        {"action1", "Prone back extension", {"back-extension"}, {}, {}, std::nullopt, {}});
    routine.exercises.push_back(
        {"action2", "Towel prone row", {"prone-row"}, {}, {}, std::nullopt, {}});
    routine.exercises.push_back({"plank", "Side plank", {}, {}, {}, std::nullopt, {}});
    routine.exercises.back().progression.unit = Unit::seconds;
    return routine;
}

const std::vector<std::string> strong_header{
    "Date", "Workout Name", "Duration", "Exercise Name", "Set Order",     "Weight",
    "Reps", "Distance",     "Seconds",  "Notes",         "Workout Notes", "RPE"};

// A Strong row: date, exercise, set order, weight, reps, seconds, notes.
std::vector<std::string> strong_row(const char* date, const char* exercise, const char* order,
                                    const char* weight, const char* reps, const char* seconds,
                                    const char* notes = "") {
    return {date, "Back", "45m", exercise, order, weight, reps, "0", seconds, notes, "", ""};
}

// The lines of the records an import of Strong rows makes, in UTC+01:00.
std::vector<std::string> imported(Importer& importer) {
    ImportPlan plan = importer.finish(fixed_offset_zone(60));
    std::vector<std::string> lines;
    for (const LogEntry& record : plan.records) {
        lines.push_back(format_log_line(record));
    }
    return lines;
}

void add_strong(Importer& importer, const AppColumns& columns,
                const std::vector<std::vector<std::string>>& rows) {
    AppSet set;
    std::size_t line = 2;
    for (const auto& row : rows) {
        importer.add(line++, columns.read(row, set), set);
    }
}

} // namespace

TEST_CASE("app_sets::detect_app") {
    CHECK(detect_app(strong_header) == App::strong);
    CHECK(detect_app({"Date", "Exercise Name", "Set Order", "Weight (kg)", "Reps"}) == App::strong);
    CHECK(detect_app({"title", "start_time", "exercise_title", "reps"}) == App::hevy);
    CHECK(detect_app({"Date", "Exercise", "Category", "Reps"}) == App::fitnotes);
    CHECK_FALSE(detect_app({"date", "exercise", "reps"}).has_value());
}

TEST_CASE("app_sets::AppColumns") {
    SECTION("a column the app's export has is missing") {
        CHECK_THROWS_WITH(AppColumns(App::hevy, {"title", "start_time", "weight_kg"}),
                          "not a hevy export: no column 'exercise_title' or 'reps'");
    }
    SECTION("a unit in the header goes with the weight") {
        AppColumns columns(App::strong,
                           {"Date", "Exercise Name", "Set Order", "Weight (lbs)", "Reps"});
        AppSet set;
        CHECK(columns.read({"2024-03-02 07:15:00", "Row", "1", "22,50", "15"}, set) ==
              RowKind::set);
        CHECK(set.weight == "22.5");
        CHECK(set.weight_unit == "lb");
        CHECK(set.reps == 15);
        CHECK_FALSE(set.seconds.has_value());
    }
    SECTION("warm-ups and rest timers are told apart") {
        AppColumns strong(App::strong, strong_header);
        AppSet set;
        CHECK(strong.read(strong_row("x", "Row", "W", "0", "10", "0"), set) == RowKind::warm_up);
        CHECK(strong.read(strong_row("x", "Row", "Rest Timer", "0", "0", "90"), set) ==
              RowKind::rest_timer);
        AppColumns hevy(App::hevy, {"start_time", "exercise_title", "set_type", "reps"});
        CHECK(hevy.read({"x", "Row", "warmup", "8"}, set) == RowKind::warm_up);
        CHECK(hevy.read({"26 Jul 2025, 07:06", "Row", "dropset", "8"}, set) == RowKind::set);
    }
    SECTION("a value that does not read") {
        AppColumns strong(App::strong, strong_header);
        AppSet set;
        CHECK_THROWS_WITH(
            strong.read(strong_row("2025-07-26 07:06:00", "Row", "1", "0", "x", "0"), set),
            "Reps: expected a number, got 'x'");
    }
}

TEST_CASE("app_sets::parse_app_time") {
    auto at = [](const char* date, int h, int m, int s) {
        return LocalTime{parse_date(date), h * 3600 + m * 60 + s};
    };
    CHECK(parse_app_time("2025-07-26 07:06:00") == at("2025-07-26", 7, 6, 0));
    CHECK(parse_app_time("26 Jul 2025, 07:06") == at("2025-07-26", 7, 6, 0));
    CHECK(parse_app_time("2 September 2025, 19:45") == at("2025-09-02", 19, 45, 0));
    CHECK(parse_app_time("2025-07-26") == at("2025-07-26", 12, 0, 0));
    SECTION("12-hour clocks") {
        CHECK(parse_app_time("2025-07-28 6:30:00 PM") == at("2025-07-28", 18, 30, 0));
        CHECK(parse_app_time("26 Jul 2025, 12:05 am") == at("2025-07-26", 0, 5, 0));
        CHECK(parse_app_time("26 Jul 2025, 12:05 PM") == at("2025-07-26", 12, 5, 0));
        CHECK_THROWS_WITH(parse_app_time("2025-07-28 13:30 PM"),
                          "date: expected a local date and time like 2025-07-26 07:06:00, 26 Jul "
                          "2025, 07:06 or 2025-07-26 7:06 PM, got '2025-07-28 13:30 PM'");
    }
    CHECK_THROWS(parse_app_time("2025-07-26T07:06:00+02:00")); // local times only
    CHECK_THROWS(parse_app_time("31 Foo 2025, 07:06"));
}

TEST_CASE("app_sets::parse_app_count") {
    CHECK(parse_app_count("Reps", "12") == 12);
    CHECK(parse_app_count("Reps", " 16.0 ") == 16);
    CHECK(parse_app_count("Reps", "12,5") == 13); // halves up
    CHECK(parse_app_count("Reps", "12.49") == 12);
    CHECK(parse_app_count("Reps", ".6") == 1);
    CHECK_FALSE(parse_app_count("Reps", "").has_value());
    CHECK_FALSE(parse_app_count("Reps", "0.4").has_value());
    CHECK_THROWS_WITH(parse_app_count("Reps", "-3"), "Reps: expected a number, got '-3'");
    CHECK_THROWS_WITH(parse_app_count("Reps", "1e3"), "Reps: expected a number, got '1e3'");
    CHECK_THROWS_WITH(parse_app_count("Reps", "."), "Reps: expected a number, got '.'");
    CHECK_THROWS_WITH(parse_app_count("Reps", "1000001"), "Reps: expected a number, got '1000001'");
}

TEST_CASE("app_sets::parse_app_seconds") {
    CHECK(parse_app_seconds("Time", "0:00:45") == 45);
    CHECK(parse_app_seconds("Time", "1:30") == 90);
    CHECK(parse_app_seconds("Seconds", "45.0") == 45);
    CHECK_FALSE(parse_app_seconds("Seconds", "").has_value());
    CHECK_FALSE(parse_app_seconds("Seconds", "0").has_value());
    CHECK_THROWS_WITH(parse_app_seconds("Time", "0:x"),
                      "Time: expected seconds, or a time like 0:00:45, got '0:x'");
}

TEST_CASE("import::Importer") {
    Routine routine = import_routine();
    AppColumns columns(App::strong, strong_header);
    SECTION("a session's sets of one exercise are one record, records in time order") {
        Importer importer(routine, {});
        add_strong(importer, columns,
                   {strong_row("2025-07-28 18:30:00", "Back-Extension", "1", "0", "16", "0"),
                    strong_row("2025-07-26 07:06:00", "prone back extension", "W", "0", "8", "0"),
                    strong_row("2025-07-26 07:06:00", "prone back extension", "1", "0", "15", "0"),
                    strong_row("2025-07-26 07:06:00", "Side Plank", "1", "0", "0", "45"),
                    strong_row("2025-07-26 07:06:00", "PRONE  back extension", "2", "0", "14", "0",
                               "felt tight")});
        CHECK(imported(importer) ==
              std::vector<std::string>{"2025-07-26T07:06:00+01:00 action1 15 14 # felt tight",
                                       "2025-07-26T07:06:00+01:00 plank 45s",
                                       "2025-07-28T18:30:00+01:00 action1 16"});
    }
    SECTION("weights go in the note, one when they are the same") {
        Importer importer(routine, {});
        add_strong(importer, columns,
                   {strong_row("2025-07-26 07:06:00", "action2", "1", "20", "12", "0"),
                    strong_row("2025-07-26 07:06:00", "action2", "2", "22.5", "10", "0"),
                    strong_row("2025-07-27 07:06:00", "action2", "1", "20", "12", "0"),
                    strong_row("2025-07-27 07:06:00", "action2", "2", "20.0", "12", "0")});
        CHECK(imported(importer) ==
              std::vector<std::string>{"2025-07-26T07:06:00+01:00 action2 12 10 # weight 20, 22.5",
                                       "2025-07-27T07:06:00+01:00 action2 12 12 # weight 20"});
    }
    SECTION("a set in the other unit, none, or too many is left out, and counted") {
        Importer importer(routine, {});
        add_strong(importer, columns,
                   {strong_row("2025-07-26 07:06:00", "plank", "1", "0", "12", "0"),
                    strong_row("2025-07-26 07:06:00", "action1", "1", "0", "0", "30"),
                    strong_row("2025-07-26 07:06:00", "action1", "2", "0", "0", "0"),
                    strong_row("2025-07-26 07:06:00", "action1", "3", "0", "1001", "0"),
                    strong_row("2025-07-26 07:06:00", "action1", "Rest Timer", "0", "0", "60")});
        ImportPlan plan = importer.finish(fixed_offset_zone(0));
        CHECK(plan.records.empty());
        using Reasons = std::vector<std::pair<std::string, std::size_t>>;
        CHECK(plan.skipped == Reasons{{"reps for a timed exercise", 1},
                                      {"seconds for an exercise of reps", 1},
                                      {"no reps or seconds", 1},
                                      {"more than 1000 reps", 1},
                                      {"rest-timer rows", 1}});
    }
    SECTION("unknown names are counted by sets; --map names them") {
        Importer unmapped(routine, {});
        add_strong(unmapped, columns,
                   {strong_row("2025-07-26 07:06:00", "Superman", "1", "0", "12", "0"),
                    strong_row("2025-07-26 07:06:00", "Superman", "2", "0", "12", "0"),
                    strong_row("2025-07-26 07:06:00", "Hyperextension", "1", "0", "12", "0")});
        ImportPlan plan = unmapped.finish(fixed_offset_zone(0));
        REQUIRE(plan.unknown.size() == 2);
        CHECK(plan.unknown[0].name == "Superman");
        CHECK(plan.unknown[0].sets == 2);
        CHECK(plan.unknown[1].name == "Hyperextension");
        CHECK(plan.unknown[1].sets == 1);

        NameMap map;
        add_mapping(routine, "superman = prone-row", map);
        add_mapping(routine, "Hyper=extension=action1", map); // the last '=' splits
        add_mapping(routine, "Hyperextension=action1", map);
        CHECK(map[1] == std::make_pair(std::string("Hyper=extension"), std::string("action1")));
        CHECK_THROWS_WITH(add_mapping(routine, "Superman", map),
                          "expected NAME=ID, got 'Superman'");
        CHECK_THROWS_WITH(add_mapping(routine, "Superman=acton2", map),
                          "unknown exercise 'acton2'; did you mean 'action2'?");
        Importer mapped(routine, map);
        add_strong(mapped, columns,
                   {strong_row("2025-07-26 07:06:00", "SUPERMAN", "1", "0", "12", "0"),
                    strong_row("2025-07-26 07:06:00", "hyperextension", "1", "0", "11", "0")});
        CHECK(imported(mapped) == std::vector<std::string>{"2025-07-26T07:06:00+01:00 action2 12",
                                                           "2025-07-26T07:06:00+01:00 action1 11"});
    }
    SECTION("a time the zone skips is a problem of the row") {
        Importer importer(routine, {});
        add_strong(importer, columns,
                   {strong_row("2026-03-29 02:30:00", "action1", "1", "0", "12", "0")});
        LocalResolver berlin_spring = [](LocalTime time) {
            LocalResolution resolution;
            resolution.kind = LocalResolution::Kind::skipped;
            resolution.from = {time.date, 2 * 3600};
            resolution.to = {time.date, 3 * 3600};
            resolution.zone = "Europe/Berlin";
            return resolution;
        };
        ImportPlan plan = importer.finish(berlin_spring);
        REQUIRE(plan.problems.size() == 1);
        CHECK(plan.problems[0].line == 2);
        CHECK(plan.problems[0].message == "2026-03-29T02:30 does not exist in Europe/Berlin: "
                                          "clocks went from 02:00 to 03:00");
    }
}

TEST_CASE("import::note_of_sets") {
    LogEntry record;
    note_of_sets({"20", "20"}, {"kg", "kg"}, {}, record);
    CHECK(record.note == "20 kg");
    note_of_sets({"", "10"}, {"lb", "lb"}, {"slow", "wide grip"}, record);
    CHECK(record.note == "0, 10 lb; slow; wide grip");
    note_of_sets({"", ""}, {"kg", "kg"}, {}, record);
    CHECK(record.note.empty());
    note_of_sets({"5", "7.5"}, {"", ""}, {}, record);
    CHECK(record.note == "weight 5, 7.5");
    SECTION("sets weighed in two units keep each its own, so none is misread") {
        note_of_sets({"5", "10", ""}, {"kg", "lb", "lb"}, {}, record);
        CHECK(record.note == "5 kg, 10 lb, 0");
        note_of_sets({"10", "10"}, {"kg", "lb"}, {}, record);
        CHECK(record.note == "10 kg, 10 lb");
        // A set whose unit the export did not say, beside one in lb, is not read as lb.
        note_of_sets({"5", "10"}, {"", "lb"}, {}, record);
        CHECK(record.note == "5 (no unit), 10 lb");
    }
    SECTION("pain=N first is the record's pain, as backplan's exports write it") {
        note_of_sets({""}, {""}, {"pain=3; towel slipped"}, record);
        CHECK(record.pain == 3);
        CHECK(record.note == "towel slipped");
        LogEntry other;
        note_of_sets({""}, {""}, {"pain=11"}, other);
        CHECK_FALSE(other.pain.has_value());
        CHECK(other.note == "pain=11");
    }
    SECTION("control characters are spaces, and a long note is cut") {
        note_of_sets({""}, {""}, {"line one\nline\ttwo"}, record);
        CHECK(record.note == "line one line two");
        note_of_sets({""}, {""}, {std::string(600, 'x')}, record);
        CHECK(record.note.size() == max_note_length);
    }
}
