#include "core/cancellations.hpp"

#include <catch2/catch.hpp>

using namespace backplan::core;

namespace {

LogEntry cancellation(const char* record_time, const char* id) {
    LogEntry entry;
    entry.time = parse_timestamp("2026-11-30T08:00:00+01:00");
    entry.id = id;
    entry.cancels = parse_timestamp(record_time);
    return entry;
}

LogEntry record(const char* time, const char* id, std::vector<int> amounts) {
    LogEntry entry;
    entry.time = parse_timestamp(time);
    entry.id = id;
    entry.amounts = std::move(amounts);
    return entry;
}

// Which of the lines are cancelled records, as "c" (cancelled), "r" (a record counted) or "x"
// (a cancellation), for a log of the lines in that order.
std::string reading(const std::vector<LogEntry>& lines) {
    Cancellations cancellations;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].cancels) {
            cancellations.add(lines[i], i + 1);
        }
    }
    CancelledRecords cancelled(cancellations);
    std::string seen;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        seen += lines[i].cancels ? "x" : cancelled.cancelled(lines[i], i + 1) ? "c" : "r";
    }
    return seen;
}

} // namespace

TEST_CASE("cancellations::Cancellations") {
    Cancellations cancellations;
    CHECK(cancellations.empty());
    cancellations.add(cancellation("2026-11-24T07:30:00+01:00", "action2"), 3);
    cancellations.add(cancellation("2026-11-24T07:30:00+01:00", "action2"), 7); // the same one
    cancellations.add(cancellation("2026-11-24T07:30:00+01:00", "action3"), 5);
    CHECK(cancellations.size() == 2);
    SECTION("a record is named by its exercise and its instant, whatever the offset") {
        CHECK(cancellations.names(parse_timestamp("2026-11-24T07:30:00+01:00"), "action2"));
        CHECK(cancellations.names(parse_timestamp("2026-11-24T06:30:00+00:00"), "action2"));
        CHECK(cancellations.names(parse_timestamp("2026-11-24T01:30:00-05:00"), "action3"));
    }
    SECTION("another exercise, or another second, is another record") {
        CHECK_FALSE(cancellations.names(parse_timestamp("2026-11-24T07:30:00+01:00"), "action1"));
        CHECK_FALSE(cancellations.names(parse_timestamp("2026-11-24T07:30:01+01:00"), "action2"));
        CHECK_FALSE(cancellations.names(parse_timestamp("2026-11-24T07:30:00+00:00"), "action2"));
    }
    SECTION("the last line of the cancellations of one record is kept") {
        CHECK(cancellations.find(parse_timestamp("2026-11-24T07:30:00+01:00"), "action2")
                  ->last_line == 7);
        CHECK(cancellations.find(parse_timestamp("2026-11-24T07:30:00+01:00"), "action3")
                  ->last_line == 5);
    }
}

TEST_CASE("cancellations::CancelledRecords") {
    const char* t = "2026-11-24T12:00:00+00:00";
    LogEntry typo = record(t, "action2", {375});
    LogEntry fixed = record(t, "action2", {37});
    LogEntry undo = cancellation(t, "action2");
    SECTION("a record before its cancellation is cancelled, one after it is a new record") {
        // The README's "375 for 37?", as a backplan that wrote both at 12:00 left it.
        CHECK(reading({typo, undo, fixed}) == "cxr");
    }
    SECTION("a copy of a cancelled record is cancelled with it, wherever it stands") {
        CHECK(reading({typo, undo, typo}) == "cxc");
        CHECK(reading({typo, typo, undo}) == "ccx");
        CHECK(reading({typo, undo, fixed, typo}) == "cxrc");
    }
    SECTION("a cancellation that a sort put first still cancels its record") {
        CHECK(reading({undo, typo}) == "xc");
        CHECK(reading({undo, typo, typo}) == "xcc");
    }
    SECTION("a second cancellation takes back the record logged after the first") {
        CHECK(reading({typo, undo, fixed, undo}) == "cxcx");
    }
    SECTION("records of another exercise or another second stand") {
        LogEntry other = record(t, "action3", {20});
        LogEntry later = record("2026-11-24T12:00:01+00:00", "action2", {37});
        CHECK(reading({typo, other, later, undo}) == "crrx");
    }
    SECTION("records of one identity written before identities were unique: all before it") {
        LogEntry first = record(t, "action2", {20, 20});
        LogEntry second = record(t, "action2", {15});
        CHECK(reading({first, second, undo}) == "ccx");
    }
}

TEST_CASE("cancellations::record_content") {
    LogEntry a = record("2026-11-24T12:00:00+00:00", "action2", {20, 20});
    LogEntry b = a;
    b.time = parse_timestamp("2026-11-24T13:00:00+01:00"); // the same instant, written otherwise
    CHECK(record_content(a) == record_content(b));
    b.amounts = {20, 21};
    CHECK(record_content(a) != record_content(b));
    b = a;
    b.pain = 0;
    CHECK(record_content(a) != record_content(b));
    b = a;
    b.note = "x";
    CHECK(record_content(a) != record_content(b));
    b = a;
    b.unit = Unit::seconds;
    CHECK(record_content(a) != record_content(b));
}
