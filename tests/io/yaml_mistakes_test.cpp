// The YAML mistakes people make by hand, each named at its own place with what to write
// instead, in templates and in the config file alike.
#include "io/templates/yaml_mistakes.hpp"
#include "problems.hpp"

#include <catch2/catch.hpp>

using namespace backplan;
using namespace backplan::io;

namespace {

using Lines = std::vector<std::string>;

using test::config_problems;
using test::template_problems;

std::string mistake(std::string_view text) {
    std::optional<Diagnostic> found = yaml_mistake("t.yaml", text);
    return found ? to_string(*found) : "none";
}

const std::string tab = "a tab in the indentation; indent with spaces, as YAML allows no tabs";

} // namespace

TEST_CASE("yaml_mistakes::yaml_mistake") {
    SECTION("a tab in the indentation, at the tab, wherever it stands in it") {
        CHECK(mistake("name: T\nexercises:\n\t- id: a\n") == "t.yaml:3:1: " + tab);
        CHECK(mistake("a:\n  b: 1\n  \tc: 2\n") == "t.yaml:3:3: " + tab);
    }
    SECTION("a tab after the indentation, or in text, is no mistake") {
        CHECK(mistake("name:\tT\ncues: [a,\tb]\n") == "none");
        CHECK(mistake("text: |\n  one\n  \ttwo\nnext: 1\n") == "none");
    }
    SECTION("a key deeper than the key above it, which has a value") {
        CHECK(mistake("a:\n  b: 1\n    c: 2\n") ==
              "t.yaml:3:5: 'c' is indented deeper than 'b' above it; indent it 2 spaces, as "
              "'b' is");
    }
    SECTION("a key between the columns of the keys above it") {
        CHECK(mistake("a:\n    b: 1\n  c: 2\n") ==
              "t.yaml:3:3: 'c' is indented 2 spaces, lined up with no key above; indent it 4 "
              "(as 'b') or 0 (as 'a')");
    }
    SECTION("nested mappings and lists, each at its own column, are no mistake") {
        CHECK(mistake("a:\n  b:\n    c: 1\n  d:\n  - x\n  - y: 1\n    z: 2\ne: 3\n") == "none");
        CHECK(mistake("a: some text\n  folded onto a second line\nb: 1\n") == "none");
    }
    SECTION("a quote not closed on its line, at the quote") {
        CHECK(mistake("a: 'x\nb: 1\n") ==
              "t.yaml:1:4: the quoted text is never closed; end it with ' on the same line");
        CHECK(mistake("a: [\"x, y]\n") ==
              "t.yaml:1:5: the quoted text is never closed; end it with \" on the same line");
        CHECK(mistake("a: don't\nb: 'it''s'\n") == "none");
    }
    SECTION("a key with no colon, where the colon belongs") {
        CHECK(mistake("a: 1\ndays [mon]\n") ==
              "t.yaml:2:5: a colon is missing after 'days'; write 'days: [mon]'");
        CHECK(mistake("a: 1\nexercises\n") ==
              "t.yaml:2:10: a colon is missing after 'exercises'; write 'exercises:'");
    }
    SECTION("a first key indented deeper than a key below it") {
        CHECK(mistake(" name: T\nexercises: []\n") ==
              "t.yaml:1:2: 'name' is indented 1 space, deeper than 'exercises' below it; indent "
              "it 0 spaces, as 'exercises' is");
        CHECK(mistake("  name: T\n  exercises: []\n") == "none");
    }
    SECTION("a block of text is as deep as its first line: a key less deep ends it") {
        CHECK(mistake("a: >-\n  text\n b: 1\n") ==
              "t.yaml:3:2: 'b' is indented deeper than 'a' above it; indent it 0 spaces, as "
              "'a' is");
        CHECK(mistake("a: |\n    text\n      deeper\n    b: 1\nc: 2\n") == "none");
        CHECK(mistake("a: >-\n    text\n  more\nb: 1\n") ==
              "t.yaml:3:3: the text is indented 2 spaces, less than its first line; indent it 4 "
              "spaces, as line 2 is");
    }
    SECTION("a '-' between the columns of the items around it") {
        CHECK(mistake("a:\n  - x\n - y\n") ==
              "t.yaml:3:2: the '-' is indented 1 space, lined up with no item above; indent it 2 "
              "spaces, as the '-' on line 2 is");
        CHECK(mistake("a:\n  - b: 1\n    c: 2\n   - b: 3\n") ==
              "t.yaml:4:4: the '-' is indented 3 spaces, lined up with no item above; indent it "
              "2 spaces, as the '-' on line 2 is");
        CHECK(mistake("a:\n  - b: 1\n    c:\n      - x\n      - y\n     - z\n") ==
              "t.yaml:6:6: the '-' is indented 5 spaces, lined up with no item above; indent it "
              "6 spaces, as the '-' on line 5 is");
        CHECK(mistake("a:\n- x\n- y\nb:\n  - b: 1\n    c:\n    - x\n    - y\n  - z\n") == "none");
        CHECK(mistake("a:\n  - b:\n      - x\n   - c: 1\n") ==
              "t.yaml:4:4: the '-' is indented 3 spaces, lined up with no item above; indent it "
              "2 spaces, as the '-' on line 2 is");
        CHECK(mistake("- - a\n  - b\n- c\n") == "none");
    }
    SECTION("a quote inside single quotes, written once") {
        CHECK(mistake("a: 'Don't arch'\n") ==
              "t.yaml:1:8: an apostrophe ends the single-quoted text; write it twice, 'Don''t "
              "arch', or use double quotes");
        CHECK(mistake("a: ['It''s', 'don't', 'x']\n") ==
              "t.yaml:1:18: an apostrophe ends the single-quoted text; write it twice, "
              "'don''t', or use double quotes");
        CHECK(mistake("a: 'x': 1\nb: ['y', 'z']\n") == "none");
    }
    SECTION("quotes inside plain text are text: the mistake below them is the one named") {
        CHECK(mistake("a: say 'ha'.\nexercises\n") ==
              "t.yaml:2:10: a colon is missing after 'exercises'; write 'exercises:'");
        CHECK(mistake("a: Keep the 'hollow'-body\nexercises\n") ==
              "t.yaml:2:10: a colon is missing after 'exercises'; write 'exercises:'");
    }
    SECTION("a key with no colon, first under its parent or in a list item") {
        CHECK(mistake("a:\n  start {sets: 2}\n") ==
              "t.yaml:2:8: a colon is missing after 'start'; write 'start: {sets: 2}'");
        CHECK(mistake("a:\n  start 2\n  target: 3\n") ==
              "t.yaml:2:8: a colon is missing after 'start'; write 'start: 2'");
        CHECK(mistake("a:\n  - id a\n    name: A\n") ==
              "t.yaml:2:7: a colon is missing after 'id'; write 'id: a'");
        CHECK(mistake("a:\n  Some text, [1]\nb:\n  - keep it\n  - c: 1\n") == "none");
    }
    SECTION("the first mistake is the one named") {
        CHECK(mistake("a 1\n\tb: 2\n") == "t.yaml:1:2: a colon is missing after 'a'; write 'a: 1'");
    }
}

TEST_CASE("yaml_mistakes: a template names the mistake, not where yaml-cpp gave up") {
    SECTION("a tab, where yaml-cpp said 'illegal block entry'") {
        CHECK(template_problems("name: T\nexercises:\n\t- {id: a, name: A}\n") ==
              Lines{"t.yaml:3:1: " + tab});
    }
    SECTION("a key too deep, where yaml-cpp said 'end of map not found' a column on") {
        CHECK(template_problems("name: T\nprogression:\n  start: {sets: 2, reps: 15-20}\n"
                                "    target: {sets: 4, reps: 20-25}\nexercises: [{id: a}]\n") ==
              Lines{"t.yaml:4:5: 'target' is indented deeper than 'start' above it; indent it "
                    "2 spaces, as 'start' is"});
    }
    SECTION("a missing colon that yaml-cpp reads as a key with a space") {
        CHECK(template_problems("name: T\nexercises:\n  - id: a\n    name Bird dog\n") ==
              Lines{"t.yaml:4:9: a colon is missing after 'name'; write 'name: Bird dog'",
                    "t.yaml:3:5: exercise: missing name"});
    }
    SECTION("a list where a mapping belongs, and a mapping where a list does") {
        CHECK(template_problems("name: T\nprogression:\n  - start: {sets: 2, reps: 15-20}\n"
                                "exercises: [{id: a, name: A}]\n") ==
              Lines{"t.yaml:3:3: progression: expected a mapping, got a list; write its keys "
                    "without '- ' before them"});
        CHECK(template_problems("name: T\nexercises:\n  id: a\n  name: A\n") ==
              Lines{"t.yaml:3:3: exercises: expected a list of at least one exercise, got a "
                    "mapping; start each exercise with '- '"});
    }
    SECTION("an indented first key, after which yaml-cpp read nothing") {
        CHECK(template_problems(" name: T\nexercises:\n  - {id: a, name: A}\n") ==
              Lines{"t.yaml:1:2: 'name' is indented 1 space, deeper than 'exercises' below it; "
                    "indent it 0 spaces, as 'exercises' is"});
    }
    SECTION("a missing colon before a list, which yaml-cpp reads into the key") {
        CHECK(template_problems("name: T\nexercises:\n  - id: a\n    name: A\n    cues\n"
                                "      - Lie down.\n")
                  .front() == "t.yaml:5:9: a colon is missing after 'cues'; write 'cues:'");
        // Written with CR LF, or with a comment after the word: the same fix.
        CHECK(template_problems("name: T\r\nexercises:\r\n  - id: a\r\n    name: A\r\n"
                                "    cues\r\n      - Lie down.\r\n")
                  .front() == "t.yaml:5:9: a colon is missing after 'cues'; write 'cues:'");
        CHECK(template_problems("name: T\nexercises:\n  - id: a\n    name: A\n    cues # how\n"
                                "      - Lie down.\n")
                  .front() == "t.yaml:5:9: a colon is missing after 'cues'; write 'cues:'");
    }
    SECTION("an unclosed quote that yaml-cpp runs to the end of the file") {
        CHECK(template_problems("name: T\nexercises:\n  - id: a\n    name: \"A\n") ==
              Lines{"t.yaml:4:11: name: the quoted text is never closed; end it with \" on "
                    "the same line"});
    }
}

TEST_CASE("yaml_mistakes: the config file names them alike") {
    CHECK(config_problems("days:\n\t- mon\n") == Lines{"c.yaml:2:1: " + tab});
    CHECK(config_problems("time: 07:30\n  days: [mon]\n") ==
          Lines{"c.yaml:2:3: 'days' is indented deeper than 'time' above it; indent it 0 "
                "spaces, as 'time' is"});
    CHECK(config_problems("days [mon]\n") ==
          Lines{"c.yaml:1:5: a colon is missing after 'days'; write 'days: [mon]'"});
    CHECK(config_problems("days: [mon]\ntime 07:30\n") ==
          Lines{"c.yaml:2:5: a colon is missing after 'time'; write 'time: 07:30'"});
}
