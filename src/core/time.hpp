#pragma once

// Times of day, durations and timestamps: the values of time the log and the options hold.

#include "core/date.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace backplan::core {

// A local date and time of day, without its UTC offset.
struct LocalTime {
    Date date;
    int seconds = 0; // since midnight, 0..86399
};

// A moment as the log records it: a local date and time with its offset from UTC.
struct Timestamp {
    Date date;
    int seconds = 0;    // since local midnight, 0..86399
    int utc_offset = 0; // minutes east of UTC
    std::chrono::sys_seconds instant() const;
    bool operator==(const Timestamp&) const = default;
};

// The length of what format_timestamp writes.
inline constexpr std::size_t timestamp_length = 25;

// "2026-11-24T07:30:00+01:00".
std::string format_timestamp(const Timestamp& time);

// Writes format_timestamp(time)'s timestamp_length characters at `at`; returns the end.
char* write_timestamp(char* at, const Timestamp& time);

// Parses what format_timestamp writes, or the same with "Z" for +00:00; throws ValueError.
Timestamp parse_timestamp(std::string_view text);

// parse_timestamp without the exception: false when text, the whole of it, is not a timestamp.
bool read_timestamp(std::string_view text, Timestamp& time);

// A clock time, H:MM or HH:MM with optional :SS, 00:00 to 23:59:59, as seconds since midnight;
// std::nullopt for anything else. The one reader of clock times: --time, --at and the config's
// time all take what it takes.
std::optional<int> parse_clock(std::string_view text);

// Parses a time of day in whole minutes (parse_clock's forms, seconds :00 if given) into
// minutes since midnight; throws ValueError.
int parse_time_of_day(std::string_view text);

// Parses a duration such as 30m, 1h or 1h15m into minutes within [min, max]; throws ValueError
// naming the accepted forms and limits.
int parse_duration(std::string_view text, int min, int max);

// "30m", "1h" or "1h15m".
std::string format_duration(int minutes);

} // namespace backplan::core
