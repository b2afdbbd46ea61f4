// A record's identity and the first free time for a new one (backplan-log(5), IDENTITY), worked
// out by hand.
#include "core/identity.hpp"

#include <catch2/catch.hpp>

using namespace backplan::core;

namespace {

LogEntry record(const char* time, const char* id) {
    LogEntry entry;
    entry.time = parse_timestamp(time);
    entry.id = id;
    entry.amounts = {20};
    return entry;
}

LogEntry cancellation(const char* time, const char* named, const char* id) {
    LogEntry entry;
    entry.time = parse_timestamp(time);
    entry.id = id;
    entry.cancels = parse_timestamp(named);
    return entry;
}

} // namespace

TEST_CASE("identity::FreeTime") {
    FreeTime free(record("2026-11-24T12:00:00+01:00", "action2"));
    SECTION("a time no record takes is the record's own") {
        free.note(LineKind::entry, record("2026-11-24T12:00:00+01:00", "action3"));
        free.note(LineKind::entry, record("2026-11-24T11:59:59+01:00", "action2"));
        CHECK(free.first_free() == parse_timestamp("2026-11-24T12:00:00+01:00"));
    }
    SECTION("taken, the next free second, in the record's offset") {
        // The same instant written in UTC, then the next second in another offset.
        free.note(LineKind::entry, record("2026-11-24T11:00:00Z", "action2"));
        free.note(LineKind::entry, record("2026-11-24T06:00:01-05:00", "action2"));
        free.note(LineKind::entry, record("2026-11-24T12:00:03+01:00", "action2"));
        CHECK(free.first_free() == parse_timestamp("2026-11-24T12:00:02+01:00"));
    }
    SECTION("a cancellation takes the time of the record it names, not its own") {
        free.note(LineKind::cancel, cancellation("2026-11-24T12:00:01+01:00",
                                                 "2026-11-24T12:00:00+01:00", "action2"));
        CHECK(free.first_free() == parse_timestamp("2026-11-24T12:00:01+01:00"));
    }
    SECTION("a pause takes no exercise's time") {
        LogEntry pause = record("2026-11-24T12:00:00+01:00", "!pause");
        pause.amounts.clear();
        pause.days = DaySpan{parse_date("2026-11-25"), parse_date("2026-11-26")};
        free.note(LineKind::pause, pause);
        CHECK(free.first_free() == parse_timestamp("2026-11-24T12:00:00+01:00"));
    }
    SECTION("never into the next day") {
        FreeTime last(record("2026-11-24T23:59:59+01:00", "action2"));
        last.note(LineKind::entry, record("2026-11-24T23:59:59+01:00", "action2"));
        CHECK_THROWS_WITH(last.first_free(),
                          "every second from 2026-11-24T23:59:59+01:00 to the end of that day "
                          "holds a record of action2 already; give another time");
    }
    SECTION("what may take the time, told from the text") {
        CHECK(free.may_take("2026-11-24T12:00:00+01:00 action2 20"));
        CHECK(free.may_take("2026-11-23 23:30 prone-row 20")); // a day before: an offset away
        CHECK(free.may_take("2026-11-25T00:30Z action2 20"));
        CHECK_FALSE(free.may_take("2026-11-22T12:00:00+01:00 action2 20"));
        CHECK_FALSE(free.may_take("2026-11-26T12:00:00+01:00 action2 20"));
        // A cancellation names its record's time after its own: always read.
        CHECK(free.may_take("2026-12-01T08:00:00+01:00 !undo 2026-11-24T12:00:00+01:00 action2"));
        CHECK(free.may_take("# a comment"));
    }
}

TEST_CASE("identity::FreeTimes") {
    LogEntry first = record("2026-11-24T12:00:00+01:00", "action2");
    LogEntry other = record("2026-11-30T07:00:00+01:00", "action1");
    FreeTimes free({first, other});
    SECTION("each record's time, moved past what the log's lines take") {
        free.note(LineKind::entry, record("2026-11-24T11:00:00Z", "action2"));
        free.note(LineKind::entry, record("2026-11-30T07:00:00+01:00", "action2"));
        CHECK(free.first_free(first) == parse_timestamp("2026-11-24T12:00:01+01:00"));
        CHECK(free.first_free(other) == parse_timestamp("2026-11-30T07:00:00+01:00"));
    }
    SECTION("a time taken by a record written before is not free for the next") {
        free.take("action2", parse_timestamp("2026-11-24T12:00:00+01:00"));
        free.take("action2", parse_timestamp("2026-11-24T12:00:01+01:00"));
        CHECK(free.first_free(first) == parse_timestamp("2026-11-24T12:00:02+01:00"));
    }
    SECTION("lines far from every record's date are told from the text") {
        CHECK(free.may_take("2026-11-29T12:00:00+01:00 action1 20"));
        CHECK(free.may_take("2026-11-25 action2 20"));
        CHECK_FALSE(free.may_take("2026-11-27T12:00:00+01:00 action2 20"));
    }
}

TEST_CASE("identity::moved_message") {
    LogEntry asked = record("2026-11-24T12:00:00+00:00", "action2");
    CHECK(moved_message(asked, parse_timestamp("2026-11-24T12:00:02+00:00")) ==
          "the log holds a record of action2 at 2026-11-24T12:00:00+00:00 already; this one is "
          "at 2026-11-24T12:00:02+00:00, 2 s later");
}
