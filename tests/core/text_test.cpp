#include "core/text.hpp"

#include <catch2/catch.hpp>

using namespace backplan::core;

TEST_CASE("text::truncate_text") {
    CHECK(truncate_text("Prone row", 20) == "Prone row");
    CHECK(truncate_text("Reverse row under a table", 14) == "Reverse row...");
    SECTION("counts characters, never splitting a UTF-8 sequence") {
        CHECK(text_length("Rückenstrecker") == 14);
        CHECK(truncate_text("Rückenstrecker", 5) == "Rü...");
    }
}

TEST_CASE("text::find_bad_byte") {
    CHECK(find_bad_byte("towel slipped, ça va \t ok") == std::string_view::npos);
    CHECK(find_bad_byte("caf\xe9") == 3);              // Latin-1, not UTF-8
    CHECK(find_bad_byte("a\xc0\xafz") == 1);           // overlong '/'
    CHECK(find_bad_byte("a\xed\xa0\x80") == 1);        // a surrogate
    CHECK(find_bad_byte("ab\xe2\x82") == 2);           // cut short
    CHECK(find_bad_byte(std::string("a\0b", 3)) == 1); // a control character
    CHECK(find_bad_byte("line\nbreak") == 4);
}

TEST_CASE("text::trim_blanks") {
    CHECK(trim_blanks("  towel slipped \t") == "towel slipped");
    CHECK(trim_blanks(" \t ").empty());
    CHECK(trim_blanks("a") == "a");
}
