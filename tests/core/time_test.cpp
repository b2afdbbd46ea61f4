#include "core/time.hpp"

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
