#pragma once

// Times of day, durations and timestamps: the values of time the log and the options hold.

#include "core/date.hpp"
#include "core/error.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace backplan::core {

// A local date and time of day, without its UTC offset.
struct LocalTime {
    Date date;
    int seconds = 0; // since midnight, 0..86399
    bool operator==(const LocalTime&) const = default;
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

// parse_timestamp without the exception: false when text, the whole of it, is not a timestamp
// with a date in the range.
bool read_timestamp(std::string_view text, Timestamp& time);
// read_timestamp of a text whose first ten bytes are those of a timestamp read before, of date:
// the rest read alone.
bool read_timestamp_on(Date date, std::string_view text, Timestamp& time);
// The time of day of a timestamp's text (its bytes 10 to 18: "T" and "HH:MM:SS"), in seconds;
// false when they are not one. For a text whose date and offset are those of one read before.
bool read_time_of_day(std::string_view text, int& seconds);

// The local time of a date written alone, its time of day unknown: 12:00, the middle of the
// day (as --at takes a date alone too).
inline constexpr int date_alone_seconds = 12 * 3600;

// A time as a person writes it, in the log or after --at: a date, perhaps a time of day,
// perhaps an offset from UTC.
struct WrittenTime {
    LocalTime local;               // a date alone is at date_alone_seconds
    std::optional<int> utc_offset; // minutes east of UTC, when written
    bool operator==(const WrittenTime&) const = default;
};

// Reads the forms a time may be written in: YYYY-MM-DD alone; or followed by T or blanks and
// a time of day (parse_clock's forms), with an optional offset, Z or +hh:mm or -hh:mm (at most
// 14:59). std::nullopt when text is none of them; the date may be out of range.
std::optional<WrittenTime> read_written_time(std::string_view text);

// read_written_time, for a date in the range: the time, or a problem naming the forms, or
// saying that the date is out of range.
Parsed<WrittenTime> read_written_time_in_range(std::string_view text);

// read_written_time_in_range's time; throws ValueError with its problem.
WrittenTime parse_written_time(std::string_view text);

// A clock time, H:MM or HH:MM with optional :SS, 00:00 to 23:59:59, as seconds since midnight;
// std::nullopt for anything else. The one reader of clock times: --time, --at, the config's
// time and the log's times all take what it takes.
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
