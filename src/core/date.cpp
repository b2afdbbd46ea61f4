#include "core/date.hpp"

#include "core/error.hpp"

#include <algorithm>
#include <array>
#include <charconv>

namespace backplan::core {
namespace {

constexpr std::array<std::string_view, 7> short_names = {"mon", "tue", "wed", "thu",
                                                         "fri", "sat", "sun"};
constexpr std::array<std::string_view, 7> long_names = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
constexpr std::array<std::string_view, 7> display_names = {"Mon", "Tue", "Wed", "Thu",
                                                           "Fri", "Sat", "Sun"};

// The value of one to nine decimal digits (a log parses three per line: kept to a plain loop).
bool parse_digits(std::string_view text, int& value) {
    if (text.empty() || text.size() > 9) {
        return false;
    }
    value = 0;
    for (char c : text) {
        if (c < '0' || c > '9') {
            return false;
        }
        value = value * 10 + (c - '0');
    }
    return true;
}

std::string lowercase(std::string_view text) {
    std::string result(text);
    std::transform(result.begin(), result.end(), result.begin(), [](unsigned char c) {
        return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    });
    return result;
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
        text.remove_prefix(1);
    }
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) {
        text.remove_suffix(1);
    }
    return text;
}

} // namespace

Date parse_date(std::string_view text) {
    int year = 0;
    int month = 0;
    int day = 0;
    bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-' &&
                  parse_digits(text.substr(0, 4), year) && parse_digits(text.substr(5, 2), month) &&
                  parse_digits(text.substr(8, 2), day);
    std::optional<Date> date = shaped ? valid_date(year, month, day) : std::nullopt;
    if (!date) {
        throw ValueError("expected a date as YYYY-MM-DD, got '" + std::string(text) + "'");
    }
    return *date;
}

std::optional<Date> valid_date(int year, int month, int day) {
    Date date{std::chrono::year(year), std::chrono::month(static_cast<unsigned>(month)),
              std::chrono::day(static_cast<unsigned>(day))};
    if (!date.ok() || year < 1970) {
        return std::nullopt;
    }
    return date;
}

std::string format_date(Date date) {
    char text[10];
    return std::string(text, write_date(text, date));
}

char* write_date(char* at, Date date) {
    auto digit = [](unsigned value) {
        return static_cast<char>('0' + value % 10);
    };
    auto year = static_cast<unsigned>(static_cast<int>(date.year())); // 1970..9999
    auto month = static_cast<unsigned>(date.month());
    auto day = static_cast<unsigned>(date.day());
    for (char c : {digit(year / 1000), digit(year / 100), digit(year / 10), digit(year), '-',
                   digit(month / 10), digit(month), '-', digit(day / 10), digit(day)}) {
        *at++ = c;
    }
    return at;
}

std::chrono::weekday parse_weekday(std::string_view text) {
    std::string name = lowercase(trim(text));
    for (unsigned i = 0; i < 7; ++i) {
        if (name == short_names[i] || name == long_names[i]) {
            return std::chrono::weekday(i + 1);
        }
    }
    throw ValueError("expected a weekday (mon, tue, wed, thu, fri, sat, sun), got '" +
                     std::string(text) + "'");
}

WeekdaySet parse_weekdays(std::string_view text) {
    WeekdaySet days;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t comma = std::min(text.find(',', start), text.size());
        days.add(parse_weekday(text.substr(start, comma - start)));
        start = comma + 1;
    }
    return days;
}

std::string_view weekday_name(std::chrono::weekday day) {
    return display_names[day.iso_encoding() - 1];
}

std::string_view weekday_key(std::chrono::weekday day) {
    return short_names[day.iso_encoding() - 1];
}

std::string format_weekdays(WeekdaySet days) {
    std::string result;
    for (unsigned i = 1; i <= 7; ++i) {
        std::chrono::weekday day(i);
        if (days.contains(day)) {
            if (!result.empty()) {
                result += ',';
            }
            result += short_names[i - 1];
        }
    }
    return result;
}

Date add_days(Date date, int days) {
    return Date{std::chrono::sys_days(date) + std::chrono::days(days)};
}

std::chrono::weekday weekday_of(Date date) {
    return std::chrono::weekday(std::chrono::sys_days(date));
}

Date monday_of_week(Date date) {
    return add_days(date, -static_cast<int>(weekday_of(date).iso_encoding() - 1));
}

int parse_time_of_day(std::string_view text) {
    std::size_t colon = text.find(':');
    int hours = 0;
    int minutes = 0;
    bool shaped = colon != std::string_view::npos && (colon == 1 || colon == 2) &&
                  text.size() == colon + 3 && parse_digits(text.substr(0, colon), hours) &&
                  parse_digits(text.substr(colon + 1), minutes) && hours < 24 && minutes < 60;
    if (!shaped) {
        throw ValueError("expected a time as HH:MM, 00:00 to 23:59, got '" + std::string(text) +
                         "'");
    }
    return hours * 60 + minutes;
}

int parse_duration(std::string_view text, int min, int max) {
    // Hours, then minutes, each at most once and at most 5 digits; at least one of them.
    int total = 0;
    bool shaped = !text.empty();
    std::string_view rest = text;
    for (char unit : {'h', 'm'}) {
        std::size_t digits = 0;
        while (digits < rest.size() && rest[digits] >= '0' && rest[digits] <= '9') {
            ++digits;
        }
        if (digits == 0 || digits > 5 || digits == rest.size() || rest[digits] != unit) {
            continue;
        }
        int value = 0;
        parse_digits(rest.substr(0, digits), value);
        total += unit == 'h' ? value * 60 : value;
        rest.remove_prefix(digits + 1);
    }
    shaped = shaped && rest.empty();
    if (!shaped || total < min || total > max) {
        throw ValueError("expected a duration like 30m, 1h or 1h15m, from " + format_duration(min) +
                         " to " + format_duration(max) + ", got '" + std::string(text) + "'");
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
