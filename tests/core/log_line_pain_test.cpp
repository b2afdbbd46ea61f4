// The log line codec's pain reports ("pain=2" after the sets): written, read back through the
// fast path and the general parser alike, and refused where they do not belong.
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

} // namespace

TEST_CASE("log_line::format_log_line and parse_log_line read and write pain") {
    LogEntry sets =
        entry_of("2026-11-24T07:30:00+01:00", "action2", Unit::reps, {20, 20}, "towel slipped");
    sets.pain = 2;
    std::string line = "2026-11-24T07:30:00+01:00 action2 20 20 pain=2 # towel slipped";
    SECTION("round-trip, through the fast path and the general parser alike") {
        LogEntry none = entry_of("2026-11-24T07:30:00+01:00", "action2", Unit::reps, {20});
        none.pain = 0;
        LogEntry worst = entry_of("2026-03-29T23:59:59-09:30", "side-plank", Unit::seconds,
                                  {45, 40}, "left side");
        worst.pain = 10;
        std::vector<std::pair<LogEntry, std::string>> samples{
            {sets, line},
            {none, "2026-11-24T07:30:00+01:00 action2 20 pain=0"},
            {worst, "2026-03-29T23:59:59-09:30 side-plank 45s 40s pain=10 # left side"}};
        for (const auto& [entry, written] : samples) {
            CAPTURE(written);
            CHECK(format_log_line(entry) == written);
            LogEntry fast;
            LogEntry general;
            REQUIRE(parse_canonical_log_line(written, fast));
            REQUIRE(parse_any_log_line(written, general) == LineKind::entry);
            CHECK(fast == entry);
            CHECK(general == entry);
        }
    }
    SECTION("written by hand: blanks and tabs around it, a local time") {
        LogEntry entry;
        CHECK(parse_log_line("2026-11-24 07:30  action2\t20 20\tpain=2   #  towel slipped", entry,
                             {nullptr, fixed_offset_zone(60)}) == LineKind::entry);
        CHECK(entry == sets);
        CHECK(parse_log_line("2026-11-24T07:30:00+01:00 action2 20 20 pain=2", entry) ==
              LineKind::entry);
        CHECK(entry.pain == 2);
        CHECK(entry.note.empty());
    }
    SECTION("a line without the token reports no pain, after one that had it") {
        LogEntry entry;
        REQUIRE(parse_log_line(line, entry) == LineKind::entry);
        CHECK(parse_log_line("2026-11-24T07:30:00+01:00 action2 20", entry) == LineKind::entry);
        CHECK_FALSE(entry.pain);
        REQUIRE(parse_log_line(line, entry) == LineKind::entry);
        CHECK(parse_log_line("2026-11-24T07:30:00+01:00\taction2 20", entry) == LineKind::entry);
        CHECK_FALSE(entry.pain);
    }
    SECTION("what the fast path leaves to the general parser") {
        for (const char* other : {
                 "2026-11-24T07:30:00+01:00 action2 20 pain=2 ",     // a trailing space
                 "2026-11-24T07:30:00+01:00 action2 20 pain=2  # x", // two spaces
                 "2026-11-24T07:30:00+01:00 action2 20 pain=2 #",    // an empty note
                 "2026-11-24T07:30:00+01:00 action2 20 pain=02",     // a leading zero
                 "2026-11-24T07:30:00+01:00 action2 20 pain=11",     // above 10
                 "2026-11-24T07:30:00+01:00 action2 20 pain=2 20",   // sets after it
                 "2026-11-24T07:30:00+01:00 action2 pain=2",         // no sets
             }) {
            CAPTURE(other);
            LogEntry entry;
            CHECK_FALSE(parse_canonical_log_line(other, entry));
        }
    }
    SECTION("what is wrong with one, and where") {
        using Problem = std::pair<int, std::string>;
        std::string at = "2026-11-24T07:30:00+01:00 action2 20 ";
        for (const char* token : {"pain=11", "pain=02", "pain=-1", "pain=+2", "pain=", "pain=2x"}) {
            CHECK(problem_of(at + token) ==
                  Problem{38, "expected pain from 0 to 10 such as pain=2, got '" +
                                  std::string(token) + "'"});
        }
        CHECK(problem_of(at + "pain=2 20") ==
              Problem{45, "expected the end of the line or a # note after the pain"});
        CHECK(problem_of(at + "pain=2 pain=3") ==
              Problem{45, "expected the end of the line or a # note after the pain"});
        CHECK(problem_of("2026-11-24T07:30:00+01:00 action2 pain=2") ==
              Problem{35, "expected reps from 1 to 1000 (or seconds such as 45s), got 'pain=2'"});
        CHECK(problem_of("2026-11-24T08:00:00+01:00 !undo 2026-11-24T07:30:00+01:00 action2 "
                         "pain=2") ==
              Problem{67, "pain goes with a line of sets, not with a cancellation"});
    }
}
