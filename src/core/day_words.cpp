#include "core/day_words.hpp"

#include "core/error.hpp"
#include "core/text.hpp"

#include <string>
#include <utility>

namespace backplan::core {
namespace {

// The week offset a "last " or "next " before a weekday's name gives, and the name after it.
int week_offset(std::string& words) {
    for (auto [prefix, offset] : {std::pair<std::string_view, int>{"last ", -1}, {"next ", 1}}) {
        if (words.starts_with(prefix)) {
            words = std::string(trim_blanks(std::string_view(words).substr(prefix.size())));
            return offset;
        }
    }
    return 0;
}

} // namespace

const std::string_view day_forms =
    "YYYY-MM-DD, today, yesterday, tomorrow or a weekday (mon, next fri)";

std::optional<Date> read_day(std::string_view text, Date today) {
    std::string words = ascii_lowercase(trim_blanks(text));
    if (words == "today") {
        return today;
    }
    if (words == "yesterday") {
        return add_days(today, -1);
    }
    if (words == "tomorrow") {
        return add_days(today, 1);
    }
    int offset = week_offset(words);
    if (std::optional<std::chrono::weekday> day = read_weekday(words)) {
        unsigned from_monday = day->iso_encoding() - 1;
        return add_days(monday_of_week(today), 7 * offset + static_cast<int>(from_monday));
    }
    if (offset == 0 && text.size() == 10) {
        return read_calendar_date(text);
    }
    return std::nullopt;
}

Date parse_day(std::string_view text, Date today) {
    std::optional<Date> day = read_day(text, today);
    if (!day) {
        if (!text.empty() && text.front() >= '0' && text.front() <= '9') {
            return parse_date(text); // its message says what is wrong with the date
        }
        throw ValueError("expected " + std::string(day_forms) + ", got " + quoted(text));
    }
    if (!in_date_range(*day)) {
        throw ValueError(out_of_range_message(format_date(*day))); // the day a word names
    }
    return *day;
}

} // namespace backplan::core
