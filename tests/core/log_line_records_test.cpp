// The log line codec's pause and resume records, and cancellations of them (backplan-log(5)):
// written, read back, written by hand, and refused with the column of the problem.
#include "core/log_line.hpp"
#include "problem_of.hpp"

#include <catch2/catch.hpp>

using namespace backplan;
using namespace backplan::core;
using backplan::test::problem_of;

namespace {

LogEntry pause_of(const char* time, const char* first, const char* last, const char* note = "") {
    LogEntry entry;
    entry.time = parse_timestamp(time);
    entry.id = pause_marker;
    entry.note = note;
    entry.days = DaySpan{parse_date(first), parse_date(last)};
    return entry;
}

LogEntry resume_of(const char* time, const char* day, const char* note = "") {
    LogEntry entry;
    entry.time = parse_timestamp(time);
    entry.id = resume_marker;
    entry.note = note;
    entry.days = DaySpan{parse_date(day), parse_date(day)};
    return entry;
}

LogEntry undo_of(const char* time, const char* record_time, std::string_view marker,
                 const char* note = "") {
    LogEntry entry;
    entry.time = parse_timestamp(time);
    entry.id = marker;
    entry.note = note;
    entry.cancels = parse_timestamp(record_time);
    return entry;
}

// The canonical line of a hand-written one, read in a zone one hour east of UTC.
std::string canonical(std::string_view line, LineKind kind) {
    LogEntry entry;
    REQUIRE(parse_log_line(line, entry, {nullptr, fixed_offset_zone(60)}) == kind);
    return format_log_line(entry);
}

using Problem = std::pair<int, std::string>;

} // namespace

TEST_CASE("log_line::format_log_line and parse_log_line read and write pauses and resumes") {
    struct Sample {
        LogEntry entry;
        std::string line;
        LineKind kind;
    };
    std::vector<Sample> samples{
        {pause_of("2026-11-30T09:00:00+01:00", "2026-11-30", "2026-12-13", "flu"),
         "2026-11-30T09:00:00+01:00 !pause 2026-11-30 2026-12-13 # flu", LineKind::pause},
        {pause_of("2026-11-20T23:59:59-09:30", "2026-12-24", "2026-12-24"),
         "2026-11-20T23:59:59-09:30 !pause 2026-12-24 2026-12-24", LineKind::pause},
        {resume_of("2026-12-04T18:00:00+01:00", "2026-12-04"),
         "2026-12-04T18:00:00+01:00 !resume 2026-12-04", LineKind::resume},
        {resume_of("2026-12-04T18:00:00+00:00", "2026-12-05", "better; # back tomorrow"),
         "2026-12-04T18:00:00+00:00 !resume 2026-12-05 # better; # back tomorrow",
         LineKind::resume},
        {undo_of("2026-12-01T08:00:00+01:00", "2026-11-30T09:00:00+01:00", pause_marker),
         "2026-12-01T08:00:00+01:00 !undo 2026-11-30T09:00:00+01:00 !pause", LineKind::cancel},
        {undo_of("2026-12-05T08:00:00+01:00", "2026-12-04T18:00:00+01:00", resume_marker,
                 "still ill"),
         "2026-12-05T08:00:00+01:00 !undo 2026-12-04T18:00:00+01:00 !resume # still ill",
         LineKind::cancel},
    };
    SECTION("round-trip: the line written, read back as the same record and kind") {
        for (const Sample& sample : samples) {
            CAPTURE(sample.line);
            CHECK(format_log_line(sample.entry) == sample.line);
            CHECK(kind_of(sample.entry) == sample.kind);
            LogEntry entry;
            CHECK(parse_log_line(sample.line, entry) == sample.kind);
            CHECK(entry == sample.entry);
        }
    }
    SECTION("not the fast path's: a reader that predates them reports the line") {
        for (const Sample& sample : samples) {
            CAPTURE(sample.line);
            LogEntry entry;
            CHECK_FALSE(parse_canonical_log_line(sample.line, entry));
        }
    }
    SECTION("one entry read again and again is each line's record, nothing of the last left") {
        LogEntry entry;
        for (int round = 0; round < 2; ++round) {
            for (const Sample& sample : samples) {
                CAPTURE(sample.line);
                REQUIRE(parse_log_line(sample.line, entry) == sample.kind);
                CHECK(entry == sample.entry);
            }
            CHECK(parse_log_line("2026-11-24T07:30:00+01:00 action2 20 pain=2", entry) ==
                  LineKind::entry);
            CHECK_FALSE(entry.days);
            CHECK_FALSE(entry.cancels);
            CHECK(entry.id == "action2");
            CHECK(parse_log_line("2026-11-24T07:30:00+01:00 !pause 2026-11-24 2026-11-25", entry) ==
                  LineKind::pause);
            CHECK(entry.amounts.empty());
            CHECK_FALSE(entry.pain);
            CHECK(entry.note.empty());
        }
    }
}

TEST_CASE("log_line::parse_log_line reads hand-written pauses as their canonical line") {
    SECTION("tabs and runs of blanks, a time without seconds or offset, a trailing CR") {
        CHECK(canonical("2026-11-30 09:00\t!pause\t2026-11-30   2026-12-13\t#   flu  \r",
                        LineKind::pause) ==
              "2026-11-30T09:00:00+01:00 !pause 2026-11-30 2026-12-13 # flu");
        CHECK(canonical("  2026-12-04T18:00 !resume  2026-12-04 #better", LineKind::resume) ==
              "2026-12-04T18:00:00+01:00 !resume 2026-12-04 # better");
        CHECK(canonical("2026-12-01 08:00 !undo 2026-11-30 09:00\t!pause", LineKind::cancel) ==
              "2026-12-01T08:00:00+01:00 !undo 2026-11-30T09:00:00+01:00 !pause");
        CHECK(canonical("2026-12-05T08:00:00Z !undo 2026-12-04T18:00 !resume", LineKind::cancel) ==
              "2026-12-05T08:00:00+00:00 !undo 2026-12-04T18:00:00+01:00 !resume");
    }
    SECTION("a date alone is noon, local time") {
        CHECK(canonical("2026-11-30 !pause 2026-11-30 2026-12-13", LineKind::pause) ==
              "2026-11-30T12:00:00+01:00 !pause 2026-11-30 2026-12-13");
    }
    SECTION("without a time zone, a time without an offset is refused") {
        CHECK(problem_of("2026-11-30T09:00 !pause 2026-11-30 2026-12-13") ==
              Problem{1, "expected a time with its offset from UTC, got '2026-11-30T09:00'"});
    }
}

TEST_CASE("log_line::parse_log_line refuses a bad pause or resume, saying where") {
    // The time is 25 characters: the marker is at column 27.
    std::string at = "2026-11-30T09:00:00+01:00 ";
    SECTION("the days of a pause") {
        CHECK(problem_of(at + "!pause 2026-12-13 2026-11-30") ==
              Problem{45, "the pause ends (2026-11-30) before it starts (2026-12-13)"});
        CHECK(problem_of(at + "!pause") ==
              Problem{33, "expected the first day of the pause (YYYY-MM-DD)"});
        CHECK(problem_of(at + "!pause # flu") ==
              Problem{34, "expected the first day of the pause (YYYY-MM-DD)"});
        CHECK(problem_of(at + "!pause 2026-11-30") ==
              Problem{44, "expected the last day of the pause (YYYY-MM-DD)"});
        CHECK(problem_of(at + "!pause 2026-11-30 # flu") ==
              Problem{45, "expected the last day of the pause (YYYY-MM-DD)"});
        CHECK(problem_of(at + "!pause 2026-11-31 2026-12-13") ==
              Problem{34, "expected a date as YYYY-MM-DD, got '2026-11-31'"});
        CHECK(problem_of(at + "!pause 2026-11-30 2026-12-13T08:00") ==
              Problem{45, "expected a date as YYYY-MM-DD, got '2026-12-13T08:00'"});
        CHECK(problem_of(at + "!pause 2026-11-30 2026-12-13 2026-12-20") ==
              Problem{56, "expected the end of the line or a # note after the last day of the "
                          "pause"});
        CHECK(problem_of(at + "!pause 2026-11-30 2026-12-13 pain=2") ==
              Problem{56, "pain goes with a line of sets, not with a pause"});
    }
    SECTION("the day of a resume") {
        CHECK(problem_of(at + "!resume") ==
              Problem{34, "expected the day the pause ends on (YYYY-MM-DD)"});
        CHECK(problem_of(at + "!resume 04-12-2026") ==
              Problem{35, "expected a date as YYYY-MM-DD, got '04-12-2026'"});
        CHECK(problem_of(at + "!resume 2026-12-04 2026-12-05") ==
              Problem{46, "expected the end of the line or a # note after the day"});
        CHECK(problem_of(at + "!resume 2026-12-04 pain=3 # sore") ==
              Problem{46, "pain goes with a line of sets, not with a resume"});
    }
    SECTION("a marker that is none of the three, in any case") {
        for (const char* marker : {"!Pause", "!pauses", "!resumed", "!"}) {
            CAPTURE(marker);
            CHECK(problem_of(at + marker + " 2026-11-30 2026-12-13") ==
                  Problem{27, "unknown kind of record '" + std::string(marker) +
                                  "'; expected '!undo', '!pause' or '!resume'"});
        }
    }
    SECTION("a cancellation of a pause or a resume") {
        std::string undo = at + "!undo 2026-11-29T09:00:00+01:00 ";
        // The marker at column 59, the end of it at 65.
        CHECK(problem_of(undo + "!pause pain=2") ==
              Problem{66, "pain goes with a line of sets, not with a cancellation"});
        // A cancellation names the record, not its days: they are not copied after it.
        CHECK(problem_of(undo + "!pause 2026-11-30 2026-12-13") ==
              Problem{66, "expected the end of the line or a # note after the kind of record"});
        CHECK(problem_of(undo + "!resume 2026-12-04") ==
              Problem{67, "expected the end of the line or a # note after the kind of record"});
    }
    SECTION("nothing of a refused line is taken: the entry is read again from the next line") {
        LogEntry entry;
        CHECK_THROWS_AS(parse_log_line(at + "!pause 2026-12-13 2026-11-30", entry), LogLineError);
        CHECK(parse_log_line(at + "!resume 2026-12-04", entry) == LineKind::resume);
        CHECK(entry == resume_of("2026-11-30T09:00:00+01:00", "2026-12-04"));
    }
}
