#include "core/error.hpp"
#include "core/routine.hpp"

#include <catch2/catch.hpp>

using namespace backplan;
using namespace backplan::core;

TEST_CASE("routine::parse_range") {
    CHECK(parse_range("15-20", 1, 1000) == Range{15, 20});
    CHECK(parse_range("20", 1, 1000) == Range{20, 20});
    SECTION("anything but digits, a reversed range or out of limits is refused") {
        for (const char* bad : {"20x", "0x14", "-5", "15-", "-20", "20-15", "0", "1001", "15 - 20",
                                "1e3", "", "15-20-25"}) {
            CAPTURE(bad);
            CHECK_THROWS_WITH(parse_range(bad, 1, 1000),
                              std::string("expected a number or a range like 15-20, from 1 to "
                                          "1000, got '") +
                                  bad + "'");
        }
    }
}

TEST_CASE("routine::parse_count") {
    CHECK(parse_count("3", 1, 10) == 3);
    CHECK_THROWS_WITH(parse_count("11", 1, 10), "expected a whole number from 1 to 10, got '11'");
    CHECK_THROWS_WITH(parse_count("99999999999", 1, 10),
                      "expected a whole number from 1 to 10, got '99999999999'");
}

TEST_CASE("routine::check_progression") {
    Progression p{Unit::reps, 2, {15, 20}, {4, 5}, {20, 25}, 1, 1};
    CHECK_FALSE(check_progression(p).has_value());
    SECTION("more sets at the start than the target allows") {
        p.start_sets = 6;
        CHECK(check_progression(p) == "the start's 6 sets are more than the target's 4-5");
    }
    SECTION("a start range that goes above the target's") {
        p.start_reps = {15, 30};
        CHECK(check_progression(p) == "the start's 15-30 reps go above the target's 20-25");
    }
}

TEST_CASE("routine::is_valid_id") {
    CHECK(is_valid_id("action2"));
    CHECK(is_valid_id("prone-row"));
    CHECK_FALSE(is_valid_id("Action2"));
    CHECK_FALSE(is_valid_id("2action"));
    CHECK_FALSE(is_valid_id("prone row"));
    CHECK_FALSE(is_valid_id(""));
    CHECK_FALSE(is_valid_id(std::string(25, 'a')));
}

TEST_CASE("routine::parse_count reads decimal digits only") {
    SECTION("leading zeros are decimal: 010 is ten, never eight") {
        CHECK(parse_count("010", 1, 104) == 10);
        CHECK(parse_count("08", 1, 104) == 8);
    }
    SECTION("no base prefix, sign or exponent") {
        for (const char* bad : {"0x10", "0X10", "0b11", "+8", "-8", "1e2", " 8", "8 ", "٣"}) {
            CAPTURE(bad);
            CHECK_THROWS_WITH(parse_count(bad, 1, 104),
                              std::string("expected a whole number from 1 to 104, got '") + bad +
                                  "'");
        }
    }
    SECTION("what it got, escaped") {
        CHECK_THROWS_WITH(parse_count("4\x1b[2J", 1, 104),
                          "expected a whole number from 1 to 104, got '4\\x1b[2J'");
    }
}

TEST_CASE("routine::same_id tells ids apart at any byte, of any length") {
    // A log line's id against the routine's: equal only when every byte is. Every length from
    // 1 to 20 (the four-byte steps end at 4, 8, 12 and 16), each byte changed in turn.
    const std::string letters = "glute-bridge-march-9";
    for (std::size_t length = 1; length <= letters.size(); ++length) {
        std::string id = letters.substr(0, length);
        CAPTURE(id);
        CHECK(same_id(id, std::string(id)));
        for (std::size_t i = 0; i < id.size(); ++i) {
            std::string other = id;
            other[i] = other[i] == 'x' ? 'y' : 'x';
            CAPTURE(i);
            CHECK_FALSE(same_id(id, other));
        }
        CHECK_FALSE(same_id(id, id + "s"));
        CHECK_FALSE(same_id(id + "s", id));
    }
    CHECK(same_id("", ""));
    CHECK_FALSE(same_id("action1", "action2"));
    CHECK_FALSE(same_id("Action1", "action1")); // ids are compared as written
}
