#include "core/date.hpp"

#include "core/error.hpp"
#include "core/text.hpp"

#include <algorithm>
#include <array>

namespace backplan::core {
namespace {

constexpr std::array<std::string_view, 7> short_names = {"mon", "tue", "wed", "thu",
                                                         "fri", "sat", "sun"};
constexpr std::array<std::string_view, 7> long_names = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
constexpr std::array<std::string_view, 7> display_names = {"Mon", "Tue", "Wed", "Thu",
                                                           "Fri", "Sat", "Sun"};

} // namespace

std::string out_of_range_message(std::string_view text) {
    return "out of range: expected a date from " + format_date(first_date) + " to " +
           format_date(last_date) + ", got " + quoted(text);
}

Parsed<Date> read_date(std::string_view text) {
    std::optional<Date> date = text.size() == 10 ? read_calendar_date(text) : std::nullopt;
    if (!date) {
        return Parsed<Date>::failure("expected a date as YYYY-MM-DD, got " + quoted(text));
    }
    if (!in_date_range(*date)) {
        return Parsed<Date>::failure(out_of_range_message(text));
    }
    return *date;
}

Date parse_date(std::string_view text) {
    return read_date(text).value_or_throw();
}

std::optional<Date> calendar_date(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1 || day > 31) {
        return std::nullopt;
    }
    Date date{std::chrono::year(year), std::chrono::month(static_cast<unsigned>(month)),
              std::chrono::day(static_cast<unsigned>(day))};
    return date.ok() ? std::optional<Date>(date) : std::nullopt;
}

std::optional<Date> read_calendar_date(std::string_view text) {
    if (text.size() < 10 || text[4] != '-' || text[7] != '-') {
        return std::nullopt;
    }
    std::optional<int> year = parse_digits(text.substr(0, 4));
    std::optional<int> month = parse_digits(text.substr(5, 2));
    std::optional<int> day = parse_digits(text.substr(8, 2));
    return year && month && day ? calendar_date(*year, *month, *day) : std::nullopt;
}

int weeks_in_range(Date start) {
    auto days = (std::chrono::sys_days(last_date) - std::chrono::sys_days(start)).count() + 1;
    return days < 7 ? 0 : static_cast<int>(days / 7);
}

std::string format_date(Date date) {
    char text[10];
    return std::string(text, write_date(text, date));
}

char* write_date(char* at, Date date) {
    auto digit = [](unsigned value) {
        return static_cast<char>('0' + value % 10);
    };
    auto year = static_cast<unsigned>(static_cast<int>(date.year())); // in the range: four digits
    auto month = static_cast<unsigned>(date.month());
    auto day = static_cast<unsigned>(date.day());
    for (char c : {digit(year / 1000), digit(year / 100), digit(year / 10), digit(year), '-',
                   digit(month / 10), digit(month), '-', digit(day / 10), digit(day)}) {
        *at++ = c;
    }
    return at;
}

std::optional<std::chrono::weekday> read_weekday(std::string_view text) {
    std::string name = ascii_lowercase(trim_blanks(text));
    for (unsigned i = 0; i < 7; ++i) {
        if (name == short_names[i] || name == long_names[i]) {
            return std::chrono::weekday(i + 1);
        }
    }
    return std::nullopt;
}

std::chrono::weekday parse_weekday(std::string_view text) {
    if (std::optional<std::chrono::weekday> day = read_weekday(text)) {
        return *day;
    }
    throw ValueError("expected a weekday (mon, tue, wed, thu, fri, sat, sun), got " + quoted(text));
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
    // Within the first 28 days of the month (most steps of a day or a week are): the day alone
    // moves, without the two conversions through a count of days, which count a day of the
    // month linearly (report over a 50-year log: add_days 8.7M -> 3.9M instructions).
    int day = static_cast<int>(static_cast<unsigned>(date.day())) + days;
    if (day >= 1 && day <= 28 && date.year().ok() && date.month().ok()) {
        return Date{date.year(), date.month(), std::chrono::day(static_cast<unsigned>(day))};
    }
    return Date{std::chrono::sys_days(date) + std::chrono::days(days)};
}

std::chrono::weekday weekday_of(Date date) {
    return std::chrono::weekday(std::chrono::sys_days(date));
}

Date monday_of_week(Date date) {
    return add_days(date, -static_cast<int>(weekday_of(date).iso_encoding() - 1));
}

} // namespace backplan::core
