// Reading command-line arguments: amounts, --at and notes.
#include "cli/arguments.hpp"

#include <catch2/catch.hpp>

using namespace backplan;
using namespace backplan::core;
using namespace backplan::cli;

TEST_CASE("arguments::parse_amounts") {
    CHECK(parse_amounts({"20", "20", "18"}, Unit::reps, "action2") == std::vector<int>{20, 20, 18});
    CHECK(parse_amounts({"45s", "40"}, Unit::seconds, "plank") == std::vector<int>{45, 40});
    SECTION("reps: a whole number from 1 to 1000, echoed as typed") {
        CHECK_THROWS_WITH(parse_amounts({"45s"}, Unit::reps, "action2"),
                          "action2 counts reps, not seconds: got '45s'");
        CHECK_THROWS_WITH(parse_amounts({"20x"}, Unit::reps, "action2"),
                          "action2 counts reps: expected a whole number from 1 to 1000, got '20x'");
        CHECK_THROWS_WITH(parse_amounts({"-5"}, Unit::reps, "action2"),
                          "action2 counts reps: expected a whole number from 1 to 1000, got '-5'");
        CHECK_THROWS_WITH(parse_amounts({"20", "000"}, Unit::reps, "action2"),
                          "action2 counts reps: expected a whole number from 1 to 1000, got "
                          "'000'");
    }
    SECTION("leading zeros read as in every option: 020 is 20, 00045s is 45 s") {
        CHECK(parse_amounts({"20", "020", "0000000020"}, Unit::reps, "action2") ==
              std::vector<int>{20, 20, 20});
        CHECK(parse_amounts({"00045s", "010"}, Unit::seconds, "plank") == std::vector<int>{45, 10});
    }
    SECTION("seconds: the input as typed, never with an s added") {
        CHECK_THROWS_WITH(parse_amounts({"1m"}, Unit::seconds, "hold"),
                          "hold counts seconds: expected 1 to 3600, as 45s or 45, got '1m'");
        CHECK_THROWS_WITH(parse_amounts({"45sec"}, Unit::seconds, "hold"),
                          "hold counts seconds: expected 1 to 3600, as 45s or 45, got '45sec'");
        CHECK_THROWS_WITH(parse_amounts({"4000"}, Unit::seconds, "plank"),
                          "plank counts seconds: expected 1 to 3600, as 45s or 45, got '4000'");
        CHECK_THROWS_WITH(parse_amounts({"45ss"}, Unit::seconds, "plank"),
                          "plank counts seconds: expected 1 to 3600, as 45s or 45, got '45ss'");
    }
    SECTION("1 to 50 sets") {
        CHECK_THROWS_WITH(parse_amounts(std::vector<std::string>(51, "20"), Unit::reps, "a"),
                          "expected the reps of 1 to 50 sets, got 51");
    }
    SECTION("a long token is refused without overflowing (found by fuzzing)") {
        std::string long_token = "2" + std::string(30, '9');
        CHECK_THROWS_WITH(parse_amounts({long_token}, Unit::reps, "a"),
                          "a counts reps: expected a whole number from 1 to 1000, got '" +
                              long_token + "'");
    }
}

TEST_CASE("arguments::parse_at") {
    Timestamp now{parse_date("2026-11-24"), 7 * 3600 + 30 * 60, 60};
    // "local DATE SECONDS" for a local time to place in the time zone, "exact TIMESTAMP" for one
    // that names its instant.
    auto at = [&](const char* text, TodayAt today_at = TodayAt::now) {
        AtTime time = parse_at(text, now, today_at);
        return time.exact ? "exact " + format_timestamp(*time.exact)
                          : "local " + format_date(time.local.date) + " " +
                                std::to_string(time.local.seconds);
    };
    SECTION("now is the instant itself, with the offset in force") {
        CHECK(at("now") == "exact 2026-11-24T07:30:00+01:00");
        CHECK(at("Now") == "exact 2026-11-24T07:30:00+01:00");
        CHECK(at("today") == "exact 2026-11-24T07:30:00+01:00");
    }
    SECTION("a day, read as every date option reads it: today's is now, others at noon") {
        // 2026-11-24 is a Tuesday.
        CHECK(at("2026-11-24") == "exact 2026-11-24T07:30:00+01:00");
        CHECK(at("Tuesday") == "exact 2026-11-24T07:30:00+01:00");
        CHECK(at("tomorrow") == "local 2026-11-25 27000");
        CHECK(at("mon") == "local 2026-11-23 43200");
        CHECK(at("next mon") == "local 2026-11-30 43200");
        CHECK(at("last sun") == "local 2026-11-22 43200");
        // undo --at finds a record logged with --at DATE at that day's noon, today's too.
        CHECK(at("2026-11-24", TodayAt::noon) == "local 2026-11-24 43200");
    }
    SECTION("local times, for the time zone to place") {
        CHECK(at("yesterday") == "local 2026-11-23 27000");
        // Words in any case, at this time of day as in lowercase (it was noon for these).
        CHECK(at("Yesterday") == "local 2026-11-23 27000");
        CHECK(at("TOMORROW") == "local 2026-11-25 27000");
        CHECK(at("2026-11-01") == "local 2026-11-01 43200");
        CHECK(at("2026-11-23T18:05") == "local 2026-11-23 65100");
        CHECK(at("2026-11-23T18:05:09") == "local 2026-11-23 65109");
        CHECK(at("2026-11-23 18:05") == "local 2026-11-23 65100");
        CHECK(at("06:15") == "local 2026-11-24 22500");
        // One reader of clock times (core::parse_clock) for --at, --time, the config's time and
        // the log, so H:MM is taken here as --time takes it.
        CHECK(at("7:30") == "local 2026-11-24 27000");
        CHECK(at("2026-11-23T7:30") == "local 2026-11-23 27000");
    }
    SECTION("the log's own timestamps, with an offset or Z") {
        CHECK(at("2026-11-26T07:30:00+01:00") == "exact 2026-11-26T07:30:00+01:00");
        CHECK(at("2026-11-26T07:30:00Z") == "exact 2026-11-26T07:30:00+00:00");
        CHECK(at("2026-11-26T07:30-05:00") == "exact 2026-11-26T07:30:00-05:00");
    }
    SECTION("anything else names the forms") {
        for (const char* bad :
             {"someday", "2026-11-31", "24:00", "7:3", "", "2026-11-23T18:05+0100", "Nowish"}) {
            CAPTURE(bad);
            CHECK_THROWS_WITH(parse_at(bad, now),
                              std::string("expected now, HH:MM, YYYY-MM-DDTHH:MM (with :SS and "
                                          "an offset, Z or +01:00, if wanted), or YYYY-MM-DD, "
                                          "today, yesterday, tomorrow or a weekday (mon, next "
                                          "fri), got '") +
                                  bad + "'");
        }
    }
    SECTION("a date outside the range is out of range, yesterday's too") {
        CHECK_THROWS_WITH(parse_at("1969-12-28T12:00", now),
                          "out of range: expected a date from 1969-12-29 to 9999-12-31, got "
                          "'1969-12-28T12:00'");
        CHECK(at("9999-12-31T23:59:59+14:00") == "exact 9999-12-31T23:59:59+14:00");
        Timestamp first_day{first_date, 3600, 0};
        CHECK_THROWS_WITH(parse_at("yesterday", first_day),
                          "out of range: expected a date from 1969-12-29 to 9999-12-31, got "
                          "'1969-12-28'");
    }
}

TEST_CASE("arguments::check_note") {
    CHECK_NOTHROW(check_note("towel slipped # twice"));
    CHECK_THROWS_WITH(check_note("two\nlines"),
                      "expected one line of text, got control character \\x0a at byte 4");
    CHECK_THROWS_WITH(check_note("caf\xe9"),
                      "expected one line of text, got byte \\xe9 that is not UTF-8 at byte 4");
    CHECK_THROWS_WITH(check_note(std::string(501, 'x')),
                      "expected at most 500 characters, got 501");
}
