// Times and dates through the real binary: "now" from the instant (pinned with libfaketime), in
// real time zones (TZ, Debian's tzdata); --at exact or refused; one date range checked
// everywhere.
#include "support/run.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>

using namespace backplan::test;
using namespace std::chrono;

namespace {

sys_seconds utc(int y, unsigned m, unsigned d, int hour, int minute = 0) {
    return sys_days(year(y) / month(m) / day(d)) + hours(hour) + minutes(minute);
}

// The environment that runs backplan in the zone, its clock stopped at the instant.
std::map<std::string, std::string> pinned(const std::string& zone, sys_seconds instant) {
    return pinned_clock(zone, instant);
}

} // namespace

TEST_CASE("log: now is written from the instant, with the offset in force then") {
    Scratch scratch;
    struct Case {
        const char* zone;
        sys_seconds now;
        const char* line;
    };
    for (const Case& c : std::vector<Case>{
             // Both 01:10 of 2026-11-01 in New York: first EDT, then EST.
             {"America/New_York", utc(2026, 11, 1, 5, 10), "2026-11-01T01:10:00-04:00"},
             {"America/New_York", utc(2026, 11, 1, 6, 10), "2026-11-01T01:10:00-05:00"},
             // Both 02:10 of 2026-10-25 in Berlin.
             {"Europe/Berlin", utc(2026, 10, 25, 0, 10), "2026-10-25T02:10:00+02:00"},
             {"Europe/Berlin", utc(2026, 10, 25, 1, 10), "2026-10-25T02:10:00+01:00"},
             // Lord Howe's half-hour change: both 01:45 of 2026-04-05.
             {"Australia/Lord_Howe", utc(2026, 4, 4, 14, 45), "2026-04-05T01:45:00+11:00"},
             {"Australia/Lord_Howe", utc(2026, 4, 4, 15, 15), "2026-04-05T01:45:00+10:30"},
         }) {
        CAPTURE(c.zone, c.line);
        RunResult result =
            run_backplan({"log", "action1", "15", "--log", scratch.log}, pinned(c.zone, c.now));
        CHECK(result.status == 0);
        CHECK(result.out == std::string(c.line) + " action1 15\n");
        CHECK(result.err.empty());
    }
}

TEST_CASE("log --at: exact or refused") {
    Scratch scratch;
    auto log_at = [&](const std::string& zone, const std::string& at) {
        return run_backplan({"log", "action1", "15", "--at", at, "--log", scratch.log},
                            {{"TZ", zone}});
    };
    SECTION("a local time the clocks skip is refused, naming the change; nothing is written") {
        RunResult gap = log_at("America/New_York", "2026-03-08T02:30");
        CHECK(gap.status == 65);
        CHECK(gap.err == "backplan: error: --at: 2026-03-08T02:30 does not exist in "
                         "America/New_York: clocks went from 02:00 to 03:00\n");
        RunResult day = log_at("Pacific/Apia", "2011-12-30");
        CHECK(day.status == 65);
        CHECK(day.err == "backplan: error: --at: 2011-12-30T12:00 does not exist in Pacific/Apia: "
                         "clocks went from 00:00 to 2011-12-31T00:00\n");
        CHECK_FALSE(std::filesystem::exists(scratch.log));
    }
    SECTION("a repeated local time is the earlier instant in every zone, said, the offset shown") {
        struct Case {
            const char* zone;
            const char* at;
            const char* earlier;
            const char* later;
        };
        for (const Case& c : std::vector<Case>{
                 {"America/New_York", "2026-11-01T01:10", "2026-11-01T01:10:00-04:00",
                  "2026-11-01T01:10:00-05:00"},
                 {"Europe/Berlin", "2026-10-25 02:10", "2026-10-25T02:10:00+02:00",
                  "2026-10-25T02:10:00+01:00"},
                 {"Australia/Lord_Howe", "2026-04-05T01:45", "2026-04-05T01:45:00+11:00",
                  "2026-04-05T01:45:00+10:30"},
             }) {
            CAPTURE(c.zone);
            RunResult result = log_at(c.zone, c.at);
            CHECK(result.status == 0);
            CHECK(result.out == std::string(c.earlier) + " action1 15\n");
            std::string at = c.at;
            at[10] = 'T';
            CHECK(result.err == "backplan: warning: --at: " + at + " happens twice in " + c.zone +
                                    "; taking the earlier, " + c.earlier + " (the later is " +
                                    c.later + ")\n");
        }
    }
    SECTION("the log's own timestamps, with an offset or Z, are taken as written") {
        CHECK(log_at("America/New_York", "2026-11-26T07:30:00+01:00").out ==
              "2026-11-26T07:30:00+01:00 action1 15\n");
        CHECK(log_at("America/New_York", "2026-11-26T07:30:00Z").out ==
              "2026-11-26T07:30:00+00:00 action1 15\n");
        // The second 01:10 in New York, asked for by its offset.
        CHECK(log_at("America/New_York", "2026-11-01T01:10-05:00").out ==
              "2026-11-01T01:10:00-05:00 action1 15\n");
        // The instant of the first line: a record of action1 is there, so this one is the
        // next second (backplan-log(5), IDENTITY).
        RunResult same = log_at("Europe/Berlin", "2026-11-26 07:30");
        CHECK(same.out == "2026-11-26T07:30:01+01:00 action1 15\n");
        CHECK(same.err == "backplan: warning: the log holds a record of action1 at "
                          "2026-11-26T07:30:00+01:00 already; this one is at "
                          "2026-11-26T07:30:01+01:00, 1 s later\n");
        CHECK(log_at("Europe/Berlin", "2026-07-01").out ==
              "2026-07-01T12:00:00+02:00 action1 15\n");
    }
    SECTION("a date outside the range is a usage error") {
        RunResult result = log_at("UTC", "1969-12-28T12:00");
        CHECK(result.status == 64);
        CHECK(result.err == "backplan: error: --at: out of range: expected a date from 1969-12-29 "
                            "to 9999-12-31, got '1969-12-28T12:00'\n");
    }
}

TEST_CASE("the date range: every date read or computed is checked, none wraps") {
    Scratch scratch;
    std::string range = "out of range: expected a date from 1969-12-29 to 9999-12-31, got ";
    SECTION("--start, --since, --until and --date outside it: exit 64, out of range") {
        struct Case {
            std::vector<std::string> args;
            std::string err;
        };
        for (const Case& c : std::vector<Case>{
                 {{"generate", "--start", "1969-12-28"}, "--start: " + range + "'1969-12-28'"},
                 {{"report", "--since", "0000-01-01"}, "--since: " + range + "'0000-01-01'"},
                 {{"history", "--until", "1900-01-01"}, "--until: " + range + "'1900-01-01'"},
                 {{"why", "action1", "--date", "1969-01-01"}, "--date: " + range + "'1969-01-01'"},
                 {{"today", "--date", "1969-12-28"}, "--date: " + range + "'1969-12-28'"},
             }) {
            std::vector<std::string> args = c.args;
            args.insert(args.end(), {"--log", scratch.log});
            CAPTURE(args);
            RunResult result = run_backplan(args);
            CHECK(result.status == 64);
            CHECK(result.err == "backplan: error: " + c.err + "\n");
        }
    }
    SECTION("--start with --weeks past 9999-12-31: exit 64, never a wrapped date") {
        RunResult none = run_backplan({"generate", "--start", "9999-12-27", "--weeks", "104"});
        CHECK(none.status == 64);
        CHECK(none.err == "backplan: error: --start: out of range: a week from 9999-12-27 ends "
                          "after 9999-12-31, the last date backplan handles\n");
        RunResult some = run_backplan({"generate", "--start", "9999-10-04", "--weeks", "20"});
        CHECK(some.status == 64);
        CHECK(some.err == "backplan: error: --weeks: out of range: 20 weeks from 9999-10-04 end "
                          "after 9999-12-31, the last date backplan handles; at most 12 fit\n");
    }
    SECTION("the last week of the range, in every format that writes dates") {
        std::vector<std::string> args{"generate", "--start", "9999-12-25", "--weeks",
                                      "1",        "--fresh", "--log",      scratch.log};
        RunResult text = run_backplan(args);
        CHECK(text.status == 0);
        CHECK(text.out.find("\nWeek 1: 9999-12-25 to 9999-12-31\n") != std::string::npos);
        args.insert(args.end(), {"--format", "json"});
        RunResult json = run_backplan(args);
        CHECK(json.out.find("\"last\": \"9999-12-31\"") != std::string::npos);
        args.back() = "ics";
        RunResult ics = run_backplan(args, {{"SOURCE_DATE_EPOCH", "253402300799"}});
        CHECK(ics.status == 0);
        CHECK(ics.out.find("DTSTAMP:99991231T235959Z\r\n") != std::string::npos);
        CHECK(ics.out.find("DTSTART;VALUE=DATE:99991227\r\nDTEND;VALUE=DATE:99991228\r\n") !=
              std::string::npos);
        CHECK(ics.out.find("DTSTART;VALUE=DATE:99991231\r\nDURATION:P1D\r\n") != std::string::npos);
        CHECK(ics.out.find("0000") == std::string::npos);
    }
    SECTION("the week of 1970-01-01 starts in the range, on Monday 1969-12-29") {
        RunResult why =
            run_backplan({"why", "action1", "--date", "1970-01-01", "--log", scratch.log});
        CHECK(why.status == 0);
        CHECK(why.out.find("1969-12-29") != std::string::npos);
        RunResult today = run_backplan({"today", "--date", "9999-12-31", "--log", scratch.log});
        CHECK(today.status == 0);
        CHECK(today.out.find("10000") == std::string::npos);
        CHECK(today.out.find("0000-") == std::string::npos);
    }
    SECTION("a log line with a date outside it is skipped as out of range") {
        write_file(scratch.log, "1969-12-28T12:00:00+00:00 action1 15\n");
        RunResult result = run_backplan({"history", "--log", scratch.log});
        CHECK(result.status == 0);
        CHECK(result.out.empty());
        CHECK(result.err == "backplan: warning: " + scratch.log + ":1:1: " + range +
                                "'1969-12-28T12:00:00+00:00'\n");
    }
}

TEST_CASE("log --at a day: today's date is now and not the future - another day at its noon") {
    Scratch scratch;
    // 07:00 UTC on Wed 2026-10-28 is 08:00 in Berlin (+01:00 since 2026-10-25).
    auto log_at = [&](const std::string& at) {
        return run_backplan({"log", "action1", "15", "--at", at, "--log", scratch.log},
                            pinned("Europe/Berlin", utc(2026, 10, 28, 7)));
    };
    RunResult today = log_at("2026-10-28");
    CHECK(today.status == 0);
    CHECK(today.out == "2026-10-28T08:00:00+01:00 action1 15\n");
    CHECK(today.err.empty());
    RunResult monday = log_at("mon");
    CHECK(monday.status == 0);
    CHECK(monday.out == "2026-10-26T12:00:00+01:00 action1 15\n");
    CHECK(monday.err.empty());
    RunResult noon_ahead = log_at("fri");
    CHECK(noon_ahead.out == "2026-10-30T12:00:00+01:00 action1 15\n");
    CHECK(noon_ahead.err.find("in the future") != std::string::npos);
}
