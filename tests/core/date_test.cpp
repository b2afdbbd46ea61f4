#include "core/date.hpp"
#include "core/day_words.hpp"
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

TEST_CASE("date::the range") {
    SECTION("from the Monday of the week of 1970-01-01 to 9999-12-31") {
        CHECK(format_date(first_date) == "1969-12-29");
        CHECK(weekday_of(first_date) == Monday);
        CHECK(monday_of_week(parse_date("1970-01-01")) == first_date);
        CHECK(format_date(parse_date("9999-12-31")) == "9999-12-31");
    }
    SECTION("a real date outside it is out of range, not badly formed") {
        for (const char* outside : {"1969-12-28", "0000-01-01", "1900-02-28"}) {
            CAPTURE(outside);
            CHECK_THROWS_WITH(parse_date(outside),
                              std::string("out of range: expected a date from 1969-12-29 to "
                                          "9999-12-31, got '") +
                                  outside + "'");
        }
        CHECK_THROWS_WITH(parse_date("10000-01-01"),
                          "expected a date as YYYY-MM-DD, got '10000-01-01'");
        CHECK(calendar_date(1969, 12, 28));
        CHECK_FALSE(calendar_date(2026, 2, 29));
        CHECK_FALSE(calendar_date(2026, 0, 1));
    }
    SECTION("weeks_in_range: the whole weeks from a start that end in it") {
        CHECK(weeks_in_range(parse_date("9999-12-25")) == 1); // to 9999-12-31
        CHECK(weeks_in_range(parse_date("9999-12-26")) == 0);
        CHECK(weeks_in_range(parse_date("9999-12-27")) == 0);
        CHECK(weeks_in_range(parse_date("9998-01-03")) == 104); // 728 days to 9999-12-31
        CHECK(weeks_in_range(parse_date("9998-01-04")) == 103);
        CHECK(weeks_in_range(parse_date("2026-11-23")) > 104);
    }
}

TEST_CASE("date::parse_date and parse_weekday show what they got escaped") {
    CHECK_THROWS_WITH(parse_date("\x1b[2J"), "expected a date as YYYY-MM-DD, got '\\x1b[2J'");
    CHECK_THROWS_WITH(parse_weekday(std::string("mon\0", 4)),
                      "expected a weekday (mon, tue, wed, thu, fri, sat, sun), got 'mon\\x00'");
}

TEST_CASE("read_day: the words every date option takes, counted from today") {
    Date sunday = parse_date("2026-12-06"); // a Sunday: the last day of its week
    auto day = [&](std::string_view text) {
        std::optional<Date> read = read_day(text, sunday);
        return read ? format_date(*read) : std::string("none");
    };
    CHECK(day("today") == "2026-12-06");
    CHECK(day("Yesterday") == "2026-12-05");
    CHECK(day("tomorrow") == "2026-12-07");
    // A weekday is that day of this week, Monday to Sunday, as the plan's weeks run.
    CHECK(day("mon") == "2026-11-30");
    CHECK(day("FRIDAY") == "2026-12-04");
    CHECK(day("sun") == "2026-12-06");
    CHECK(day("next mon") == "2026-12-07");
    CHECK(day("last sunday") == "2026-11-29");
    CHECK(day("2026-10-28") == "2026-10-28");
    CHECK(day(" today ") == "2026-12-06");
    for (const char* none : {"", "someday", "next", "next today", "last 2026-10-28", "mon,wed",
                             "2026-1-28", "2026-02-30"}) {
        CAPTURE(none);
        CHECK(day(none) == "none");
    }
}

TEST_CASE("parse_day: what it says of a day it cannot take") {
    Date today = parse_date("2026-12-06");
    CHECK(parse_day("wed", today) == parse_date("2026-12-02"));
    CHECK_THROWS_WITH(parse_day("someday", today),
                      "expected YYYY-MM-DD, today, yesterday, tomorrow or a weekday (mon, next "
                      "fri), got 'someday'");
    CHECK_THROWS_WITH(parse_day("2026-02-30", today),
                      "expected a date as YYYY-MM-DD, got '2026-02-30'");
    CHECK_THROWS_WITH(parse_day("1969-12-28", today),
                      "out of range: expected a date from 1969-12-29 to 9999-12-31, got "
                      "'1969-12-28'");
    CHECK_THROWS_WITH(parse_day("yesterday", first_date),
                      "out of range: expected a date from 1969-12-29 to 9999-12-31, got "
                      "'1969-12-28'");
}
