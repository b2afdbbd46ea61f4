#pragma once

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

  private:
    explicit WeekdaySet(unsigned bits) : m_bits(bits) {}
    static unsigned bit(std::chrono::weekday day) { return 1u << (day.iso_encoding() - 1); }
    unsigned m_bits = 0;
};

// Parses YYYY-MM-DD; throws ValueError naming the expected form and the given text.
Date parse_date(std::string_view text);

// The date of year, month and day when it is one parse_date accepts: a real date, 1970 on.
std::optional<Date> valid_date(int year, int month, int day);

// "2026-11-23".
std::string format_date(Date date);

// Writes format_date(date)'s 10 characters at `at`; returns the end.
char* write_date(char* at, Date date);

// Parses a weekday name: mon or monday, any case; throws ValueError.
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
