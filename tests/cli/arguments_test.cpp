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
        CHECK_THROWS_WITH(parse_amounts({"20", "020"}, Unit::reps, "action2"),
                          "action2 counts reps: expected a whole number from 1 to 1000, got "
                          "'020'");
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
    LocalTime now{parse_date("2026-11-24"), 7 * 3600 + 30 * 60};
    auto at = [&](const char* text) {
        LocalTime time = parse_at(text, now);
        return format_date(time.date) + " " + std::to_string(time.seconds);
    };
    CHECK(at("now") == "2026-11-24 27000");
    CHECK(at("today") == "2026-11-24 27000");
    CHECK(at("yesterday") == "2026-11-23 27000");
    CHECK(at("2026-11-01") == "2026-11-01 43200");
    CHECK(at("2026-11-23T18:05") == "2026-11-23 65100");
    CHECK(at("2026-11-23T18:05:09") == "2026-11-23 65109");
    CHECK(at("06:15") == "2026-11-24 22500");
    // One reader of clock times (core::parse_clock) for --at, --time and the config's time, so
    // H:MM is taken here as --time takes it.
    CHECK(at("7:30") == "2026-11-24 27000");
    CHECK(at("2026-11-23T7:30") == "2026-11-23 27000");
    for (const char* bad : {"tomorrow", "2026-11-31", "24:00", "2026-11-23 18:05", "7:3", ""}) {
        CAPTURE(bad);
        CHECK_THROWS_WITH(parse_at(bad, now),
                          std::string("expected now, yesterday, YYYY-MM-DD, YYYY-MM-DDTHH:MM or "
                                      "HH:MM, got '") +
                              bad + "'");
    }
}

TEST_CASE("arguments::check_note") {
    CHECK_NOTHROW(check_note("towel slipped # twice"));
    CHECK_THROWS_WITH(check_note("two\nlines"), "expected one line of text, got a control "
                                                "character or a byte that is not UTF-8 at byte 4");
    CHECK_THROWS_WITH(check_note(std::string(501, 'x')),
                      "expected at most 500 characters, got 501");
}
