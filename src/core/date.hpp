#pragma once

#include "core/error.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace backplan::core {

using Date = std::chrono::year_month_day;

// A set of weekdays, Monday = bit 0 ... Sunday = bit 6.
class WeekdaySet {
  public:
    WeekdaySet() = default;
    static WeekdaySet all() { return WeekdaySet(0x7f); }
    void add(std::chrono::weekday day) { m_bits |= bit(day); }
    bool contains(std::chrono::weekday day) const { return (m_bits & bit(day)) != 0; }
    bool empty() const { return m_bits == 0; }
    bool operator==(const WeekdaySet&) const = default;
    // The days in both.
    WeekdaySet operator&(WeekdaySet other) const { return WeekdaySet(m_bits & other.m_bits); }

  private:
    explicit WeekdaySet(unsigned bits) : m_bits(bits) {}
    static unsigned bit(std::chrono::weekday day) { return 1u << (day.iso_encoding() - 1); }
    unsigned m_bits = 0;
};

// The dates backplan reads, computes and writes: from the Monday of the week that holds
// 1970-01-01, so that the week of every date in the range starts in it, to 9999-12-31, the last
// date with four digits of year.
inline constexpr Date first_date{std::chrono::year(1969), std::chrono::December,
                                 std::chrono::day(29)};
inline constexpr Date last_date{std::chrono::year(9999), std::chrono::December,
                                std::chrono::day(31)};

// The days of month (1 to 12) in year, as std::chrono::year_month_day_last would count them,
// without its conversions: reading a log checks the date of every line.
constexpr unsigned days_in_month(unsigned year, unsigned month) {
    constexpr unsigned char days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    return days[month - 1] + (month == 2 && leap ? 1 : 0);
}

// True when the date is within first_date to last_date.
constexpr bool in_date_range(Date date) {
    return date >= first_date && date <= last_date;
}

// "out of range: expected a date from 1969-12-29 to 9999-12-31, got 'TEXT'": what every reader
// of dates says of a well-formed date outside the range.
std::string out_of_range_message(std::string_view text);

// Reads YYYY-MM-DD: the date, or a problem naming the expected form and the given text, or
// saying that a real date is out of range.
Parsed<Date> read_date(std::string_view text);

// read_date's date; throws ValueError with its problem.
Date parse_date(std::string_view text);

// The date of year, month and day when it is a real date, whatever the range; std::nullopt
// otherwise.
std::optional<Date> calendar_date(int year, int month, int day);

// The real date that the first ten characters of text write as YYYY-MM-DD, whatever the range;
// std::nullopt when they do not (or text is shorter).
std::optional<Date> read_calendar_date(std::string_view text);

// How many whole weeks from start end on or before last_date (0 when not even one does).
int weeks_in_range(Date start);

// "2026-11-23".
std::string format_date(Date date);

// Writes format_date(date)'s 10 characters at `at`; returns the end.
char* write_date(char* at, Date date);

// The weekday a name gives: mon or monday, any case, blanks around it ignored; std::nullopt when
// it names none.
std::optional<std::chrono::weekday> read_weekday(std::string_view text);

// read_weekday's day; throws ValueError naming the forms.
std::chrono::weekday parse_weekday(std::string_view text);

// Parses a comma-separated weekday list such as "mon,wed,fri"; throws ValueError.
WeekdaySet parse_weekdays(std::string_view text);

// Three-letter English name: "Mon".
std::string_view weekday_name(std::chrono::weekday day);

// The name --days takes: "mon".
std::string_view weekday_key(std::chrono::weekday day);

// "mon,wed,fri".
std::string format_weekdays(WeekdaySet days);

Date add_days(Date date, int days);

// The Monday on or before the date.
Date monday_of_week(Date date);

std::chrono::weekday weekday_of(Date date);

} // namespace backplan::core
