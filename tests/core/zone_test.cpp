// Placing local times in time zones given as their offsets; the zones here are written out by
// hand after tzdata's rules for the dates they cover.
#include "core/error.hpp"
#include "core/zone.hpp"

#include <catch2/catch.hpp>

using namespace backplan;
using namespace backplan::core;
using namespace std::chrono;

namespace {

sys_seconds utc(const char* date, int hour, int minute = 0, int second = 0) {
    return sys_days(parse_date(date)) + hours(hour) + minutes(minute) + seconds(second);
}

LocalTime local(const char* date, int hour, int minute = 0, int second = 0) {
    return {parse_date(date), hour * 3600 + minute * 60 + second};
}

// A zone whose offset (seconds east) is `before` until the change and `after` from then on.
struct OneChange {
    sys_seconds at;
    int before;
    int after;
    int operator()(sys_seconds instant) const { return instant < at ? before : after; }
};

// America/New_York in 2026: EST until 2026-03-08 07:00Z (02:00 local), EDT until
// 2026-11-01 06:00Z (02:00 local), EST again.
int new_york(sys_seconds instant) {
    return instant < utc("2026-03-08", 7) || instant >= utc("2026-11-01", 6) ? -5 * 3600
                                                                             : -4 * 3600;
}

} // namespace

TEST_CASE("zone::timestamp_at") {
    SECTION("the local time at the offset, which stays the instant") {
        Timestamp time = timestamp_at(utc("2026-11-01", 5, 30), -4 * 3600);
        CHECK(format_timestamp(time) == "2026-11-01T01:30:00-04:00");
        CHECK(time.instant() == utc("2026-11-01", 5, 30));
        CHECK(format_timestamp(timestamp_at(utc("2026-04-04", 14, 45), 11 * 3600)) ==
              "2026-04-05T01:45:00+11:00");
    }
    SECTION("an offset with seconds is rounded to the minute; the instant stays exact") {
        // Africa/Monrovia until 1972: -00:44:30.
        Timestamp monrovia = timestamp_at(utc("1971-06-01", 12, 44, 30), -2670);
        CHECK(format_timestamp(monrovia) == "1971-06-01T11:59:30-00:45");
        CHECK(monrovia.instant() == utc("1971-06-01", 12, 44, 30));
        CHECK(timestamp_at(utc("1971-06-01", 0), 2670).utc_offset == 45);
        CHECK(timestamp_at(utc("1971-06-01", 0), 2669).utc_offset == 44);
        CHECK(timestamp_at(utc("1971-06-01", 0), -2669).utc_offset == -44);
        CHECK(timestamp_at(utc("1971-06-01", 0), 29).utc_offset == 0);
        CHECK(timestamp_at(utc("1971-06-01", 0), -30).utc_offset == -1);
    }
}

TEST_CASE("zone::resolve_in_zone") {
    auto kind_of = [](const LocalResolution& r) {
        return static_cast<int>(r.kind);
    };
    constexpr int unique = static_cast<int>(LocalResolution::Kind::unique);
    constexpr int repeated = static_cast<int>(LocalResolution::Kind::repeated);
    constexpr int skipped = static_cast<int>(LocalResolution::Kind::skipped);

    SECTION("a time far from any change happens once, at the offset in force") {
        LocalResolution summer = resolve_in_zone(local("2026-07-01", 12), new_york);
        CHECK(kind_of(summer) == unique);
        CHECK(format_timestamp(summer.time) == "2026-07-01T12:00:00-04:00");
        CHECK(format_timestamp(resolve_in_zone(local("2026-01-15", 7, 30), new_york).time) ==
              "2026-01-15T07:30:00-05:00");
    }
    SECTION("spring forward: the times from 02:00 to 02:59:59 do not happen") {
        LocalResolution gap = resolve_in_zone(local("2026-03-08", 2, 30), new_york);
        CHECK(kind_of(gap) == skipped);
        CHECK(gap.from == local("2026-03-08", 2));
        CHECK(gap.to == local("2026-03-08", 3));
        CHECK(kind_of(resolve_in_zone(local("2026-03-08", 2), new_york)) == skipped);
        CHECK(kind_of(resolve_in_zone(local("2026-03-08", 2, 59, 59), new_york)) == skipped);
        CHECK(format_timestamp(resolve_in_zone(local("2026-03-08", 1, 59, 59), new_york).time) ==
              "2026-03-08T01:59:59-05:00");
        CHECK(format_timestamp(resolve_in_zone(local("2026-03-08", 3), new_york).time) ==
              "2026-03-08T03:00:00-04:00");
    }
    SECTION("fall back: the times from 01:00 to 01:59:59 happen twice; the earlier first") {
        LocalResolution twice = resolve_in_zone(local("2026-11-01", 1, 10), new_york);
        CHECK(kind_of(twice) == repeated);
        CHECK(format_timestamp(twice.time) == "2026-11-01T01:10:00-04:00");
        CHECK(format_timestamp(twice.later) == "2026-11-01T01:10:00-05:00");
        CHECK(twice.time.instant() == utc("2026-11-01", 5, 10));
        CHECK(twice.later.instant() == utc("2026-11-01", 6, 10));
        CHECK(kind_of(resolve_in_zone(local("2026-11-01", 0, 59, 59), new_york)) == unique);
        CHECK(format_timestamp(resolve_in_zone(local("2026-11-01", 2), new_york).time) ==
              "2026-11-01T02:00:00-05:00");
    }
    SECTION("half-hour changes: Australia/Lord_Howe goes back from 02:00 +11:00 to 01:30") {
        OneChange lord_howe{utc("2026-04-04", 15), 11 * 3600, 10 * 3600 + 1800};
        LocalResolution twice = resolve_in_zone(local("2026-04-05", 1, 45), lord_howe);
        CHECK(kind_of(twice) == repeated);
        CHECK(format_timestamp(twice.time) == "2026-04-05T01:45:00+11:00");
        CHECK(format_timestamp(twice.later) == "2026-04-05T01:45:00+10:30");
        CHECK(kind_of(resolve_in_zone(local("2026-04-05", 1, 29), lord_howe)) == unique);
    }
    SECTION("a whole day skipped: Pacific/Apia went from -10:00 to +14:00 over 2011-12-30") {
        OneChange apia{utc("2011-12-30", 10), -10 * 3600, 14 * 3600};
        for (int hour : {0, 12, 23}) {
            LocalResolution gap = resolve_in_zone(local("2011-12-30", hour), apia);
            CHECK(kind_of(gap) == skipped);
            CHECK(gap.from == local("2011-12-30", 0));
            CHECK(gap.to == local("2011-12-31", 0));
        }
        CHECK(format_timestamp(resolve_in_zone(local("2011-12-29", 23, 59), apia).time) ==
              "2011-12-29T23:59:00-10:00");
        CHECK(format_timestamp(resolve_in_zone(local("2011-12-31", 0), apia).time) ==
              "2011-12-31T00:00:00+14:00");
    }
}

TEST_CASE("zone::resolved_timestamp and repeated_message") {
    auto named = [](LocalTime time) {
        LocalResolution resolution = resolve_in_zone(time, new_york);
        resolution.zone = "America/New_York";
        return resolution;
    };
    SECTION("a time that happens once or twice is taken, the earlier of two") {
        CHECK(format_timestamp(resolved_timestamp(local("2026-11-01", 1, 10),
                                                  named(local("2026-11-01", 1, 10)))) ==
              "2026-11-01T01:10:00-04:00");
        CHECK(repeated_message(local("2026-11-01", 1, 10), named(local("2026-11-01", 1, 10))) ==
              "2026-11-01T01:10 happens twice in America/New_York; taking the earlier, "
              "2026-11-01T01:10:00-04:00 (the later is 2026-11-01T01:10:00-05:00)");
    }
    SECTION("a time that does not happen is refused, naming the change") {
        CHECK_THROWS_WITH(
            resolved_timestamp(local("2026-03-08", 2, 30), named(local("2026-03-08", 2, 30))),
            "2026-03-08T02:30 does not exist in America/New_York: clocks went from "
            "02:00 to 03:00");
        CHECK_THROWS_WITH(resolved_timestamp(local("2026-03-08", 2, 30, 15),
                                             named(local("2026-03-08", 2, 30, 15))),
                          "2026-03-08T02:30:15 does not exist in America/New_York: clocks went "
                          "from 02:00 to 03:00");
        LocalResolution apia = resolve_in_zone(
            local("2011-12-30", 12), OneChange{utc("2011-12-30", 10), -10 * 3600, 14 * 3600});
        apia.zone = "Pacific/Apia";
        CHECK_THROWS_WITH(resolved_timestamp(local("2011-12-30", 12), apia),
                          "2011-12-30T12:00 does not exist in Pacific/Apia: clocks went from 00:00 "
                          "to 2011-12-31T00:00");
    }
    SECTION("fixed_offset_zone: every time once") {
        LocalResolver plus_one = fixed_offset_zone(60);
        CHECK(format_timestamp(plus_one(local("2026-11-24", 7, 30)).time) ==
              "2026-11-24T07:30:00+01:00");
        CHECK(format_timestamp(fixed_offset_zone(-150)(local("1969-12-29", 0)).time) ==
              "1969-12-29T00:00:00-02:30");
    }
}
