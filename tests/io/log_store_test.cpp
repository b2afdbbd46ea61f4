// The log store's own promises, in-process on the fake System: what it appends is checked
// first, and reading reports what it skipped.
#include "core/error.hpp"
#include "io/store/log_store.hpp"
#include "support/fake_system.hpp"

#include <catch2/catch.hpp>

using namespace backplan;
using namespace backplan::io;
using backplan::test::FakeSystem;

namespace {

core::LogEntry entry(std::vector<int> amounts, std::string note = "") {
    return {core::parse_timestamp("2026-11-24T07:30:00+01:00"),
            "action2",
            core::Unit::reps,
            std::move(amounts),
            std::move(note),
            {},
            {}};
}

} // namespace

TEST_CASE("log_store::LogStore::append checks the line before it appends it") {
    FakeSystem system;
    LogStore store(system, "/log.txt");
    SECTION("an entry is appended as its canonical line, which is returned") {
        CHECK(store.append(entry({20, 20, 18}, "towel slipped")).line ==
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

namespace {

core::Routine routine_of_two() {
    core::Routine routine;
    routine.exercises.push_back({"action2", "Prone row", {"prone-row"}, {}, {}, std::nullopt, {}});
    routine.exercises.push_back({"plank", "Plank", {}, {}, {}, std::nullopt, {}});
    routine.exercises.back().progression.unit = core::Unit::seconds;
    return routine;
}

} // namespace

TEST_CASE("log_store::LogStore::read skips and counts what it cannot read") {
    FakeSystem system;
    core::Routine routine = routine_of_two();
    system.files["/log.txt"] = "# a comment\n"
                               "2026-11-24T07:30:00+01:00 action2 20\n"
                               "2026-11-24x action2 20\n"
                               "2026-11-24T08:30:00+01:00 squat 20\n"
                               "2026-11-24T08:30:00+01:00 plank 20\n"
                               "2026-11-25T07:30:00+01:00 action2 21 21\n";
    LogStore store(system, "/log.txt");
    std::vector<std::string> ids;
    LogReading reading = store.read(routine, [&](const core::LogEntry& e) { ids.push_back(e.id); });
    CHECK(ids == std::vector<std::string>{"action2", "action2"});
    CHECK(reading.entries == 2);
    CHECK(reading.skipped == 3);
    std::vector<std::string> described;
    for (const Diagnostic& d : reading.described) {
        described.push_back(to_string(d));
    }
    // In check's words: an unknown exercise and the wrong unit are skipped and said too.
    CHECK(described ==
          std::vector<std::string>{
              "/log.txt:3:1: expected a date or time such as 2026-11-24, 2026-11-24T07:30 or "
              "2026-11-24T07:30:00+01:00, got '2026-11-24x'",
              "/log.txt:4:27: unknown exercise 'squat'",
              "/log.txt:5:27: plank counts seconds, not reps"});
    SECTION("past the first few, the rest are only counted") {
        for (int i = 0; i < 10; ++i) {
            system.files["/log.txt"] += "bad\n";
        }
        reading = store.read(routine, [](const core::LogEntry&) {});
        CHECK(reading.skipped == 13);
        CHECK(reading.described.size() == skipped_lines_described);
    }
    SECTION("no log yet is an empty log") {
        LogStore none(system, "/none.txt");
        reading = none.read(routine, [](const core::LogEntry&) { FAIL("an entry"); });
        CHECK(reading.missing);
        CHECK(reading.entries == 0);
    }
}

TEST_CASE("log_store::LogStore::read takes lines written by hand as their canonical lines") {
    FakeSystem system;
    system.utc_offset = 60;
    core::Routine routine = routine_of_two();
    LogStore store(system, "/log.txt");
    auto read_all = [&] {
        std::vector<std::string> lines;
        LogReading reading = store.read(
            routine, [&](const core::LogEntry& e) { lines.push_back(core::format_log_line(e)); });
        CHECK(reading.skipped == 0);
        return lines;
    };
    system.files["/log.txt"] = "\xEF\xBB\xBF" // a byte-order mark
                               "2026-11-28 Prone Row 20 20\r\n"
                               "2026-11-28T18:05 PLANK 45s\r\n"
                               "2026-11-29 07:30+02:00 prone-row 18 # on holiday\r\n";
    CHECK(read_all() == std::vector<std::string>{
                            "2026-11-28T12:00:00+01:00 action2 20 20",
                            "2026-11-28T18:05:00+01:00 plank 45s",
                            "2026-11-29T07:30:00+02:00 action2 18 # on holiday",
                        });
    SECTION("and they count exactly as the canonical lines do") {
        LogReading reading;
        core::LogHistory by_hand = store.history(routine, reading);
        system.files["/log.txt"] = "2026-11-28T12:00:00+01:00 action2 20 20\n"
                                   "2026-11-28T18:05:00+01:00 plank 45s\n"
                                   "2026-11-29T07:30:00+02:00 action2 18 # on holiday\n";
        core::LogHistory canonical = store.history(routine, reading);
        for (const char* id : {"action2", "plank"}) {
            CAPTURE(id);
            const core::Sessions& a = by_hand.sessions(id);
            const core::Sessions& b = canonical.sessions(id);
            REQUIRE(a.size() == b.size());
            for (auto i = a.begin(), j = b.begin(); i != a.end(); ++i, ++j) {
                CHECK(i->date == j->date);
                CHECK(i->sets == j->sets);
                CHECK(i->total == j->total);
            }
        }
        CHECK(by_hand.sessions("action2").size() == 2);
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
    }
    SECTION("the routine's lines make sessions; other exercises are skipped and said") {
        system.files["/log.txt"] = "2026-11-24T07:30:00+01:00 action2 20 18\n"
                                   "2026-11-24T08:30:00+01:00 action2 19\n"
                                   "2026-11-24T08:30:00+01:00 plank 30s\n";
        LogReading reading;
        core::LogHistory history = store.history(routine, reading);
        REQUIRE(history.sessions("action2").size() == 1);
        CHECK(history.sessions("action2").begin()->sets == 3);
        CHECK(history.sessions("action2").begin()->total == 57);
        CHECK(history.sessions("plank").empty());
        CHECK(reading.entries == 2);
        CHECK(reading.skipped == 1);
    }
}

TEST_CASE("log_store::LogStore::append makes only the default data directory") {
    FakeSystem system;
    AppendSettings settings{"/data/backplan", {}};
    SECTION("the log in the data directory: it is made") {
        LogStore store(system, "/data/backplan/log.txt", settings);
        store.append(entry({20}));
        CHECK(system.directories.contains("/data/backplan"));
        CHECK(system.files["/data/backplan/log.txt"] == "2026-11-24T07:30:00+01:00 action2 20\n");
    }
    SECTION("a log elsewhere, in a missing directory: nothing made, exit 73") {
        LogStore store(system, "/elsewhere/deep/log.txt", settings);
        CHECK_THROWS_WITH(store.append(entry({20})),
                          "/elsewhere/deep/log.txt: cannot open the log for appending: the "
                          "directory /elsewhere/deep does not exist");
        CHECK(system.directories == std::set<std::string>{"/"});
        CHECK(system.appends == 0);
    }
}

TEST_CASE("log_store::lock_wait") {
    Environment environment;
    CHECK(lock_wait(environment).limit == std::chrono::seconds(10));
    CHECK(lock_wait(environment).notice == std::chrono::seconds(1));
    environment.lock_timeout = "0";
    CHECK(lock_wait(environment).limit == std::chrono::seconds(0));
    environment.lock_timeout = "3600";
    CHECK(lock_wait(environment).limit == std::chrono::seconds(3600));
    for (const char* bad : {"3601", "-1", "1.5", "10s", " 5", "99999"}) {
        CAPTURE(bad);
        environment.lock_timeout = bad;
        CHECK_THROWS_WITH(lock_wait(environment),
                          std::string("BACKPLAN_LOCK_TIMEOUT: expected whole seconds from 0 to "
                                      "3600, got '") +
                              bad + "'");
    }
}

TEST_CASE("log_store::LogStore leaves out what the log's cancellations cancel") {
    FakeSystem system;
    core::Routine routine = routine_of_two();
    // A cancellation before its record (a log merged unsorted), one after, one written by hand
    // naming an instant with another offset, and one that names nothing.
    system.files["/log.txt"] = "2026-11-25T09:00:00+01:00 !undo 2026-11-25T07:30:00+01:00 action2\n"
                               "2026-11-24T07:30:00+01:00 action2 20 20\n"
                               "2026-11-24T07:40:00+01:00 action2 375\n"
                               "2026-11-24T07:41:00+01:00 !undo 2026-11-24T07:40:00+01:00 action2\n"
                               "2026-11-25T07:30:00+01:00 action2 21\n"
                               "2026-11-25T07:30:00+01:00 plank 30s\n"
                               "2026-11-26 !undo 2026-11-25 06:30Z plank\n"
                               "2026-11-26T07:00:00+01:00 !undo 2026-11-20T07:00:00+01:00 action2\n"
                               "2026-11-26T07:30:00+01:00 action2 22\n";
    LogStore store(system, "/log.txt");
    SECTION("read: every entry left is passed on; cancelled ones only to visit_cancelled") {
        std::vector<std::string> lines;
        std::vector<std::string> cancelled;
        LogReading reading = store.read(
            routine, [&](const core::LogEntry& e) { lines.push_back(core::format_log_line(e)); },
            [&](const core::LogEntry& e) { cancelled.push_back(core::format_log_line(e)); });
        CHECK(lines == std::vector<std::string>{"2026-11-24T07:30:00+01:00 action2 20 20",
                                                "2026-11-26T07:30:00+01:00 action2 22"});
        CHECK(cancelled == std::vector<std::string>{"2026-11-24T07:40:00+01:00 action2 375",
                                                    "2026-11-25T07:30:00+01:00 action2 21",
                                                    "2026-11-25T07:30:00+01:00 plank 30s"});
        CHECK(reading.entries == 5);
        CHECK(reading.cancelled == 3);
        CHECK(reading.skipped == 0);
    }
    SECTION("history: the sessions as if the cancelled entries had never been written") {
        LogReading reading;
        core::LogHistory history = store.history(routine, reading);
        REQUIRE(history.sessions("action2").size() == 2);
        CHECK(history.sessions("action2").begin()->sets == 2);
        CHECK(history.sessions("action2").begin()->best_set() == 20);
        CHECK(history.sessions("plank").empty());
        CHECK(reading.cancelled == 3);
    }
}
