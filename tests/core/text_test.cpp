#include "core/text.hpp"

#include <catch2/catch.hpp>

using namespace backplan::core;

TEST_CASE("text::text_length counts characters, not bytes") {
    CHECK(text_length("Prone row") == 9);
    CHECK(text_length("Rückenstrecker") == 14);
    CHECK(text_length("背中") == 2);
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

TEST_CASE("text::find_unprintable") {
    SECTION("C0 controls, DEL and C1 controls, at the first byte of each") {
        CHECK(find_unprintable("Prone row, ça va — 背中 🙂") == std::string_view::npos);
        CHECK(find_unprintable(std::string("A\0B", 3)) == 1);
        CHECK(find_unprintable("A\x1b[31mB") == 1);
        CHECK(find_unprintable("A\nB") == 1);
        CHECK(find_unprintable("AB\x7f") == 2);
        CHECK(find_unprintable("A\xc2\x9b"
                               "31m") == 1);       // U+009B, the 8-bit CSI
        CHECK(find_unprintable("A\xc2\x85") == 1); // U+0085, NEL
        CHECK(find_unprintable("A\xc2\xa0"
                               "B") == std::string_view::npos); // U+00A0 is no control
    }
    SECTION("and bytes that are not UTF-8") {
        CHECK(find_unprintable("caf\xe9") == 3);
        CHECK(find_unprintable("A\x85"
                               "B") == 1); // what yaml-cpp makes of "\N"
    }
    SECTION("the characters allowed are let through") {
        CHECK(find_unprintable("a\tb") == 1);
        CHECK(find_unprintable("a\tb", "\t") == std::string_view::npos);
        CHECK(find_unprintable("a\tb\nc", "\t") == 3);
    }
}

TEST_CASE("text::describe_byte") {
    CHECK(describe_byte("A\x1b[2J", 1) == "control character \\x1b");
    CHECK(describe_byte(std::string("A\0", 2), 1) == "control character \\x00");
    CHECK(describe_byte("A\xc2\x9b", 1) == "control character \\xc2\\x9b");
    CHECK(describe_byte("caf\xe9", 3) == "byte \\xe9 that is not UTF-8");
}

TEST_CASE("text::escape_bytes and quoted") {
    SECTION("text is left as it is, backslashes and all") {
        CHECK(escape_bytes("Rücken 背中 🙂 a\\x1b") == "Rücken 背中 🙂 a\\x1b");
        CHECK(quoted("20x") == "'20x'");
    }
    SECTION("every byte of a control character is shown as \\xHH") {
        // What set the window title and cleared the screen in the report of issue 16.
        CHECK(quoted("\x1b]2;pwned\x07\x1b[2J") == "'\\x1b]2;pwned\\x07\\x1b[2J'");
        CHECK(escape_bytes(std::string("A\0B", 3)) == "A\\x00B");
        CHECK(escape_bytes("A\nB\tC\rD\x7f") == "A\\x0aB\\x09C\\x0dD\\x7f");
        CHECK(escape_bytes("A\xc2\x9b"
                           "2J") == "A\\xc2\\x9b2J");
    }
    SECTION("so is every byte that is not UTF-8") {
        CHECK(escape_bytes("caf\xe9!") == "caf\\xe9!");
        CHECK(escape_bytes("a\xc0\xafz") == "a\\xc0\\xafz");        // overlong
        CHECK(escape_bytes("a\xed\xa0\x80") == "a\\xed\\xa0\\x80"); // a surrogate
        CHECK(escape_bytes("ab\xe2\x82") == "ab\\xe2\\x82");        // cut short
    }
    SECTION("a long value is cut after 40 bytes, never inside a character, and says so") {
        CHECK(quoted(std::string(40, 'x')) == "'" + std::string(40, 'x') + "'");
        CHECK(quoted(std::string(120 * 1024, 'x')) == "'" + std::string(40, 'x') + "...'");
        // 39 bytes, then a character of three: cut before it.
        std::string wide(39, 'x');
        wide.append("背中");
        CHECK(quoted(wide) == "'" + std::string(39, 'x') + "...'");
        std::string control(38, 'x');
        control.append("\x1b[2Jzzz");
        std::string shown(38, 'x');
        shown.append("\\x1b[");
        CHECK(quoted(control) == "'" + shown + "...'");
    }
    SECTION("escaping twice changes nothing more") {
        std::string once = escape_bytes("\x1b[31m\xff\xc2\x85");
        CHECK(once == "\\x1b[31m\\xff\\xc2\\x85");
        CHECK(escape_bytes(once) == once);
    }
}

TEST_CASE("text::cut_long_words keeps a message with a long path one short line") {
    std::string path = "/" + std::string(150, 'a') + "/" + std::string(150, 'b') + "/log.txt";
    // The word is the path and its ':'. Its first 100 bytes ('/' and 99 a's), "...", its last
    // 60 bytes ("/log.txt:" is 9 of them, after 51 b's).
    CHECK(cut_long_words("cannot open " + path + ": No such file") ==
          "cannot open /" + std::string(99, 'a') + "..." + std::string(51, 'b') +
              "/log.txt: No such file");
    // A word of 200 bytes is whole; words are cut alone, the spaces between them kept.
    std::string two_hundred(200, 'x');
    CHECK(cut_long_words(two_hundred + "  end") == two_hundred + "  end");
    CHECK(cut_long_words("a " + std::string(201, 'y') + " b") ==
          "a " + std::string(100, 'y') + "..." + std::string(60, 'y') + " b");
    // Never inside a character: 'é' is two bytes, and byte 100 is the second half of one, so
    // the head ends before it; byte 241 starts one, and the tail starts there.
    std::string accents = "x";
    for (int i = 0; i < 150; ++i) {
        accents += "é";
    }
    std::string cut = cut_long_words(accents);
    CHECK(cut == "x" + std::string(accents.substr(1, 98)) + "..." + accents.substr(241));
    // Between "x" and "y", byte 100 is the second half of an 'é' and so is byte 242: the head
    // ends before the one, the tail starts after the other (29 'é' and the "y", 59 bytes).
    std::string both = accents + "y";
    CHECK(cut_long_words(both) == both.substr(0, 99) + "..." + both.substr(243));
    // Bytes that are not UTF-8 all look like the middle of a character: the cut stays within
    // the word, whatever they are.
    std::string middles(300, '\x80');
    CHECK(cut_long_words(middles + " end") == "..." + std::string(" end"));
    CHECK(cut_long_words("") == "");
}

TEST_CASE("text::home_as_tilde writes paths under HOME from ~/") {
    CHECK(home_as_tilde("cannot open /home/u/log.txt: denied", "/home/u") ==
          "cannot open ~/log.txt: denied");
    CHECK(home_as_tilde("/home/u/.config/backplan/config.yaml:3:1: bad", "/home/u/") ==
          "~/.config/backplan/config.yaml:3:1: bad");
    CHECK(home_as_tilde("'/home/u/a b' and (/home/u/c), log=/home/u/d", "/home/u") ==
          "'~/a b' and (~/c), log=~/d");
    // Only HOME itself, as the start of a path: not another user's home, not HOME alone, not
    // a path that holds it further in.
    CHECK(home_as_tilde("/home/u2/x /home/u /srv/home/u/y", "/home/u") ==
          "/home/u2/x /home/u /srv/home/u/y");
    CHECK(home_as_tilde("/home/u/x", "") == "/home/u/x");
    CHECK(home_as_tilde("/etc/x", "/") == "/etc/x");
}
