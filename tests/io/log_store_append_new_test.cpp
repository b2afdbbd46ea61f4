// LogStore::append_new: what import and merge append, in-process on the fake System. Each batch
// is written in one append or not at all, and what the log holds already is left out.
#include "core/error.hpp"
#include "io/store/log_store.hpp"
#include "support/fake_system.hpp"

#include <catch2/catch.hpp>

using namespace backplan;
using namespace backplan::io;
using backplan::test::FakeSystem;

namespace {

core::LogEntry line(const char* text) {
    core::LogEntry entry;
    core::parse_log_line(text, entry);
    return entry;
}

const char* const log_text = "2026-11-24T07:30:00+01:00 action2 20 18\n"
                             "2026-11-24T07:35:00+01:00 action1 15 15\n";

bool data_error(const Error& error) {
    return error.code() == ExitCode::data;
}

} // namespace

TEST_CASE("log_store::LogStore::append_new leaves out what the log holds already") {
    FakeSystem system;
    system.files["/log.txt"] = log_text;
    LogStore store(system, "/log.txt");
    std::vector<core::LogEntry> batch = {
        // The first line of the log, its time in UTC and with a note: held already.
        line("2026-11-24T06:30:00Z action2 20 18 # phone"),
        line("2026-11-26T07:30:00+01:00 action2 20 20"),
        // A copy of the one before, given twice.
        line("2026-11-26T07:30:00+01:00 action2 20 20"),
        line("2026-11-26T08:00:00+01:00 !undo 2026-11-24T07:35:00+01:00 action1"),
    };
    AppendedNew appended = store.append_new(batch);
    CHECK(appended.already == 1);
    CHECK(appended.repeated == 1);
    REQUIRE(appended.written.size() == 2);
    CHECK(appended.written[0].line == "2026-11-26T07:30:00+01:00 action2 20 20");
    CHECK(appended.written[1].line ==
          "2026-11-26T08:00:00+01:00 !undo 2026-11-24T07:35:00+01:00 action1");
    CHECK(system.appends == 1);
    std::string merged = std::string(log_text) +
                         "2026-11-26T07:30:00+01:00 action2 20 20\n"
                         "2026-11-26T08:00:00+01:00 !undo 2026-11-24T07:35:00+01:00 action1\n";
    CHECK(system.files["/log.txt"] == merged);

    SECTION("the same batch again adds nothing, and writes nothing") {
        AppendedNew again = store.append_new(batch);
        CHECK(again.written.empty());
        CHECK(again.already == 3);
        CHECK(again.repeated == 1);
        CHECK(system.appends == 1);
        CHECK(system.files["/log.txt"] == merged);
    }
    SECTION("a record cancelled in the log is still held: it does not come back") {
        AppendedNew again = store.append_new({line("2026-11-24T07:35:00+01:00 action1 15 15")});
        CHECK(again.written.empty());
        CHECK(again.already == 1);
    }
}

TEST_CASE("log_store::LogStore::append_new writes in time order, in one append") {
    FakeSystem system;
    LogStore store(system, "/log.txt");
    AppendedNew appended = store.append_new({
        line("2026-11-26T07:30:00+01:00 action1 15"),
        line("2026-11-30T09:00:00+01:00 !pause 2026-11-30 2026-12-06"),
        // After the first by its instant (12:00 UTC), though not by its local time.
        line("2026-11-26T07:00:00-05:00 action2 20"),
        line("2026-11-24T07:30:00+01:00 action2 18"),
    });
    CHECK(system.appends == 1);
    CHECK(system.files["/log.txt"] == "2026-11-24T07:30:00+01:00 action2 18\n"
                                      "2026-11-26T07:30:00+01:00 action1 15\n"
                                      "2026-11-26T07:00:00-05:00 action2 20\n"
                                      "2026-11-30T09:00:00+01:00 !pause 2026-11-30 2026-12-06\n");
    CHECK(appended.written.size() == 4);
    CHECK(appended.already == 0);
}

TEST_CASE("log_store::LogStore::append_new moves a record whose time is taken") {
    FakeSystem system;
    system.files["/log.txt"] = log_text;
    LogStore store(system, "/log.txt");
    // Two other records of action2 at the log's 07:30:00: 07:30:01, then 07:30:02.
    AppendedNew appended = store.append_new({line("2026-11-24T07:30:00+01:00 action2 17"),
                                             line("2026-11-24T07:30:00+01:00 action2 16")});
    REQUIRE(appended.written.size() == 2);
    CHECK(appended.written[0].line == "2026-11-24T07:30:01+01:00 action2 17");
    CHECK(appended.written[1].line == "2026-11-24T07:30:02+01:00 action2 16");
    CHECK(appended.written[1].moved_from == core::parse_timestamp("2026-11-24T07:30:00+01:00"));
}

TEST_CASE("log_store::LogStore::append_new writes all or none") {
    FakeSystem system;
    system.files["/log.txt"] = log_text;
    LogStore store(system, "/log.txt");
    core::LogEntry good = line("2026-11-25T07:30:00+01:00 action2 20");
    SECTION("a record that would not read back refuses the batch, before the lock") {
        core::LogEntry bad = line("2026-11-25T07:35:00+01:00 action1 20");
        bad.note = "two\nlines";
        CHECK_THROWS_MATCHES(store.append_new({good, bad}), Error,
                             Catch::Matchers::Predicate<Error>(data_error));
    }
    SECTION("a record with no free second left in its day refuses the batch") {
        system.files["/log.txt"] += "2026-11-25T23:59:59+01:00 action2 10\n";
        CHECK_THROWS_WITH(store.append_new({good, line("2026-11-25T23:59:59+01:00 action2 9")}),
                          "/log.txt: every second from 2026-11-25T23:59:59+01:00 to the end of "
                          "that day holds a record of action2 already; give another time");
        CHECK(system.files["/log.txt"] ==
              std::string(log_text) + "2026-11-25T23:59:59+01:00 action2 10\n");
    }
    SECTION("a lock not had writes nothing") {
        system.locked_for = 1;
        CHECK_THROWS(store.append_new({good}));
    }
    CHECK(system.appends == 0);
    CHECK(system.files["/log.txt"].starts_with(log_text));
    CHECK(system.files["/log.txt"].find("2026-11-25T07:30") == std::string::npos);
}

TEST_CASE("log_store::LogStore::append_new reads the log's names with the routine") {
    FakeSystem system;
    system.files["/log.txt"] = "2026-11-24 07:30 Prone row 20 18\n";
    core::Routine routine;
    routine.exercises.push_back({"action2", "Prone row", {}, {}, {}, std::nullopt, {}});
    system.utc_offset = 60;
    LogStore store(system, "/log.txt");
    AppendedNew appended =
        store.append_new({line("2026-11-24T07:30:00+01:00 action2 20 18")}, &routine);
    CHECK(appended.already == 1);
    CHECK(system.appends == 0);
}

TEST_CASE("log_store::LogStore::new_records tells what append_new would write") {
    FakeSystem system;
    system.files["/log.txt"] = log_text;
    LogStore store(system, "/log.txt");
    std::vector<core::LogEntry> batch = {line("2026-11-24T07:30:00+01:00 action2 20 18"),
                                         line("2026-11-24T07:30:00+01:00 action2 17")};
    AppendedNew planned = store.new_records(batch);
    CHECK(system.files["/log.txt"] == log_text);
    CHECK(system.appends == 0);
    CHECK(planned.already == 1);
    REQUIRE(planned.written.size() == 1);
    CHECK(planned.written[0].line == "2026-11-24T07:30:01+01:00 action2 17");
    CHECK(store.append_new(batch).written[0].line == planned.written[0].line);
    SECTION("no log yet is an empty one") {
        LogStore none(system, "/none.txt");
        CHECK(none.new_records(batch).written.size() == 2);
        CHECK_FALSE(system.exists("/none.txt"));
    }
}
