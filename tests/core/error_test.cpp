#include "core/error.hpp"

#include <catch2/catch.hpp>

using namespace backplan;

TEST_CASE("error::to_string") {
    SECTION("FILE:LINE:COL: message, leaving out what is unknown") {
        CHECK(to_string(Diagnostic{"t.yaml", 3, 7, "name: missing"}) ==
              "t.yaml:3:7: name: missing");
        CHECK(to_string(Diagnostic{"t.yaml", 3, 0, "m"}) == "t.yaml:3: m");
        CHECK(to_string(Diagnostic{"t.yaml", 0, 0, "m"}) == "t.yaml: m");
        CHECK(to_string(Diagnostic{"", 0, 0, "m"}) == "m");
    }
    SECTION("no byte of input reaches the terminal raw, in the file name or the message") {
        CHECK(to_string(Diagnostic{"log\x1b[2J.txt", 1, 1, "got '\x1b]2;pwned\x07'"}) ==
              "log\\x1b[2J.txt:1:1: got '\\x1b]2;pwned\\x07'");
        CHECK(to_string(Diagnostic{"t.yaml", 1, 1,
                                   "got 'A\xc2\x9b"
                                   "B\xff'"}) == "t.yaml:1:1: got 'A\\xc2\\x9bB\\xff'");
    }
    SECTION("what was escaped already stays as it is") {
        CHECK(to_string(Diagnostic{"t.yaml", 1, 1, "got 'A\\x1bB'"}) ==
              "t.yaml:1:1: got 'A\\x1bB'");
    }
}
