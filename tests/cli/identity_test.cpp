// One record, one identity (issue #24): the records backplan writes never share an instant and an
// exercise (or pause kind), undo takes back exactly one, and logs written before that keep reading
// as they did. In-process on the fake System, whose clock stands still.
#include "cli/in_process.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <sstream>

using namespace backplan;
using test::default_log;
using test::output;
using test::Refusal;
using test::refusal;

namespace {

// The log's lines, sorted with duplicates dropped, as `sort -u` leaves them.
std::string sort_unique(const std::string& log) {
    std::set<std::string> lines;
    std::istringstream in(log);
    for (std::string line; std::getline(in, line);) {
        lines.insert(line);
    }
    std::string sorted;
    for (const std::string& line : lines) {
        sorted += line + "\n";
    }
    return sorted;
}

std::string train(test::FakeSystem& system, const std::string& answers,
                  const std::vector<std::string>& args) {
    system.answers.str(answers);
    system.answers.clear();
    return output(system, args);
}

} // namespace

TEST_CASE("identity: logging again after undo is a new record (375 for 37)") {
    test::FakeSystem system("2026-11-26"); // now: 2026-11-26T08:00:00+00:00
    CHECK(output(system, {"log", "action2", "375", "--at", "2026-11-24"}) ==
          "2026-11-24T12:00:00+00:00 action2 375\n");
    CHECK(output(system, {"undo"}) ==
          "2026-11-26T08:00:00+00:00 !undo 2026-11-24T12:00:00+00:00 action2\n"
          "cancelled: 2026-11-24T12:00:00+00:00 action2 375\n");
    // 12:00:00 holds the cancelled 375: the 37 is the next second, which nothing cancels.
    CHECK(output(system, {"log", "action2", "37", "--at", "2026-11-24"}) ==
          "2026-11-24T12:00:01+00:00 action2 37\n");
    CHECK(output(system, {"history"}) == "2026-11-24T12:00:01+00:00 action2 37\n");
}

TEST_CASE("identity: undo cancels exactly the record it names") {
    test::FakeSystem system("2026-12-02");
    output(system, {"log", "action2", "20", "20", "--at", "2026-12-01"});
    CHECK(output(system, {"log", "action2", "15", "--at", "2026-12-01"}) ==
          "2026-12-01T12:00:01+00:00 action2 15\n");
    CHECK(output(system, {"undo"}) ==
          "2026-12-02T08:00:00+00:00 !undo 2026-12-01T12:00:01+00:00 action2\n"
          "cancelled: 2026-12-01T12:00:01+00:00 action2 15\n");
    CHECK(output(system, {"history"}) == "2026-12-01T12:00:00+00:00 action2 20 20\n");
    SECTION("and the next undo the one before it") {
        CHECK(output(system, {"undo"}) ==
              "2026-12-02T08:00:00+00:00 !undo 2026-12-01T12:00:00+00:00 action2\n"
              "cancelled: 2026-12-01T12:00:00+00:00 action2 20 20\n");
        CHECK(output(system, {"history"}).empty());
    }
}

TEST_CASE("identity: two sessions with equal sets are two records, whatever the merge") {
    test::FakeSystem system("2026-12-02");
    // One set of action1, quit; the next run does its second set: equal lines but for the time.
    train(system, "\nq\n", {"train", "--date", "2026-11-30", "--rest", "0"});
    train(system, "\nq\n", {"train", "--date", "2026-11-30", "--rest", "0"});
    std::string log = system.files[default_log];
    CHECK(log == "2026-11-30T12:00:00+00:00 action1 15\n"
                 "2026-11-30T12:00:01+00:00 action1 15\n");
    CHECK(output(system, {"check"}).empty());
    // sort -m -u of the log with itself, as two devices' copies: both sets stay.
    CHECK(sort_unique(log + log) == log);
    // Every set is logged now.
    CHECK(train(system, "", {"train", "--date", "2026-11-30", "--rest", "0"})
              .starts_with("\nExercise 1 of 5: action2"));
}

TEST_CASE("identity: the time taken is read under the lock, hand-written lines too") {
    test::FakeSystem system("2026-11-26");
    system.files[default_log] = "2026-11-24 prone-row 20\n"
                                "2026-11-24T12:00:01Z Towel Prone Row 21\n";
    CHECK(output(system, {"log", "action2", "22", "--at", "2026-11-24"}) ==
          "2026-11-24T12:00:02+00:00 action2 22\n");
    SECTION("another exercise, or a pause, at that time is another identity") {
        CHECK(output(system, {"log", "action3", "22", "--at", "2026-11-24"}) ==
              "2026-11-24T12:00:00+00:00 action3 22\n");
    }
    SECTION("a record never moves to another day: refused, nothing written") {
        output(system, {"log", "action2", "20", "--at", "2026-11-24T23:59:59"});
        CHECK(refusal(system, {"log", "action2", "20", "--at", "2026-11-24T23:59:59"}) ==
              Refusal{ExitCode::data, default_log +
                                          ": every second from 2026-11-24T23:59:59+00:00 to the "
                                          "end of that day holds a record of action2 already; "
                                          "give another time"});
        CHECK(system.appends == 2);
    }
    SECTION("a time a cancellation names is taken, even with its record not in this log") {
        system.files[default_log] +=
            "2026-11-26T07:00:00+00:00 !undo 2026-11-25T12:00:00+00:00 action2\n";
        CHECK(output(system, {"log", "action2", "22", "--at", "2026-11-25"}) ==
              "2026-11-25T12:00:01+00:00 action2 22\n");
    }
}

TEST_CASE("identity: logs written before identities were unique read as they did") {
    test::FakeSystem system("2026-11-26");
    SECTION("a record logged after the cancellation of its time is a new record") {
        system.files[default_log] =
            "2026-11-24T12:00:00+00:00 action2 375\n"
            "2026-11-25T09:00:00+00:00 !undo 2026-11-24T12:00:00+00:00 action2\n"
            "2026-11-24T12:00:00+00:00 action2 37\n";
        CHECK(output(system, {"history"}) == "2026-11-24T12:00:00+00:00 action2 37\n");
        CHECK(output(system, {"history", "--all"}) ==
              "# cancelled: 2026-11-24T12:00:00+00:00 action2 375\n"
              "2026-11-24T12:00:00+00:00 action2 37\n");
        CHECK(output(system, {"undo"}) ==
              "2026-11-26T08:00:00+00:00 !undo 2026-11-24T12:00:00+00:00 action2\n"
              "cancelled: 2026-11-24T12:00:00+00:00 action2 37\n");
        CHECK(output(system, {"history"}).empty());
    }
    SECTION("two records at one time: undo would take back both, so it takes back none") {
        std::string log = "2026-12-01T12:00:00+00:00 action2 20 20\n"
                          "2026-12-01T12:00:00+00:00 action2 15\n";
        system.files[default_log] = log;
        CHECK(refusal(system, {"undo"}) ==
              Refusal{ExitCode::data,
                      "cannot cancel 2026-12-01T12:00:00+00:00 action2 15 alone: the log holds "
                      "another record of action2 at that instant, 2026-12-01T12:00:00+00:00 "
                      "action2 20 20 (written by an earlier backplan), and a cancellation takes "
                      "back both; nothing was written"});
        CHECK(system.files[default_log] == log);
    }
    SECTION("identical copies from a merge are one record: one undo takes back both") {
        system.files[default_log] = "2026-11-24T12:00:00+00:00 action2 20\n"
                                    "2026-11-24T12:00:00+00:00 action2 20\n";
        CHECK(output(system, {"undo"}) ==
              "2026-11-26T08:00:00+00:00 !undo 2026-11-24T12:00:00+00:00 action2\n"
              "cancelled: 2026-11-24T12:00:00+00:00 action2 20\n");
        CHECK(output(system, {"history"}).empty());
    }
}
