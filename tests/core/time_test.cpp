#include "core/time.hpp"
#include "core/zone.hpp"

#include <catch2/catch.hpp>

using namespace backplan;
using namespace backplan::core;

TEST_CASE("time::Timestamp::instant orders times across UTC offsets") {
    CHECK(parse_timestamp("2026-11-24T00:30:00+01:00").instant() <
          parse_timestamp("2026-11-23T23:45:00+00:00").instant());
    CHECK(parse_timestamp("2026-11-24T07:30:00Z").instant() ==
          parse_timestamp("2026-11-24T02:30:00-05:00").instant());
}

TEST_CASE("time::parse_time_of_day") {
    SECTION("H:MM and HH:MM, in minutes since midnight") {
        CHECK(parse_time_of_day("07:30") == 7 * 60 + 30);
        CHECK(parse_time_of_day("7:30") == 7 * 60 + 30);
        CHECK(parse_time_of_day("00:00") == 0);
        CHECK(parse_time_of_day("23:59") == 23 * 60 + 59);
    }
    SECTION("anything else names the form and the range") {
        for (const char* bad : {"24:00", "7:60", "7", "730", "07:3", "07:300", "-1:00", "07:30pm",
                                "", ":30", "07 30", "+7:30"}) {
            CAPTURE(bad);
            CHECK_THROWS_WITH(parse_time_of_day(bad),
                              std::string("expected a time as HH:MM, 00:00 to 23:59, got '") + bad +
                                  "'");
        }
    }
}

TEST_CASE("time::parse_duration") {
    SECTION("minutes, hours, or both, hours first") {
        CHECK(parse_duration("30m", 1, 1440) == 30);
        CHECK(parse_duration("1h", 1, 1440) == 60);
        CHECK(parse_duration("1h15m", 1, 1440) == 75);
        CHECK(parse_duration("90m", 1, 1440) == 90);
        CHECK(parse_duration("0m", 0, 1440) == 0);
    }
    SECTION("bad forms and values out of range name both") {
        for (const char* bad : {"30", "m", "h", "15m1h", "1h1h", "30 m", "30min", "1.5h", "-5m", "",
                                "0m", "25h", "1441m", "123456m"}) {
            CAPTURE(bad);
            CHECK_THROWS_WITH(parse_duration(bad, 1, 1440),
                              std::string("expected a duration like 30m, 1h or 1h15m, from 1m to "
                                          "24h, got '") +
                                  bad + "'");
        }
    }
    SECTION("format_duration writes what parse_duration reads") {
        CHECK(format_duration(0) == "0m");
        CHECK(format_duration(45) == "45m");
        CHECK(format_duration(60) == "1h");
        CHECK(format_duration(135) == "2h15m");
        for (int minutes : {0, 1, 59, 60, 61, 1440}) {
            CHECK(parse_duration(format_duration(minutes), 0, 1440) == minutes);
        }
    }
}

TEST_CASE("time::parse_written_time") {
    auto written = [](const char* text) {
        WrittenTime time = parse_written_time(text);
        return format_local_time(time.local) +
               (time.utc_offset ? " " + std::to_string(*time.utc_offset) : std::string(" local"));
    };
    SECTION("a date alone is 12:00 local time") {
        CHECK(written("2026-11-28") == "2026-11-28T12:00 local");
    }
    SECTION("a date and a time of day, after T or blanks, with or without seconds") {
        CHECK(written("2026-11-28T08:00") == "2026-11-28T08:00 local");
        CHECK(written("2026-11-28 08:00") == "2026-11-28T08:00 local");
        CHECK(written("2026-11-28 \t 8:00:05") == "2026-11-28T08:00:05 local");
        CHECK(written("2026-11-28T08:00:00") == "2026-11-28T08:00 local");
    }
    SECTION("with an offset, or Z") {
        CHECK(written("2026-11-28T08:00+01:00") == "2026-11-28T08:00 60");
        CHECK(written("2026-11-28 08:00:00-09:30") == "2026-11-28T08:00 -570");
        CHECK(written("2026-11-28T08:00:00Z") == "2026-11-28T08:00 0");
        CHECK(written("2026-11-24T07:30:00+01:00") == "2026-11-24T07:30 60");
        CHECK(written("2026-11-24T07:30:00+14:59") == "2026-11-24T07:30 899");
    }
    SECTION("anything else names the forms") {
        for (const char* bad :
             {"", "2026-11-28x", "2026-11-28T", "2026-11-28 ", "2026-11-28T8", "2026-11-28T24:00",
              "2026-11-28T08:00+1", "2026-11-28T08:00+0100", "2026-11-28T08:00+15:00",
              "2026-11-28T08:00z", "2026-11-28+01:00", "2026-02-29", "26-11-28",
              "2026-11-28TT08:00", "2026-11-28T08:00Z+01:00", "2026-11-28T08:00 +01:00",
              "+2026-11-28"}) {
            CAPTURE(bad);
            CHECK_THROWS_WITH(parse_written_time(bad),
                              std::string("expected a date or time such as 2026-11-24, "
                                          "2026-11-24T07:30 or 2026-11-24T07:30:00+01:00, got '") +
                                  bad + "'");
        }
    }
    SECTION("a real date outside the range is out of range, at both edges") {
        CHECK(written("1969-12-29T00:00-12:00") == "1969-12-29T00:00 -720");
        CHECK(written("9999-12-31T23:59:59+14:00") == "9999-12-31T23:59:59 840");
        CHECK_THROWS_WITH(parse_written_time("1969-12-28T23:59"),
                          "out of range: expected a date from 1969-12-29 to 9999-12-31, got "
                          "'1969-12-28T23:59'");
        CHECK_THROWS_WITH(parse_written_time("0000-01-01"),
                          "out of range: expected a date from 1969-12-29 to 9999-12-31, got "
                          "'0000-01-01'");
    }
}

TEST_CASE("time::read_timestamp takes dates in the range only") {
    Timestamp time;
    CHECK(read_timestamp("1969-12-29T00:00:00+00:00", time));
    CHECK(read_timestamp("9999-12-31T23:59:59Z", time));
    CHECK_FALSE(read_timestamp("1969-12-28T23:59:59+00:00", time));
    CHECK_FALSE(read_timestamp("0000-01-01T00:00:00+00:00", time));
}
