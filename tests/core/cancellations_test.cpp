#include "core/cancellations.hpp"

#include <catch2/catch.hpp>

using namespace backplan::core;

namespace {

LogEntry cancellation(const char* record_time, const char* id) {
    LogEntry entry;
    entry.time = parse_timestamp("2026-11-30T08:00:00+01:00");
    entry.id = id;
    entry.cancels = parse_timestamp(record_time);
    return entry;
}

} // namespace

TEST_CASE("cancellations::Cancellations") {
    Cancellations cancellations;
    CHECK(cancellations.empty());
    cancellations.add(cancellation("2026-11-24T07:30:00+01:00", "action2"));
    cancellations.add(cancellation("2026-11-24T07:30:00+01:00", "action2")); // twice: the same
    cancellations.add(cancellation("2026-11-24T07:30:00+01:00", "action3"));
    CHECK_FALSE(cancellations.empty());
    SECTION("a record is named by its exercise and its instant, whatever the offset") {
        CHECK(cancellations.cancels(parse_timestamp("2026-11-24T07:30:00+01:00"), "action2"));
        CHECK(cancellations.cancels(parse_timestamp("2026-11-24T06:30:00+00:00"), "action2"));
        CHECK(cancellations.cancels(parse_timestamp("2026-11-24T01:30:00-05:00"), "action3"));
    }
    SECTION("another exercise, or another second, is another record") {
        CHECK_FALSE(cancellations.cancels(parse_timestamp("2026-11-24T07:30:00+01:00"), "action1"));
        CHECK_FALSE(cancellations.cancels(parse_timestamp("2026-11-24T07:30:01+01:00"), "action2"));
        CHECK_FALSE(cancellations.cancels(parse_timestamp("2026-11-24T07:30:00+00:00"), "action2"));
    }
    SECTION("an entry is looked up by its own time and id") {
        LogEntry entry;
        entry.time = parse_timestamp("2026-11-24T07:30:00+01:00");
        entry.id = "action2";
        entry.amounts = {375};
        CHECK(cancellations.cancels(entry));
        entry.id = "action1";
        CHECK_FALSE(cancellations.cancels(entry));
    }
}
