// Display widths, worked out by hand from Unicode's East Asian Width (as glibc's wcwidth gives
// it) and UAX #29.
#include "io/formats/display_width.hpp"

#include <catch2/catch.hpp>

using namespace backplan::io;

namespace {

// U+1F468 U+200D U+1F469 U+200D U+1F467: a family, one grapheme drawn from three emoji.
const std::string family =
    "\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7";
// "Rückenstrecker" with u and U+0308 COMBINING DIAERESIS: 15 characters, 14 columns.
const std::string decomposed = "Ru\xcc\x88"
                               "ckenstrecker";

} // namespace

TEST_CASE("display_width::display_width") {
    SECTION("ASCII and Latin letters take one column each") {
        CHECK(display_width("") == 0);
        CHECK(display_width("Reverse row under a table") == 25);
        CHECK(display_width("Rückenstrecker") == 14);
    }
    SECTION("East Asian wide characters take two") {
        CHECK(display_width("背中のトレーニング") == 18);
        CHECK(display_width("Ｒｏｗ") == 6); // fullwidth Latin
    }
    SECTION("combining marks take none") {
        CHECK(display_width(decomposed) == 14);
        CHECK(display_width("e\xcc\x81") == 1);
    }
    SECTION("an emoji takes two, and a sequence of them two for each, as wcswidth counts") {
        CHECK(display_width("🙂") == 2);
        CHECK(display_width(family) == 6);         // 3 emoji; the joiners take none
        CHECK(display_width("👍🏽") == 4);     // with a skin tone, itself an emoji
        CHECK(display_width("🇫🇷") == 2);           // a flag: two regional indicators of 1
        CHECK(display_width("\xe2\x9d\xa4") == 1); // U+2764 HEAVY BLACK HEART
        CHECK(display_width("\xe2\x9d\xa4\xef\xb8\x8f") == 1); // a variation selector takes none
        CHECK(display_width("Side plank " + family + " 🙂") == 11 + 6 + 1 + 2);
    }
    SECTION("a character past ASCII is measured wherever it stands in a long text") {
        // Printable ASCII is looked at eight bytes at a time: before, across and after a
        // boundary of eight, a wide character still takes two columns, a Latin letter of two
        // bytes one.
        for (std::size_t k = 0; k <= 16; ++k) {
            CAPTURE(k);
            CHECK(display_width(std::string(k, 'a') + "背" + std::string(16 - k, 'a')) == 18);
            CHECK(display_width(std::string(k, 'a') + "ü" + std::string(16 - k, 'a')) == 17);
        }
    }
    SECTION("a byte that is not UTF-8 takes one, as the U+FFFD a terminal shows") {
        CHECK(display_width("caf\xe9") == 4);
    }
}

TEST_CASE("display_width::fitting_prefix") {
    CHECK(fitting_prefix("Row", 10) == 3);
    CHECK(fitting_prefix("背中の", 5) == 6); // two characters of three bytes; a third would be 6
    CHECK(fitting_prefix(family + "ab", 5) == 0); // never a part of the family
    CHECK(fitting_prefix(family + "ab", 6) == family.size());
    CHECK(fitting_prefix(decomposed, 2) == 4); // R, then u with its mark
}

TEST_CASE("display_width::truncate_to_width") {
    SECTION("text that fits is left as it is") {
        CHECK(truncate_to_width("Prone row", 9) == "Prone row");
        CHECK(truncate_to_width("背中", 4) == "背中");
    }
    SECTION("text that does not is cut between graphemes and ends in the marker") {
        CHECK(truncate_to_width("Reverse row under a table", 14) == "Reverse row...");
        CHECK(truncate_to_width("Reverse row under a table", 15) == "Reverse row...");
        CHECK(truncate_to_width("背中のトレーニング", 10) == "背中の...");
        CHECK(truncate_to_width(decomposed, 5) == "Ru\xcc\x88...");
    }
    SECTION("an emoji sequence is never cut in the middle") {
        CHECK(truncate_to_width("ab" + family + "cd", 9) == "ab...");
        CHECK(truncate_to_width("ab" + family + "cdef", 11) == "ab" + family + "...");
    }
    SECTION("narrower than the marker: as much of the marker as fits") {
        CHECK(truncate_to_width("abcdef", 2) == "..");
        CHECK(truncate_to_width("abcdef", 0).empty());
    }
}

TEST_CASE("display_width::pad_to_width, pad_left_to_width and fit_to_width") {
    CHECK(pad_to_width("背中", 6) == "背中  ");
    CHECK(pad_to_width("Row", 2) == "Row");
    CHECK(pad_left_to_width("7%", 4) == "  7%");
    CHECK(pad_left_to_width("🙂", 3) == " 🙂");
    CHECK(fit_to_width("背中のトレーニング", 10) == "背中の... ");
    CHECK(fit_to_width("Row", 5) == "Row  ");
}
