// backplan merge and merge-driver in-process on the fake System: what they append, what they
// say, and what refuses them with nothing written.
#include "cli/in_process.hpp"

#include <catch2/catch.hpp>

using namespace backplan;
using test::default_log;
using test::output;
using test::Refusal;
using test::refusal;

namespace {

const std::string laptop = "2026-11-16T07:30:00+01:00 action1 15 15\n"
                           "2026-11-18T07:30:00+01:00 action1 15 15\n";

} // namespace

TEST_CASE("merge: appends what the log lacks, in time order, and says how much") {
    test::FakeSystem system("2026-11-26");
    system.files[default_log] = laptop;
    // The phone's copy: one record the laptop holds (written in UTC), two it lacks, out of order,
    // and a cancellation of the laptop's record of 2026-11-18.
    system.files["/phone.log"] = "2026-11-20T07:30:00+01:00 action2 16\n"
                                 "2026-11-16T06:30:00Z action1 15 15 # phone\n"
                                 "2026-11-19T07:30:00+01:00 action1 16 16\n"
                                 "2026-11-21T09:00:00+01:00 !undo 2026-11-18T07:30:00+01:00 "
                                 "action1\n";
    CHECK(output(system, {"merge", "--dry-run", "/phone.log"}) ==
          "2026-11-19T07:30:00+01:00 action1 16 16\n"
          "2026-11-20T07:30:00+01:00 action2 16\n"
          "2026-11-21T09:00:00+01:00 !undo 2026-11-18T07:30:00+01:00 action1\n"
          "would add 3 records from /phone.log; 1 there already\n");
    CHECK(system.files[default_log] == laptop);
    CHECK(output(system, {"merge", "/phone.log"}) ==
          "added 3 records from /phone.log; 1 there already\n");
    CHECK(system.files[default_log] ==
          laptop + "2026-11-19T07:30:00+01:00 action1 16 16\n"
                   "2026-11-20T07:30:00+01:00 action2 16\n"
                   "2026-11-21T09:00:00+01:00 !undo 2026-11-18T07:30:00+01:00 action1\n");
    // The phone's cancellation took back the laptop's record.
    CHECK(output(system, {"history", "--action", "action1"}) ==
          "2026-11-16T07:30:00+01:00 action1 15 15\n"
          "2026-11-19T07:30:00+01:00 action1 16 16\n");
    SECTION("a copy under HOME (/home/u) is named from ~/") {
        system.files["/home/u/phone.log"] = system.files["/phone.log"];
        CHECK(output(system, {"merge", "/home/u/phone.log"}) ==
              "added 0 records from ~/phone.log; 4 there already\n");
    }
    SECTION("merging again adds nothing") {
        CHECK(output(system, {"merge", "/phone.log"}) ==
              "added 0 records from /phone.log; 4 there already\n");
        CHECK(system.appends == 1);
    }
}

TEST_CASE("merge: refused with nothing written") {
    test::FakeSystem system("2026-11-26");
    system.files[default_log] = laptop;
    SECTION("an other log that is not there") {
        CHECK(refusal(system, {"merge", "/phone.log"}) ==
              Refusal{ExitCode::no_input, "/phone.log: no such file"});
    }
    SECTION("standard input") {
        CHECK(refusal(system, {"merge", "-"}).first == ExitCode::usage);
    }
    SECTION("a line it cannot read, unless --skip-invalid") {
        system.files["/phone.log"] = "2026-11-20T07:30:00+01:00 action2 16\n"
                                     "2026-11-20T07:35:00+01:00 acton3 16\n";
        CHECK(refusal(system, {"merge", "/phone.log"}) ==
              Refusal{ExitCode::data, "1 line of the other logs could not be read; nothing was "
                                      "merged (fix them, or --skip-invalid merges the rest)"});
        CHECK(system.files[default_log] == laptop);
        CHECK(output(system, {"merge", "--skip-invalid", "/phone.log"}) ==
              "added 1 record from /phone.log; 0 there already\n");
    }
    CHECK(system.files[default_log].starts_with(laptop));
}

TEST_CASE("merge: a record at a second the log gives to another is moved on") {
    test::FakeSystem system("2026-11-26");
    system.files[default_log] = laptop;
    system.files["/phone.log"] = "2026-11-18T07:30:00+01:00 action1 14 14\n";
    output(system, {"merge", "/phone.log"});
    CHECK(system.files[default_log] == laptop + "2026-11-18T07:30:01+01:00 action1 14 14\n");
}

TEST_CASE("merge-driver: ours as it was, then what theirs adds") {
    test::FakeSystem system("2026-11-26");
    system.files["/ours"] = "# ours\n" + laptop;
    system.files["/theirs"] = "# theirs\n2026-11-17T07:30:00+01:00 action2 9\n" + laptop;
    CHECK(output(system, {"merge-driver", "/base", "/ours", "/theirs"}).empty());
    CHECK(system.files["/ours"] == "# ours\n" + laptop + "2026-11-17T07:30:00+01:00 action2 9\n");
}
