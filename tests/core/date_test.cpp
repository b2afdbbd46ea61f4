#include "core/date.hpp"
#include "core/error.hpp"

#include <catch2/catch.hpp>

using namespace backplan;
using namespace backplan::core;
using namespace std::chrono;

TEST_CASE("date::parse_date") {
    SECTION("a valid date round-trips") {
        CHECK(format_date(parse_date("2026-11-23")) == "2026-11-23");
        CHECK(parse_date("2028-02-29") == Date{year(2028), February, day(29)});
    }
    SECTION("a bad date names the expected form and the given text") {
        for (const char* bad : {"2026-02-30", "2026-13-01", "26-11-23", "2026-1-23", "2026/11/23",
                                "2026-11-23x", "", "+026-11-23", "2026-11-2 "}) {
            CAPTURE(bad);
            CHECK_THROWS_WITH(parse_date(bad),
                              std::string("expected a date as YYYY-MM-DD, got '") + bad + "'");
        }
    }
}

TEST_CASE("date::monday_of_week") {
    CHECK(format_date(monday_of_week(parse_date("2026-11-23"))) == "2026-11-23");
    CHECK(format_date(monday_of_week(parse_date("2026-11-29"))) == "2026-11-23");
    CHECK(format_date(monday_of_week(parse_date("2027-01-01"))) == "2026-12-28");
}

TEST_CASE("date::add_days and weekday_of") {
    CHECK(format_date(add_days(parse_date("2026-12-30"), 3)) == "2027-01-02");
    CHECK(weekday_of(parse_date("2026-11-23")) == Monday);
    CHECK(weekday_name(weekday_of(parse_date("2026-11-29"))) == "Sun");
}

TEST_CASE("date::parse_weekdays") {
    SECTION("short and long names in any case, in any order") {
        WeekdaySet days = parse_weekdays("Fri,mon,WEDNESDAY, sat");
        CHECK(format_weekdays(days) == "mon,wed,fri,sat");
        CHECK(days.contains(Saturday));
        CHECK_FALSE(days.contains(Sunday));
    }
    SECTION("an unknown day lists the accepted names") {
        CHECK_THROWS_WITH(parse_weekdays("mon,xyz"),
                          "expected a weekday (mon, tue, wed, thu, fri, sat, sun), got 'xyz'");
        CHECK_THROWS_WITH(parse_weekdays("mon,"),
                          "expected a weekday (mon, tue, wed, thu, fri, sat, sun), got ''");
    }
}

TEST_CASE("date::parse_time_of_day") {
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

TEST_CASE("date::parse_duration") {
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
