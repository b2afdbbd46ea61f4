#include "core/log_line.hpp"
#include "problem_of.hpp"

#include <catch2/catch.hpp>

using namespace backplan;
using namespace backplan::core;
using backplan::test::problem_of;

namespace {

LogEntry entry_of(const char* time, const char* id, Unit unit, std::vector<int> amounts,
                  const char* note = "") {
    return {parse_timestamp(time), id, unit, std::move(amounts), note, {}, {}};
}

LogEntry parsed(std::string_view line) {
    LogEntry entry;
    REQUIRE(parse_log_line(line, entry) == LineKind::entry);
    return entry;
}

} // namespace

TEST_CASE("log_line::format_log_line and parse_log_line round-trip") {
    std::vector<std::pair<LogEntry, std::string>> samples{
        {entry_of("2026-11-24T07:30:00+01:00", "action2", Unit::reps, {20}),
         "2026-11-24T07:30:00+01:00 action2 20"},
        {entry_of("2026-11-24T07:30:05+01:00", "action2", Unit::reps, {20, 20, 18},
                  "towel slipped"),
         "2026-11-24T07:30:05+01:00 action2 20 20 18 # towel slipped"},
        {entry_of("2026-03-29T23:59:59-09:30", "side-plank", Unit::seconds, {45, 40}),
         "2026-03-29T23:59:59-09:30 side-plank 45s 40s"},
        {entry_of("2027-01-01T00:00:00+00:00", "a_1", Unit::reps, {1000},
                  "# in a note, and ünïcödé"),
         "2027-01-01T00:00:00+00:00 a_1 1000 # # in a note, and ünïcödé"},
    };
    for (const auto& [entry, line] : samples) {
        CAPTURE(line);
        CHECK(format_log_line(entry) == line);
        CHECK(parsed(line) == entry);
    }
}

TEST_CASE("log_line::parse_log_line is tolerant of hand edits") {
    LogEntry expected =
        entry_of("2026-11-24T07:30:00+00:00", "action2", Unit::reps, {20, 18}, "felt good");
    CHECK(parsed("2026-11-24T07:30:00Z action2 20 18 # felt good") == expected);
    CHECK(parsed("  2026-11-24T07:30:00+00:00\taction2   20 18   #   felt good  \r") == expected);
    CHECK(parsed("2026-11-24T07:30:00+00:00 action2 20 18 #felt good") == expected);
    LogEntry entry;
    CHECK(parse_log_line("", entry) == LineKind::blank);
    CHECK(parse_log_line("   \t", entry) == LineKind::blank);
    CHECK(parse_log_line("# moved to a new flat; table is lower", entry) == LineKind::blank);
}

namespace {

std::string fifty_sets() {
    std::string line = "2026-11-24T07:30:00+01:00 action2";
    for (std::size_t i = 0; i < max_sets_per_entry; ++i) {
        line += " 20";
    }
    return line;
}

} // namespace

TEST_CASE("log_line::parse_canonical_log_line takes only what format_log_line writes") {
    // Lines as backplan writes them: the fast path reads them, and as the general parser does.
    for (const std::string& line : std::vector<std::string>{
             "2026-11-24T07:30:00+01:00 action2 20", "2026-11-24T07:30:00+01:00 action2 20 20 18",
             "2026-03-29T23:59:59-09:30 side-plank 45s 40s 3600s", "1970-01-01T00:00:00+00:00 a 1",
             "1969-12-29T00:00:00-12:00 a 1", "9999-12-31T23:59:59+14:00 a 1",
             "2028-02-29T12:00:00+14:59 a_1 1000", fifty_sets(),
             "2026-11-24T07:30:00+01:00 action2 20 18 # towel slipped",
             "2026-11-24T07:30:00+01:00 action2 20 # # in a note,\tand "
             "ünïcödé"}) {
        CAPTURE(line);
        LogEntry fast;
        LogEntry general;
        REQUIRE(parse_canonical_log_line(line, fast));
        REQUIRE(parse_any_log_line(line, general) == LineKind::entry);
        CHECK(fast == general);
        CHECK(format_log_line(fast) == line);
    }
    // Anything else is left to the general parser, which reads or refuses it.
    for (const char* line : {
             "2026-11-24T07:30:00+01:00 action2 20 #",          // an empty note
             "2026-11-24T07:30:00+01:00 action2 20 # ",         // an empty note
             "2026-11-24T07:30:00+01:00 action2 20 #  two",     // written "# two"
             "2026-11-24T07:30:00+01:00 action2 20 # two ",     // written "# two"
             "2026-11-24T07:30:00+01:00 action2 20 #two",       // written "# two"
             "2026-11-24T07:30:00+01:00 action2 20  # two",     // two spaces
             "2026-11-24T07:30:00+01:00 action2 20 # bad \x01", // a control character
             "2026-11-24T07:30:00+01:00 action2 20 # bad \xff", // not UTF-8
             "2026-11-24T07:30:00+01:00 action2 20 # note\r",   // CR
             "2026-11-24T07:30:00+01:00 action2 # note",        // no sets
             "2026-11-24T07:30:00Z action2 20",                 // Z
             "2026-11-24T07:30:00-00:00 action2 20",            // written +00:00
             "2026-11-24T07:30:00+01:00  action2 20",           // two spaces
             "2026-11-24T07:30:00+01:00\taction2 20",           // a tab
             "2026-11-24T07:30:00+01:00 action2 20 ",           // a trailing space
             "2026-11-24T07:30:00+01:00 action2 20\r",          // CR
             " 2026-11-24T07:30:00+01:00 action2 20",           // a leading space
             "2026-11-24T07:30:00+01:00 action2",               // no sets
             "2026-11-24T07:30:00+01:00 action2 020",           // a leading zero
             "2026-11-24T07:30:00+01:00 action2 1001",          // too many reps
             "2026-11-24T07:30:00+01:00 action2 3601s",         // too many seconds
             "2026-11-24T07:30:00+01:00 action2 12345",         // five digits
             "2026-11-24T07:30:00+01:00 action2 20 45s",        // reps and seconds
             "2026-11-24T07:30:00+01:00 action2 20x",           // not a number
             "2026-11-24T07:30:00+01:00 Action2 20",            // not an id
             "1969-12-28T23:59:59+00:00 action2 20",            // before the range
             "2026-02-29T07:30:00+01:00 action2 20",            // no such day
             "2026-13-01T07:30:00+01:00 action2 20",            // no such month
             "2026-11-24T24:00:00+01:00 action2 20",            // no such hour
             "2026-11-24T07:60:00+01:00 action2 20",            // no such minute
             "2026-11-24T07:30:60+01:00 action2 20",            // no such second
             "2026-11-24T07:30:00+15:00 action2 20",            // no such offset
             "2026-11-24T07:30:00+01:60 action2 20",            // no such offset
             "2026-11-24 07:30:00+01:00 action2 20",            // a space for the T
         }) {
        CAPTURE(line);
        LogEntry entry;
        CHECK_FALSE(parse_canonical_log_line(line, entry));
    }
    std::string fifty_one = fifty_sets() + " 20";
    LogEntry entry;
    CHECK_FALSE(parse_canonical_log_line(fifty_one, entry));
    CHECK_THROWS_AS(parse_log_line(fifty_one, entry), LogLineError);
}

namespace {

// A routine of four exercises with names and aliases, for reading lines that name them.
Routine named_routine() {
    Routine routine;
    auto add = [&](const char* id, const char* name, std::vector<std::string> aliases, Unit unit) {
        routine.exercises.push_back({id, name, std::move(aliases), {}, {}, std::nullopt, {}});
        routine.exercises.back().progression.unit = unit;
    };
    add("action2", "Prone row", {"prone-row", "row"}, Unit::reps);
    add("side-plank", "Side plank", {}, Unit::seconds);
    add("bridge", "Glute bridge", {}, Unit::reps);
    add("bridge2", "Glute bridge 2", {}, Unit::reps);
    return routine;
}

// America/New_York's 2026 changes, named.
LineContext new_york_context(const Routine& routine) {
    return {&routine, [](LocalTime time) {
                auto offset = [](std::chrono::sys_seconds at) {
                    using std::chrono::hours;
                    auto spring = std::chrono::sys_days(parse_date("2026-03-08")) + hours(7);
                    auto fall = std::chrono::sys_days(parse_date("2026-11-01")) + hours(6);
                    return at < spring || at >= fall ? -5 * 3600 : -4 * 3600;
                };
                LocalResolution resolution = resolve_in_zone(time, offset);
                resolution.zone = "America/New_York";
                return resolution;
            }};
}

} // namespace

TEST_CASE("log_line::parse_log_line reads hand-written lines as their canonical line") {
    Routine routine = named_routine();
    LineContext context{&routine, fixed_offset_zone(60)};
    auto canonical = [&](std::string_view line) {
        LogEntry entry;
        REQUIRE(parse_log_line(line, entry, context) == LineKind::entry);
        return format_log_line(entry);
    };
    SECTION("a date alone is 12:00 local time; a time without an offset is local time") {
        for (const char* line :
             {"2026-11-28 action2 20 20", "2026-11-28T12:00 action2 20 20",
              "2026-11-28 12:00 action2 20 20", "2026-11-28\t12:00:00  action2 20 20",
              "2026-11-28 12:00+01:00 action2 20 20", "2026-11-28T12:00:00+01:00 action2 20 20"}) {
            CAPTURE(line);
            CHECK(canonical(line) == "2026-11-28T12:00:00+01:00 action2 20 20");
        }
        CHECK(canonical("2026-11-28 7:05 action2 20") == "2026-11-28T07:05:00+01:00 action2 20");
        CHECK(canonical("2026-11-28T11:00Z action2 20") == "2026-11-28T11:00:00+00:00 action2 20");
    }
    SECTION("the exercise by id, alias or name, in any case; the entry holds the id") {
        for (const char* line :
             {"2026-11-28T08:00:00+01:00 prone-row 20", "2026-11-28T08:00:00+01:00 PRONE-ROW 20",
              "2026-11-28T08:00:00+01:00 Action2 20", "2026-11-28T08:00:00+01:00 Prone Row 20",
              "2026-11-28T08:00:00+01:00 prone \t row 20", "2026-11-28T08:00:00+01:00 row 20\r"}) {
            CAPTURE(line);
            CHECK(canonical(line) == "2026-11-28T08:00:00+01:00 action2 20");
        }
        CHECK(canonical("2026-11-28 08:00 side plank 45s 40s") ==
              "2026-11-28T08:00:00+01:00 side-plank 45s 40s");
    }
    SECTION("a name that ends in a number: the longest name that fits is taken") {
        CHECK(canonical("2026-11-28T08:00:00+01:00 glute bridge 2 20 20") ==
              "2026-11-28T08:00:00+01:00 bridge2 20 20");
        CHECK(canonical("2026-11-28T08:00:00+01:00 glute bridge 20 20") ==
              "2026-11-28T08:00:00+01:00 bridge 20 20");
    }
    SECTION("what names no exercise, or counts the other unit, is refused where it starts") {
        CHECK(problem_of("2026-11-28T08:00:00+01:00 Prone Rwo 20 # x", context) ==
              std::pair<int, std::string>{27,
                                          "unknown exercise 'Prone Rwo'; did you mean 'action2'?"});
        CHECK(problem_of("2026-11-28 zzzzzz 20", context) ==
              std::pair<int, std::string>{12, "unknown exercise 'zzzzzz'"});
        CHECK(problem_of("2026-11-28 08:00  side-plank 20", context) ==
              std::pair<int, std::string>{19, "side-plank counts seconds, not reps"});
        CHECK(problem_of("2026-11-28 action2 20x", context) ==
              std::pair<int, std::string>{
                  20, "expected reps from 1 to 1000 (or seconds such as 45s), got '20x'"});
        CHECK(problem_of("2026-11-28T08:00:00+01:00", context) ==
              std::pair<int, std::string>{26, "expected an exercise after the time"});
    }
}

TEST_CASE("log_line::parse_log_line places a time without an offset in the time zone") {
    Routine routine = named_routine();
    LineContext context = new_york_context(routine);
    auto written = [&](std::string_view line) {
        LogEntry entry;
        parse_log_line(line, entry, context);
        return format_log_line(entry);
    };
    CHECK(written("2026-07-01 action2 20") == "2026-07-01T12:00:00-04:00 action2 20");
    CHECK(written("2026-12-01 07:30 action2 20") == "2026-12-01T07:30:00-05:00 action2 20");
    // The repeated hour: the earlier instant, as --at takes it.
    CHECK(written("2026-11-01 01:10 action2 20") == "2026-11-01T01:10:00-04:00 action2 20");
    // An offset written is kept: the second 01:10.
    CHECK(written("2026-11-01T01:10-05:00 action2 20") == "2026-11-01T01:10:00-05:00 action2 20");
    // The skipped hour is refused, naming the change.
    CHECK(problem_of("2026-03-08 02:30 action2 20", context) ==
          std::pair<int, std::string>{1, "2026-03-08T02:30 does not exist in America/New_York: "
                                         "clocks went from 02:00 to 03:00"});
}

TEST_CASE("log_line::parse_canonical_log_line with a routine takes only its ids in their units") {
    Routine routine = named_routine();
    LogEntry entry;
    CHECK(parse_canonical_log_line("2026-11-24T07:30:00+01:00 action2 20", entry, &routine));
    const Exercise* of = nullptr;
    CHECK(
        parse_canonical_log_line("2026-11-24T07:30:00+01:00 side-plank 45s", entry, &routine, &of));
    CHECK(of == &routine.exercises[1]);
    // The general parser names the exercise it found too, for the reader's one lookup.
    CHECK(parse_log_line("2026-11-24T07:30:00+01:00 Prone Row 20", entry, {&routine, {}}, &of) ==
          LineKind::entry);
    CHECK(of == &routine.exercises[0]);
    for (const char* line : {"2026-11-24T07:30:00+01:00 prone-row 20",  // an alias
                             "2026-11-24T07:30:00+01:00 row 20",        // an alias
                             "2026-11-24T07:30:00+01:00 side-plank 45", // the other unit
                             "2026-11-24T07:30:00+01:00 squat 20"}) {   // unknown
        CAPTURE(line);
        CHECK_FALSE(parse_canonical_log_line(line, entry, &routine));
    }
}

TEST_CASE("log_line::parse_canonical_log_line reads alike with a cache kept from line to line") {
    Routine routine = named_routine();
    // Lines that share a day's text with the line before, or not; that follow the routine's
    // order, or not; whose time after a shared date is bad; and lines the fast path refuses
    // between them.
    const std::vector<std::string> lines = {
        "2026-11-24T07:30:00+01:00 action2 20",
        "2026-11-24T07:31:00+01:00 side-plank 45s",
        "2026-11-24T07:32:00+01:00 bridge 15 15",
        "2026-11-24T07:33:00+01:00 bridge 15",       // the same exercise again
        "2026-11-24T25:00:00+01:00 bridge2 15",      // the day before's date, no such hour
        "2026-11-24T07:34:00-00:00 bridge2 15",      // written -00:00
        "2026-11-24 07:35 bridge2 15",               // not as backplan writes it
        "2026-11-24T07:36:00Z action2 18",           // Z, the same date
        "2026-11-24T07:37:00+01:00 row 20",          // an alias
        "2026-11-24T07:38:00+02:00 action2 20",      // the same date, another offset
        "2026-11-24T07:39:00+02:00 bridge 21",       // and that offset again
        "2026-11-24T24:00:00+02:00 bridge2 15",      // no such hour, after the same offset
        "2026-11-24T07:60:00+02:00 bridge2 15",      // no such minute
        "2026-11-24 07:40:00+02:00 bridge2 15",      // a space for the T
        "2026-11-24T07:41:00+00:00 action2 20",      // +00:00
        "2026-11-24T07:42:00-00:00 action2 20",      // then -00:00, refused as ever
        "2026-11-24T07:43:00+00:00 side-plank 30s",  // +00:00 again
        "2026-11-25T07:30:00+01:00 action2 20 19",   // the next day
        "2026-11-25T07:30:00+01:00 squat 20",        // unknown
        "2026-11-25T07:31:00+01:00 side-plank 45",   // the other unit
        "2026-02-29T07:31:00+01:00 action2 20",      // no such day in 2026
        "2026-02-29T07:32:00+01:00 action2 20",      // nor again
        "2024-02-29T07:31:00+01:00 bridge2 12 # ok", // a leap day
    };
    LineCache cache;
    for (const std::string& line : lines) {
        CAPTURE(line);
        LogEntry alone, cached;
        const Exercise* alone_of = nullptr;
        const Exercise* cached_of = nullptr;
        bool read = parse_canonical_log_line(line, alone, &routine, &alone_of);
        CHECK(parse_canonical_log_line(line, cached, &routine, &cached_of, &cache) == read);
        if (read) {
            CHECK(cached == alone);
            CHECK(cached_of == alone_of);
        }
    }
    // Worked by hand: the date kept is the last read whole, the exercise looked at first the one
    // after the last found (bridge2, the last of four: the first).
    CHECK(format_date(cache.date) == "2024-02-29");
    CHECK(cache.offset == 60);
    CHECK(cache.next_exercise == 0);
}

TEST_CASE("log_line::without_byte_order_mark") {
    CHECK(without_byte_order_mark("\xEF\xBB\xBF# log") == "# log");
    CHECK(without_byte_order_mark("# log") == "# log");
    CHECK(without_byte_order_mark("\xEF\xBB") == "\xEF\xBB");
}

TEST_CASE("log_line::format_log_line and parse_log_line read and write cancellations") {
    LogEntry undo;
    undo.time = parse_timestamp("2026-11-24T08:00:00+01:00");
    undo.id = "action2";
    undo.cancels = parse_timestamp("2026-11-24T07:30:00+01:00");
    SECTION("round-trip, with and without a note") {
        std::string line = "2026-11-24T08:00:00+01:00 !undo 2026-11-24T07:30:00+01:00 action2";
        CHECK(format_log_line(undo) == line);
        LogEntry entry;
        CHECK(parse_log_line(line, entry) == LineKind::cancel);
        CHECK(entry == undo);
        undo.note = "typo: 375 for 37";
        CHECK(format_log_line(undo) == line + " # typo: 375 for 37");
        CHECK(parse_log_line(line + " # typo: 375 for 37", entry) == LineKind::cancel);
        CHECK(entry == undo);
    }
    SECTION("not the fast path's: a reader that predates it reports the line") {
        LogEntry entry;
        CHECK_FALSE(parse_canonical_log_line(format_log_line(undo), entry));
    }
    SECTION("written by hand: times without seconds or offset, the exercise by name") {
        Routine routine = named_routine();
        LineContext context{&routine, fixed_offset_zone(60)};
        LogEntry entry;
        CHECK(parse_log_line("2026-11-24 08:00  !undo  2026-11-24 07:30 Prone Row", entry,
                             context) == LineKind::cancel);
        CHECK(format_log_line(entry) ==
              "2026-11-24T08:00:00+01:00 !undo 2026-11-24T07:30:00+01:00 action2");
    }
    SECTION("a line of sets read after a cancellation is one of sets again") {
        LogEntry entry;
        REQUIRE(parse_log_line(format_log_line(undo), entry) == LineKind::cancel);
        CHECK(parse_log_line("2026-11-24T07:30:00+01:00 action2 20", entry) == LineKind::entry);
        CHECK_FALSE(entry.cancels);
        REQUIRE(parse_log_line(format_log_line(undo), entry) == LineKind::cancel);
        CHECK(parse_log_line("2026-11-24T07:30:00 action2 20", entry,
                             {nullptr, fixed_offset_zone(60)}) == LineKind::entry);
        CHECK_FALSE(entry.cancels);
    }
    SECTION("what is wrong with one, and where") {
        using Problem = std::pair<int, std::string>;
        CHECK(
            problem_of("2026-11-24T08:00:00+01:00 !redo 2026-11-24T07:30:00+01:00 action2") ==
            Problem{27, "unknown kind of record '!redo'; expected '!undo', '!pause' or '!resume'"});
        CHECK(problem_of("2026-11-24T08:00:00+01:00 !undo") ==
              Problem{32, "expected the time of the record it cancels"});
        CHECK(problem_of("2026-11-24T08:00:00+01:00 !undo # oops") ==
              Problem{33, "expected the time of the record it cancels"});
        CHECK(problem_of("2026-11-24T08:00:00+01:00 !undo 2026-11-24T07:30:00+01:00") ==
              Problem{58, "expected an exercise id after the time"});
        CHECK(problem_of("2026-11-24T08:00:00+01:00 !undo 2026-11-24T07:30:00+01:00 !undo") ==
              Problem{59, "expected an exercise id, got '!undo'"});
        CHECK(problem_of("2026-11-24T08:00:00+01:00 !undo 2026-11-24T07:30:00+01:00 action2 20") ==
              Problem{67, "expected the end of the line or a # note after the exercise"});
    }
}
