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
