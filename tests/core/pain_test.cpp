#include "core/pain.hpp"

#include <catch2/catch.hpp>

using namespace backplan;
using namespace backplan::core;

TEST_CASE("pain::parse_pain_token") {
    SECTION("pain=0 to pain=10") {
        CHECK(parse_pain_token("pain=0") == 0);
        CHECK(parse_pain_token("pain=7") == 7);
        CHECK(parse_pain_token("pain=10") == 10);
    }
    SECTION("anything else is not a pain token") {
        for (const char* token : {"pain=", "pain=11", "pain=01", "pain=00", "pain=-1", "pain=+1",
                                  "pain=1x", "pain=100", "Pain=2", "pain2", "20", "pain= 2"}) {
            CAPTURE(token);
            CHECK_FALSE(parse_pain_token(token));
        }
    }
    SECTION("parse_pain says what it expected") {
        CHECK(parse_pain("pain=3") == 3);
        CHECK_THROWS_WITH(parse_pain("pain=11"),
                          "expected pain from 0 to 10 such as pain=2, got 'pain=11'");
    }
}

TEST_CASE("pain::recent_pain") {
    Sessions sessions;
    auto day = [&](const char* date, int pain) {
        sessions.on(parse_date(date)).pain = static_cast<std::int16_t>(pain);
    };
    day("2026-11-10", 8);
    day("2026-11-17", 4); // Tue
    day("2026-11-18", -1);
    day("2026-11-20", 2);
    day("2026-11-23", -1);
    SECTION("the highest report in the 7 days before the day and on it, though a lower one came "
            "after") {
        std::optional<PainReport> recent = recent_pain(sessions, parse_date("2026-11-24"));
        REQUIRE(recent);
        CHECK(recent->pain == 4);
        CHECK(format_date(recent->date) == "2026-11-17");
        // 11-17 is more than 7 days before 11-25: the 2 of 11-20 is all there is.
        recent = recent_pain(sessions, parse_date("2026-11-25"));
        REQUIRE(recent);
        CHECK(recent->pain == 2);
        CHECK(format_date(recent->date) == "2026-11-20");
        // Of equal ones, the latest.
        day("2026-11-22", 4);
        CHECK(format_date(recent_pain(sessions, parse_date("2026-11-24"))->date) == "2026-11-22");
        recent = recent_pain(sessions, parse_date("2026-11-19"));
        REQUIRE(recent);
        CHECK(recent->pain == 4);
        CHECK(format_date(recent->date) == "2026-11-17");
    }
    SECTION("the day itself counts; seven days before is the earliest") {
        CHECK(recent_pain(sessions, parse_date("2026-11-17"))->pain == 8); // 11-10: 7 days back
        CHECK(recent_pain(sessions, parse_date("2026-11-16"))->pain == 8); // 11-10 is 6 days back
        Sessions one;
        one.on(parse_date("2026-11-10")).pain = 8;
        CHECK(recent_pain(one, parse_date("2026-11-17"))->pain == 8);
        CHECK(recent_pain(one, parse_date("2026-11-10"))->pain == 8); // the day itself
        CHECK_FALSE(recent_pain(one, parse_date("2026-11-18")));
        CHECK_FALSE(recent_pain(one, parse_date("2026-11-09")));
    }
    SECTION("none reported: nothing") {
        CHECK_FALSE(recent_pain(Sessions{}, parse_date("2026-11-24")));
        Sessions quiet;
        quiet.on(parse_date("2026-11-23"));
        CHECK_FALSE(recent_pain(quiet, parse_date("2026-11-24")));
    }
}
