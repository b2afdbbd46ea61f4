// The log store's own promises, in-process on the fake System: what it appends is checked
// first, and reading reports what it skipped.
#include "core/error.hpp"
#include "io/log_store.hpp"
#include "support/fake_system.hpp"

#include <catch2/catch.hpp>

using namespace backplan;
using namespace backplan::io;
using backplan::test::FakeSystem;

namespace {

core::LogEntry entry(std::vector<int> amounts, std::string note = "") {
    return {core::parse_timestamp("2026-11-24T07:30:00+01:00"), "action2", core::Unit::reps,
            std::move(amounts), std::move(note)};
}

} // namespace

TEST_CASE("log_store::LogStore::append checks the line before it appends it") {
    FakeSystem system;
    LogStore store(system, "/log.txt");
    SECTION("an entry is appended as its canonical line, which is returned") {
        CHECK(store.append(entry({20, 20, 18}, "towel slipped")) ==
              "2026-11-24T07:30:00+01:00 action2 20 20 18 # towel slipped");
        CHECK(system.files["/log.txt"] ==
              "2026-11-24T07:30:00+01:00 action2 20 20 18 # towel slipped\n");
    }
    SECTION("an entry whose line would not read back the same is never written") {
        // A note with a line break would split the record in two.
        for (core::LogEntry bad :
             {entry({20}, "two\nlines"), entry({20}, " padded"), entry({}), entry({20, 2000})}) {
            CAPTURE(bad.note);
            CHECK_THROWS_MATCHES(store.append(bad), Error,
                                 Catch::Matchers::Predicate<Error>(
                                     [](const Error& e) { return e.code() == ExitCode::data; }));
        }
        CHECK(system.appends == 0);
        CHECK_FALSE(system.exists("/log.txt"));
    }
}

TEST_CASE("log_store::LogStore::read skips and counts what it cannot read") {
    FakeSystem system;
    system.files["/log.txt"] = "# a comment\n"
                               "2026-11-24T07:30:00+01:00 action2 20\n"
                               "2026-11-24 action2 20\n"
                               "2026-11-25T07:30:00+01:00 action2 21 21\n";
    LogStore store(system, "/log.txt");
    std::vector<std::string> ids;
    LogReading reading = store.read([&](const core::LogEntry& e) { ids.push_back(e.id); });
    CHECK(ids.size() == 2);
    CHECK(reading.entries == 2);
    CHECK(reading.skipped == 1);
    REQUIRE(reading.described.size() == 1);
    CHECK(to_string(reading.described.front()) ==
          "/log.txt:3:1: expected a time such as 2026-11-24T07:30:00+01:00, got '2026-11-24'");
    SECTION("past the first few, the rest are only counted") {
        for (int i = 0; i < 10; ++i) {
            system.files["/log.txt"] += "bad\n";
        }
        reading = store.read([](const core::LogEntry&) {});
        CHECK(reading.skipped == 11);
        CHECK(reading.described.size() == skipped_lines_described);
    }
}

TEST_CASE("log_store::LogStore::history") {
    FakeSystem system;
    core::Routine routine;
    routine.exercises.push_back({"action2", "Row", {}, {}, {}, std::nullopt, {}});
    LogStore store(system, "/log.txt");
    SECTION("no log yet is an empty history, said as missing") {
        LogReading reading;
        CHECK(store.history(routine, reading).sessions("action2").empty());
        CHECK(reading.missing);
        CHECK_FALSE(reading.failure);
    }
    SECTION("the routine's lines make sessions; other exercises are left out") {
        system.files["/log.txt"] = "2026-11-24T07:30:00+01:00 action2 20 18\n"
                                   "2026-11-24T08:30:00+01:00 action2 19\n"
                                   "2026-11-24T08:30:00+01:00 plank 30s\n";
        LogReading reading;
        core::LogHistory history = store.history(routine, reading);
        REQUIRE(history.sessions("action2").size() == 1);
        CHECK(history.sessions("action2").begin()->sets == 3);
        CHECK(history.sessions("action2").begin()->total == 57);
        CHECK(history.sessions("plank").empty());
        CHECK(reading.entries == 3);
    }
}
