// Time in real time zones (Debian's tzdata, through TZ): now as a timestamp from the instant,
// and local times placed by the real System, across daylight-saving changes.
#include "core/log_line.hpp"
#include "io/system/clock.hpp"
#include "io/system/posix_system.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <ctime>
#include <filesystem>

using namespace backplan;
using namespace backplan::io;
using namespace std::chrono;

namespace {

// Sets TZ for this process (and the C library) while it lives.
class Zone {
  public:
    explicit Zone(const std::string& name) {
        REQUIRE(std::filesystem::exists("/usr/share/zoneinfo/" + name)); // tzdata, scripts/setup
        const char* old = std::getenv("TZ");
        m_old = old == nullptr ? std::nullopt : std::optional<std::string>(old);
        ::setenv("TZ", name.c_str(), 1);
        ::tzset();
    }
    ~Zone() {
        if (m_old) {
            ::setenv("TZ", m_old->c_str(), 1);
        } else {
            ::unsetenv("TZ");
        }
        ::tzset();
    }

  private:
    std::optional<std::string> m_old;
};

sys_seconds utc(const char* date, int hour, int minute = 0) {
    return sys_days(core::parse_date(date)) + hours(hour) + minutes(minute);
}

core::LocalTime local(const char* date, int hour, int minute = 0) {
    return {core::parse_date(date), hour * 3600 + minute * 60};
}

// A System whose clock is pinned; the time zone is the real one.
class PinnedClock : public PosixSystem {
  public:
    explicit PinnedClock(sys_seconds now) : m_now(now) {}
    sys_seconds now() const override { return m_now; }

  private:
    sys_seconds m_now;
};

// The offset in force at the instant as the C library says, in seconds.
long offset_of(sys_seconds instant) {
    std::time_t when = static_cast<std::time_t>(instant.time_since_epoch().count());
    std::tm tm{};
    ::localtime_r(&when, &tm);
    return tm.tm_gmtoff;
}

} // namespace

TEST_CASE("clock::timestamp_now takes the offset of the instant, in the repeated hour too") {
    struct Case {
        const char* zone;
        sys_seconds now;
        const char* expected;
    };
    for (const Case& c : std::vector<Case>{
             // The first and the second 01:10 of 2026-11-01 in New York.
             {"America/New_York", utc("2026-11-01", 5, 10), "2026-11-01T01:10:00-04:00"},
             {"America/New_York", utc("2026-11-01", 6, 10), "2026-11-01T01:10:00-05:00"},
             // Berlin's two 02:10 of 2026-10-25.
             {"Europe/Berlin", utc("2026-10-25", 0, 10), "2026-10-25T02:10:00+02:00"},
             {"Europe/Berlin", utc("2026-10-25", 1, 10), "2026-10-25T02:10:00+01:00"},
             // Lord Howe goes back half an hour, from 02:00 +11:00 to 01:30 +10:30.
             {"Australia/Lord_Howe", utc("2026-04-04", 14, 45), "2026-04-05T01:45:00+11:00"},
             {"Australia/Lord_Howe", utc("2026-04-04", 15, 15), "2026-04-05T01:45:00+10:30"},
             // Monrovia's offset had seconds until 1972: rounded, the instant kept.
             {"Africa/Monrovia", sys_seconds(utc("1971-06-01", 12, 44) + seconds(30)),
              "1971-06-01T11:59:30-00:45"},
         }) {
        CAPTURE(c.zone, c.expected);
        Zone zone(c.zone);
        PinnedClock system(c.now);
        core::Timestamp now = timestamp_now(system);
        CHECK(core::format_timestamp(now) == c.expected);
        CHECK(now.instant() == c.now);
    }
}

TEST_CASE("clock::PosixSystem::resolve_local_time in real zones") {
    auto written = [](const char* zone_name, core::LocalTime time) {
        Zone zone(zone_name);
        core::LocalResolution resolution = PosixSystem().resolve_local_time(time);
        return core::format_timestamp(core::resolved_timestamp(time, resolution));
    };
    CHECK(written("America/New_York", local("2026-11-01", 1, 10)) == "2026-11-01T01:10:00-04:00");
    CHECK(written("Europe/Berlin", local("2026-10-25", 2, 10)) == "2026-10-25T02:10:00+02:00");
    CHECK(written("Australia/Lord_Howe", local("2026-04-05", 1, 45)) ==
          "2026-04-05T01:45:00+11:00");
    CHECK(written("Europe/Berlin", local("2026-07-01", 12)) == "2026-07-01T12:00:00+02:00");
    CHECK_THROWS_WITH(written("America/New_York", local("2026-03-08", 2, 30)),
                      "2026-03-08T02:30 does not exist in America/New_York: clocks went from "
                      "02:00 to 03:00");
    CHECK_THROWS_WITH(written("Pacific/Apia", local("2011-12-30", 12)),
                      "2011-12-30T12:00 does not exist in Pacific/Apia: clocks went from 00:00 to "
                      "2011-12-31T00:00");
    CHECK_THROWS_WITH(written("Australia/Lord_Howe", local("2026-10-04", 2, 15)),
                      "2026-10-04T02:15 does not exist in Australia/Lord_Howe: clocks went from "
                      "02:00 to 02:30");
}

TEST_CASE("clock: every timestamp backplan writes reads back as the same instant, in ten zones") {
    // Zones with every kind of change: one hour, half an hour (Lord Howe), two hours (Troll),
    // a whole day (Apia), offsets of :30 and :45 (St John's, Kathmandu, Chatham), negative
    // daylight saving (Dublin), an offset with seconds (Monrovia until 1972).
    const std::vector<std::string> zones{
        "America/New_York", "Europe/Berlin",  "Australia/Lord_Howe", "Pacific/Apia",
        "America/St_Johns", "Asia/Kathmandu", "Pacific/Chatham",     "Africa/Monrovia",
        "Antarctica/Troll", "Europe/Dublin"};
    for (const std::string& name : zones) {
        CAPTURE(name);
        Zone zone(name);
        PosixSystem system;
        int changes = 0;
        for (const char* year :
             {"1971-01-01", "1972-01-01", "1985-01-01", "2011-01-01", "2026-01-01"}) {
            sys_seconds start = sys_days(core::parse_date(year));
            for (sys_seconds hour = start; hour < start + days(366); hour += hours(1)) {
                if (offset_of(hour) == offset_of(hour + hours(1))) {
                    continue;
                }
                ++changes;
                // Around each change, every 5 minutes and some odd seconds for 4 hours.
                for (seconds at = -hours(1); at <= hours(3); at += seconds(299)) {
                    sys_seconds instant = hour + at;
                    // What `log` writes for now, read back as the log reads it.
                    core::Timestamp now = system.local_time(instant);
                    std::string line =
                        core::format_log_line({now, "a", core::Unit::reps, {1}, "", {}, {}});
                    core::LogEntry entry;
                    REQUIRE(core::parse_log_line(line, entry) == core::LineKind::entry);
                    CAPTURE(line);
                    CHECK(entry.time.instant() == instant);
                    // What --at and a hand-written line make of that local time: one of its
                    // instants, which also reads back as itself.
                    core::LocalTime wall{now.date, now.seconds};
                    core::LocalResolution resolution = system.resolve_local_time(wall);
                    REQUIRE(resolution.kind != core::LocalResolution::Kind::skipped);
                    core::Timestamp resolved = resolution.time;
                    CHECK(core::parse_timestamp(core::format_timestamp(resolved)).instant() ==
                          resolved.instant());
                    CHECK(system.local_time(resolved.instant()) == resolved);
                    bool earlier = resolved.instant() == instant;
                    bool later = resolution.kind == core::LocalResolution::Kind::repeated &&
                                 resolution.later.instant() == instant;
                    // An offset with seconds moves the clock by up to 30 s from the zone's.
                    bool rounded = offset_of(instant) % 60 != 0;
                    CHECK((earlier || later || rounded));
                }
            }
        }
        CHECK(changes > 0);
    }
}
