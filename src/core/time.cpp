#include "core/time.hpp"

#include "core/error.hpp"
#include "core/text.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>

namespace backplan::core {
namespace {

char* write_two_digits(char* at, int value) {
    at[0] = static_cast<char>('0' + value / 10);
    at[1] = static_cast<char>('0' + value % 10);
    return at + 2;
}

// The eight bytes at p, the first in the lowest byte.
std::uint64_t eight_bytes(const char* p) {
    std::uint64_t bytes = 0;
    if constexpr (std::endian::native == std::endian::little) {
        std::memcpy(&bytes, p, sizeof bytes);
    } else {
        for (int i = 7; i >= 0; --i) {
            bytes = bytes << 8 | static_cast<unsigned char>(p[i]);
        }
    }
    return bytes;
}

// Eight bytes of a timestamp: a digit where the text has '0', its own byte elsewhere.
struct Pattern {
    std::uint64_t bytes = 0;  // the text's
    std::uint64_t digits = 0; // 0xFF in each digit's place
    constexpr explicit Pattern(const char (&text)[9]) {
        for (int i = 7; i >= 0; --i) {
            bytes = bytes << 8 | static_cast<unsigned char>(text[i]);
            digits = digits << 8 | (text[i] == '0' ? 0xFF : 0);
        }
    }
};

constexpr Pattern date_part("0000-00-"), day_part("00T00:00"), clock_part("00:00:00");

// True when the eight bytes at p match the pattern, all at once: adding 6 to a digit keeps its
// high half 3, adding it to any of ':' to '?' makes it 4.
bool matches(const char* p, const Pattern& pattern) {
    constexpr std::uint64_t high = 0xF0F0F0F0F0F0F0F0, threes = 0x3030303030303030,
                            sixes = 0x0606060606060606;
    std::uint64_t bytes = eight_bytes(p), digits = bytes & pattern.digits;
    return (bytes & ~pattern.digits) == (pattern.bytes & ~pattern.digits) &&
           (digits & high) == (threes & pattern.digits) &&
           ((digits + (sixes & pattern.digits)) & high) == (threes & pattern.digits);
}

// The number the two digits at p write.
int two_digits(const char* p) {
    return (p[0] - '0') * 10 + (p[1] - '0');
}

// The seconds into the day of a timestamp's "HH:MM:SS" (its bytes 11 to 18, their places
// checked); false when it is no time of day.
bool seconds_of_day(const char* p, int& seconds) {
    int hour = two_digits(p + 11), minute = two_digits(p + 14), second = two_digits(p + 17);
    if (hour > 23 || minute > 59 || second > 59) {
        return false;
    }
    seconds = hour * 3600 + minute * 60 + second;
    return true;
}

// What follows the date of a timestamp whose eight-byte places are checked: the time of day,
// then "Z" or the offset.
bool read_clock(std::string_view text, Date date, Timestamp& time) {
    const char* p = text.data();
    auto two = [&](std::size_t i) {
        return two_digits(p + i);
    };
    int seconds = 0;
    if (!seconds_of_day(p, seconds)) {
        return false;
    }
    time = {date, seconds, 0};
    if (text.size() == 20) {
        return p[19] == 'Z';
    }
    auto digit = [&](std::size_t i) {
        return p[i] >= '0' && p[i] <= '9';
    };
    if ((p[19] != '+' && p[19] != '-') || p[22] != ':' || !digit(20) || !digit(21) || !digit(23) ||
        !digit(24) || two(20) > 14 || two(23) > 59) {
        return false;
    }
    time.utc_offset = (p[19] == '-' ? -1 : 1) * (two(20) * 60 + two(23));
    return true;
}

} // namespace

std::chrono::sys_seconds Timestamp::instant() const {
    return std::chrono::sys_seconds(std::chrono::sys_days(date)) +
           std::chrono::seconds(seconds - utc_offset * 60);
}

std::string format_timestamp(const Timestamp& time) {
    char text[timestamp_length];
    return std::string(text, write_timestamp(text, time));
}

char* write_timestamp(char* at, const Timestamp& time) {
    at = write_date(at, time.date);
    *at++ = 'T';
    at = write_two_digits(at, time.seconds / 3600);
    *at++ = ':';
    at = write_two_digits(at, time.seconds / 60 % 60);
    *at++ = ':';
    at = write_two_digits(at, time.seconds % 60);
    int offset = time.utc_offset < 0 ? -time.utc_offset : time.utc_offset;
    *at++ = time.utc_offset < 0 ? '-' : '+';
    at = write_two_digits(at, offset / 60);
    *at++ = ':';
    return write_two_digits(at, offset % 60);
}

bool read_timestamp(std::string_view text, Timestamp& time) {
    // "YYYY-MM-DDTHH:MM:SS" then "Z" or an offset "+hh:mm" / "-hh:mm" (at most 14:59), each
    // field in its fixed place: reading a long log reads one of these per line, so the places
    // are checked eight bytes at a time and the day against its month without std::chrono (287
    // -> 188 instructions a line, valgrind --tool=callgrind).
    if (text.size() != 20 && text.size() != timestamp_length) {
        return false;
    }
    const char* p = text.data();
    // Three loads of eight: 0-7, 8-15 and 11-18 (bytes 11 to 15 checked twice).
    if (!matches(p, date_part) || !matches(p + 8, day_part) || !matches(p + 11, clock_part)) {
        return false;
    }
    auto two = [&](std::size_t i) {
        return two_digits(p + i);
    };
    int year = two(0) * 100 + two(2), month = two(5), day = two(8);
    if (month < 1 || month > 12 || day < 1 ||
        day > static_cast<int>(
                  days_in_month(static_cast<unsigned>(year), static_cast<unsigned>(month)))) {
        return false;
    }
    // Within the range: four digits of year end it at 9999-12-31; it starts on 1969-12-29.
    static_assert(
        first_date == Date{std::chrono::year(1969), std::chrono::December, std::chrono::day(29)} &&
        last_date == Date{std::chrono::year(9999), std::chrono::December, std::chrono::day(31)});
    if (year < 1969 || (year == 1969 && (month < 12 || day < 29))) {
        return false;
    }
    return read_clock(text,
                      Date{std::chrono::year(year),
                           std::chrono::month(static_cast<unsigned>(month)),
                           std::chrono::day(static_cast<unsigned>(day))},
                      time);
}

bool read_timestamp_on(Date date, std::string_view text, Timestamp& time) {
    return (text.size() == 20 || text.size() == timestamp_length) &&
           matches(text.data() + 8, day_part) && matches(text.data() + 11, clock_part) &&
           read_clock(text, date, time);
}

bool read_time_of_day(std::string_view text, int& seconds) {
    const char* p = text.data();
    return text.size() >= 19 && p[10] == 'T' && matches(p + 11, clock_part) &&
           seconds_of_day(p, seconds);
}

Timestamp parse_timestamp(std::string_view text) {
    Timestamp time;
    if (!read_timestamp(text, time)) {
        throw ValueError("expected a time such as 2026-11-24T07:30:00+01:00, got " + quoted(text));
    }
    return time;
}

std::optional<WrittenTime> read_written_time(std::string_view text) {
    std::optional<Date> date = read_calendar_date(text);
    if (!date) {
        return std::nullopt;
    }
    WrittenTime time{{*date, date_alone_seconds}, std::nullopt};
    std::string_view rest = text.substr(10);
    if (rest.empty()) {
        return time;
    }
    // A T, or blanks as in "2026-11-24 07:30", then the time of day and perhaps an offset.
    std::size_t clock_at = rest.front() == 'T' ? 1 : rest.find_first_not_of(" \t");
    if (clock_at == 0 || clock_at == std::string_view::npos) {
        return std::nullopt;
    }
    rest.remove_prefix(clock_at);
    std::size_t offset_at = std::min(rest.find_first_of("Z+-"), rest.size());
    std::optional<int> clock = parse_clock(rest.substr(0, offset_at));
    if (!clock) {
        return std::nullopt;
    }
    time.local.seconds = *clock;
    std::string_view offset = rest.substr(offset_at);
    if (offset == "Z") {
        time.utc_offset = 0;
    } else if (!offset.empty()) {
        std::optional<int> hours = offset.size() == 6 && offset[3] == ':'
                                       ? parse_digits(offset.substr(1, 2))
                                       : std::nullopt;
        std::optional<int> minutes = hours ? parse_digits(offset.substr(4, 2)) : std::nullopt;
        if (!minutes || *hours > 14 || *minutes > 59) {
            return std::nullopt;
        }
        time.utc_offset = (offset[0] == '-' ? -1 : 1) * (*hours * 60 + *minutes);
    }
    return time;
}

Parsed<WrittenTime> read_written_time_in_range(std::string_view text) {
    std::optional<WrittenTime> time = read_written_time(text);
    if (!time) {
        return Parsed<WrittenTime>::failure(
            "expected a date or time such as 2026-11-24, 2026-11-24T07:30 or "
            "2026-11-24T07:30:00+01:00, got " +
            quoted(text));
    }
    if (!in_date_range(time->local.date)) {
        return Parsed<WrittenTime>::failure(out_of_range_message(text));
    }
    return *time;
}

WrittenTime parse_written_time(std::string_view text) {
    return read_written_time_in_range(text).value_or_throw();
}

std::optional<int> parse_clock(std::string_view text) {
    std::size_t colon = text.find(':');
    if (colon != 1 && colon != 2) {
        return std::nullopt;
    }
    std::string_view rest = text.substr(colon + 1);
    std::optional<int> hours = parse_digits(text.substr(0, colon), 2);
    std::optional<int> minutes = rest.size() >= 2 ? parse_digits(rest.substr(0, 2)) : std::nullopt;
    std::optional<int> seconds = 0;
    if (rest.size() != 2) {
        seconds = rest.size() == 5 && rest[2] == ':' ? parse_digits(rest.substr(3)) : std::nullopt;
    }
    if (!hours || !minutes || !seconds || *hours > 23 || *minutes > 59 || *seconds > 59) {
        return std::nullopt;
    }
    return *hours * 3600 + *minutes * 60 + *seconds;
}

int parse_time_of_day(std::string_view text) {
    std::optional<int> seconds = parse_clock(text);
    if (!seconds || *seconds % 60 != 0) {
        throw ValueError("expected a time as HH:MM, 00:00 to 23:59, got " + quoted(text));
    }
    return *seconds / 60;
}

int parse_duration(std::string_view text, int min, int max) {
    // Hours, then minutes, each at most once and at most 5 digits; at least one of them.
    int total = 0;
    std::string_view rest = text;
    for (char unit : {'h', 'm'}) {
        std::size_t end = rest.find(unit);
        std::optional<int> value =
            end == std::string_view::npos ? std::nullopt : parse_digits(rest.substr(0, end), 5);
        if (!value) {
            continue;
        }
        total += unit == 'h' ? *value * 60 : *value;
        rest.remove_prefix(end + 1);
    }
    if (text.empty() || !rest.empty() || total < min || total > max) {
        throw ValueError("expected a duration like 30m, 1h or 1h15m, from " + format_duration(min) +
                         " to " + format_duration(max) + ", got " + quoted(text));
    }
    return total;
}

std::string format_duration(int minutes) {
    std::string text;
    if (minutes >= 60) {
        text = std::to_string(minutes / 60) + "h";
    }
    if (minutes % 60 != 0 || minutes < 60) {
        text += std::to_string(minutes % 60) + "m";
    }
    return text;
}

} // namespace backplan::core
