// The copies of the log that sync tools and editors leave beside it, on the fake System.
#include "io/store/log_copies.hpp"
#include "support/fake_system.hpp"

#include <catch2/catch.hpp>

using namespace backplan;
using backplan::test::FakeSystem;

TEST_CASE("log_copies::copies_beside") {
    FakeSystem system;
    for (const char* name :
         {"log.txt", "log.sync-conflict-20261121-101010-ABCDEFG.txt", "log.txt~", "log.txt.bak",
          "log.txt.orig", "log.txt.old", "other.sync-conflict-20261121-101010-ABCDEFG.txt",
          "log.sync-conflict-20261121-101010-ABCDEFG.csv", "notes.txt"}) {
        system.files[std::string("/data/") + name] = "";
    }
    // Sorted by name; a copy of another file, or another kind of file, is not one.
    CHECK(io::copies_beside(system, "/data/log.txt") ==
          std::vector<std::string>{"/data/log.sync-conflict-20261121-101010-ABCDEFG.txt",
                                   "/data/log.txt.bak", "/data/log.txt.orig", "/data/log.txt~"});
    CHECK(io::copies_beside(system, "/data/notes.txt").empty());
    SECTION("a log without an extension") {
        system.files["/data/train"] = "";
        system.files["/data/train.sync-conflict-20261121-101010-ABCDEFG"] = "";
        CHECK(io::copies_beside(system, "/data/train") ==
              std::vector<std::string>{"/data/train.sync-conflict-20261121-101010-ABCDEFG"});
    }
}
