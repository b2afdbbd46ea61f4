// When a log holds a record already (backplan-log(5), IDENTITY), worked out by hand.
#include "core/record_match.hpp"

#include <catch2/catch.hpp>

using namespace backplan::core;

namespace {

LogEntry line(const char* text) {
    LogEntry entry;
    parse_log_line(text, entry);
    return entry;
}

bool same(const char* a, const char* b) {
    LogEntry first = line(a);
    LogEntry second = line(b);
    bool result = same_record(first, second);
    // Records that are one hash alike, whichever way they are asked.
    CHECK(same_record(second, first) == result);
    if (result) {
        CHECK(record_hash(first) == record_hash(second));
    }
    return result;
}

} // namespace

TEST_CASE("record_match::same_record") {
    const char* sets = "2026-11-24T07:30:00+01:00 action2 20 18";
    SECTION("sets: the same instant, whatever its offset, with another note and pain") {
        CHECK(same(sets, "2026-11-24T06:30:00Z action2 20 18"));
        CHECK(same(sets, "2026-11-24T01:30:00-05:00 action2 20 18 pain=2 # phone"));
    }
    SECTION("sets: another second, exercise, amount, unit or count of sets") {
        CHECK_FALSE(same(sets, "2026-11-24T07:30:01+01:00 action2 20 18"));
        CHECK_FALSE(same(sets, "2026-11-24T07:30:00+00:00 action2 20 18"));
        CHECK_FALSE(same(sets, "2026-11-24T07:30:00+01:00 action1 20 18"));
        CHECK_FALSE(same(sets, "2026-11-24T07:30:00+01:00 action2 20 17"));
        CHECK_FALSE(same(sets, "2026-11-24T07:30:00+01:00 action2 20s 18s"));
        CHECK_FALSE(same(sets, "2026-11-24T07:30:00+01:00 action2 20 18 18"));
    }
    SECTION("a cancellation: the record it names, whenever it was written") {
        const char* undo = "2026-11-24T08:00:00+01:00 !undo 2026-11-24T07:30:00+01:00 action2";
        CHECK(same(undo, "2026-11-25T09:00:00+01:00 !undo 2026-11-24T06:30:00Z action2"));
        CHECK_FALSE(
            same(undo, "2026-11-24T08:00:00+01:00 !undo 2026-11-24T07:30:01+01:00 action2"));
        CHECK_FALSE(
            same(undo, "2026-11-24T08:00:00+01:00 !undo 2026-11-24T07:30:00+01:00 action1"));
        // The cancellation is not the record it names.
        CHECK_FALSE(same(undo, sets));
    }
    SECTION("a pause or a resume: the same instant and days") {
        const char* pause = "2026-11-30T09:00:00+01:00 !pause 2026-11-30 2026-12-13 # flu";
        CHECK(same(pause, "2026-11-30T08:00:00Z !pause 2026-11-30 2026-12-13"));
        CHECK_FALSE(same(pause, "2026-11-30T09:00:00+01:00 !pause 2026-11-30 2026-12-12"));
        CHECK_FALSE(same(pause, "2026-11-30T09:00:01+01:00 !pause 2026-11-30 2026-12-13"));
        CHECK_FALSE(same("2026-12-04T18:00:00+01:00 !resume 2026-12-04",
                         "2026-12-04T18:00:00+01:00 !resume 2026-12-05"));
        CHECK(same("2026-12-04T18:00:00+01:00 !resume 2026-12-04",
                   "2026-12-04T17:00:00+00:00 !resume 2026-12-04"));
    }
}

TEST_CASE("record_match::HeldRecords") {
    std::vector<LogEntry> asked = {
        line("2026-11-24T07:30:00+01:00 action2 20 18"),
        line("2026-11-24T07:35:00+01:00 action1 15"),
        line("2026-11-24T07:30:00+01:00 action2 20 18 # again, from the phone"),
        line("2026-11-24T08:00:00+01:00 !undo 2026-11-24T07:35:00+01:00 action1"),
    };
    HeldRecords held(asked);
    SECTION("a copy of a record asked before it is repeated; the first is not") {
        CHECK_FALSE(held.repeated(0));
        CHECK_FALSE(held.repeated(1));
        CHECK(held.repeated(2));
        CHECK_FALSE(held.repeated(3));
    }
    SECTION("what the log's lines are is held, and nothing else") {
        held.note(LineKind::entry, line("2026-11-24T06:30:00Z action2 20 18 # laptop"));
        held.note(LineKind::entry, line("2026-11-24T07:35:00+01:00 action1 16"));
        held.note(LineKind::blank, LogEntry());
        CHECK(held.held(0));
        CHECK_FALSE(held.held(1));
        CHECK_FALSE(held.held(3));
        held.note(LineKind::cancel,
                  line("2026-11-26T10:00:00+01:00 !undo 2026-11-24T07:35:00+01:00 action1"));
        CHECK(held.held(3));
        CHECK_FALSE(held.held(1));
    }
}
