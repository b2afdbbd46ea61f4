#include "core/app_sets.hpp"

#include "core/date.hpp"
#include "core/error.hpp"
#include "core/match.hpp"
#include "core/text.hpp"

namespace backplan::core {
namespace {

constexpr std::array<std::string_view, 3> app_names_array = {"strong", "hevy", "fitnotes"};

// A header's name without case, surrounding blanks, and a unit in brackets after it
// ("Weight (kg)" is "weight", its unit "kg").
std::string column_key(std::string_view name, std::string* unit = nullptr) {
    name = trim_blanks(name);
    if (!name.empty() && name.back() == ')') {
        if (std::size_t open = name.rfind('('); open != std::string_view::npos) {
            if (unit != nullptr) {
                *unit = ascii_lowercase(trim_blanks(name.substr(open + 1, name.size() - open - 2)));
            }
            name = trim_blanks(name.substr(0, open));
        }
    }
    return ascii_lowercase(name);
}

// The weight unit as a note writes it: "kg" or "lb"; "" for what is neither.
std::string weight_unit(std::string_view text) {
    std::string unit = ascii_lowercase(trim_blanks(text));
    if (unit == "kg" || unit == "kgs") {
        return "kg";
    }
    if (unit == "lb" || unit == "lbs") {
        return "lb";
    }
    return "";
}

// The number in text ("12", "12.5", "22,5", "" for 0) in hundredths, rounded half up;
// std::nullopt when it is not one (a sign, an exponent, more than 9 digits before the point).
// Read by hand: std::from_chars of a double and std::lround would link libm, one shared library
// more to map at every start (README, Performance; data_safety_memory_exhaustion's 6 MB floor).
std::optional<long long> read_hundredths(std::string_view text) {
    text = trim_blanks(text);
    std::size_t point = text.find_first_of(".,");
    std::string_view whole = text.substr(0, point);
    std::string_view fraction = point == std::string_view::npos ? "" : text.substr(point + 1);
    std::optional<int> units = whole.empty() ? 0 : parse_digits(whole);
    if (!units || (whole.empty() && point != std::string_view::npos && fraction.empty()) ||
        fraction.find_first_not_of("0123456789") != std::string_view::npos) {
        return std::nullopt;
    }
    long long hundredths = *units * 100LL;
    for (std::size_t i = 0; i < 3 && i < fraction.size(); ++i) {
        int digit = fraction[i] - '0';
        hundredths += i == 0 ? digit * 10 : i == 1 ? digit : digit >= 5;
    }
    return hundredths;
}

[[noreturn]] void bad_value(std::string_view column, std::string_view expected,
                            std::string_view text) {
    throw ValueError(std::string(column) + ": expected " + std::string(expected) + ", got " +
                     quoted(text));
}

// The weight as a note writes it: "20", "22.5", "22.25"; "" for none.
std::string weight_text(std::string_view text) {
    std::optional<long long> value = read_hundredths(text);
    if (!value) {
        bad_value("Weight", "a number", text);
    }
    long long hundredths = *value;
    if (hundredths == 0) {
        return "";
    }
    std::string out = std::to_string(hundredths / 100);
    if (long long fraction = hundredths % 100; fraction != 0) {
        out += '.';
        out += static_cast<char>('0' + fraction / 10);
        if (fraction % 10 != 0) {
            out += static_cast<char>('0' + fraction % 10);
        }
    }
    return out;
}

const std::string& field(const std::vector<std::string>& fields, std::size_t column) {
    static const std::string empty;
    return column < fields.size() ? fields[column] : empty;
}

constexpr std::array<std::string_view, 12> month_names = {"jan", "feb", "mar", "apr", "may", "jun",
                                                          "jul", "aug", "sep", "oct", "nov", "dec"};

// "26 Jul 2025" (or "26 July 2025") to "2025-07-26"; "" when it is not that form.
std::string day_month_year(std::string_view text) {
    std::size_t first = text.find(' ');
    std::size_t second = first == std::string_view::npos ? first : text.find(' ', first + 1);
    if (second == std::string_view::npos || text.size() - second - 1 != 4) {
        return "";
    }
    std::string month = ascii_lowercase(text.substr(first + 1, second - first - 1));
    std::optional<int> day = parse_digits(text.substr(0, first), 2);
    for (std::size_t m = 0; m < month_names.size() && day; ++m) {
        if (month.size() >= 3 && month.compare(0, 3, month_names[m]) == 0) {
            auto two = [](std::size_t n) {
                return std::string{static_cast<char>('0' + n / 10),
                                   static_cast<char>('0' + n % 10)};
            };
            return std::string(text.substr(second + 1)) + "-" + two(m + 1) + "-" +
                   two(static_cast<std::size_t>(*day));
        }
    }
    return "";
}

} // namespace

std::string_view app_name(App app) {
    return app_names_array[static_cast<std::size_t>(app)];
}

std::vector<std::string> app_names() {
    return std::vector<std::string>(app_names_array.begin(), app_names_array.end());
}

std::optional<App> app_named(std::string_view name) {
    for (App app : apps) {
        if (app_name(app) == name) {
            return app;
        }
    }
    return std::nullopt;
}

std::optional<App> detect_app(const std::vector<std::string>& header) {
    auto has = [&](std::string_view name) {
        for (const std::string& column : header) {
            if (column_key(column) == name) {
                return true;
            }
        }
        return false;
    };
    if (has("exercise name") && has("set order")) {
        return App::strong;
    }
    if (has("exercise_title") && has("start_time")) {
        return App::hevy;
    }
    if (has("exercise") && has("category")) {
        return App::fitnotes;
    }
    return std::nullopt;
}

AppColumns::AppColumns(App app, const std::vector<std::string>& header) : m_app(app) {
    std::vector<std::string> missing;
    auto find = [&](std::size_t& column, std::string_view name, bool required,
                    std::string* unit = nullptr) {
        for (std::size_t i = 0; i < header.size() && column == none; ++i) {
            std::string this_unit;
            if (column_key(header[i], &this_unit) == name) {
                column = i;
                if (unit != nullptr) {
                    *unit = weight_unit(this_unit);
                }
            }
        }
        if (column == none && required) {
            missing.emplace_back(name);
        }
    };
    switch (app) {
    case App::strong:
        find(m_time, "date", true);
        find(m_exercise, "exercise name", true);
        find(m_kind, "set order", true);
        find(m_reps, "reps", true);
        find(m_seconds, "seconds", false);
        find(m_weight, "weight", false, &m_weight_unit);
        find(m_note, "notes", false);
        break;
    case App::hevy:
        find(m_time, "start_time", true);
        find(m_exercise, "exercise_title", true);
        find(m_kind, "set_type", false);
        find(m_reps, "reps", true);
        find(m_seconds, "duration_seconds", false);
        find(m_weight, "weight_kg", false);
        m_weight_unit = m_weight != none ? "kg" : "";
        if (m_weight == none) {
            find(m_weight, "weight_lbs", false);
            m_weight_unit = m_weight != none ? "lb" : "";
        }
        find(m_note, "exercise_notes", false);
        break;
    case App::fitnotes:
        find(m_time, "date", true);
        find(m_exercise, "exercise", true);
        find(m_reps, "reps", true);
        find(m_seconds, "time", false);
        find(m_weight, "weight", false);
        find(m_weight_unit_column, "weight unit", false);
        find(m_note, "comment", false);
        break;
    }
    if (!missing.empty()) {
        throw ValueError("not a " + std::string(app_name(app)) + " export: no column " +
                         quoted_list(missing, " or "));
    }
}

RowKind AppColumns::read(const std::vector<std::string>& fields, AppSet& set) const {
    std::string_view kind = trim_blanks(field(fields, m_kind));
    if (m_app == App::strong && equal_ignoring_case(kind, "rest timer")) {
        return RowKind::rest_timer;
    }
    if ((m_app == App::strong && equal_ignoring_case(kind, "w")) ||
        (m_app == App::hevy && equal_ignoring_case(kind, "warmup"))) {
        return RowKind::warm_up;
    }
    set.session = parse_app_time(field(fields, m_time));
    set.exercise.assign(trim_blanks(field(fields, m_exercise)));
    if (set.exercise.empty()) {
        throw ValueError("no exercise name");
    }
    set.reps = parse_app_count("Reps", field(fields, m_reps));
    set.seconds =
        parse_app_seconds(m_app == App::fitnotes ? "Time" : "Seconds", field(fields, m_seconds));
    set.weight = weight_text(field(fields, m_weight));
    set.weight_unit = m_weight_unit_column != none
                          ? weight_unit(field(fields, m_weight_unit_column))
                          : m_weight_unit;
    set.note.assign(trim_blanks(field(fields, m_note)));
    return RowKind::set;
}

LocalTime parse_app_time(std::string_view text) {
    std::string_view given = text;
    text = trim_blanks(text);
    // A 12-hour clock: the hour read again once the rest has parsed.
    int twelve = 0; // 1 for AM, 2 for PM
    if (text.size() > 2) {
        std::string_view marker = text.substr(text.size() - 2);
        if (equal_ignoring_case(marker, "am") || equal_ignoring_case(marker, "pm")) {
            twelve = equal_ignoring_case(marker, "am") ? 1 : 2;
            text = trim_blanks(text.substr(0, text.size() - 2));
        }
    }
    std::string written(text);
    if (std::size_t comma = text.find(','); comma != std::string_view::npos) {
        std::string date = day_month_year(trim_blanks(text.substr(0, comma)));
        written = date.empty() ? "" : date + " " + std::string(trim_blanks(text.substr(comma + 1)));
    } else if (std::string date = day_month_year(text); !date.empty()) {
        written = date;
    }
    std::optional<WrittenTime> time = read_written_time(written);
    bool has_clock = written.size() > 10;
    int hour = time ? time->local.seconds / 3600 : 0;
    if (!time || time->utc_offset || !in_date_range(time->local.date) ||
        (twelve != 0 && (!has_clock || hour < 1 || hour > 12))) {
        bad_value("date",
                  "a local date and time like 2025-07-26 07:06:00, 26 Jul 2025, 07:06 "
                  "or 2025-07-26 7:06 PM",
                  given);
    }
    if (twelve != 0) {
        int rest = time->local.seconds % 3600;
        time->local.seconds = ((hour % 12) + (twelve == 2 ? 12 : 0)) * 3600 + rest;
    }
    return time->local;
}

std::optional<int> parse_app_count(std::string_view column, std::string_view text) {
    std::optional<long long> hundredths = read_hundredths(text);
    if (!hundredths || *hundredths > 100'000'000) {
        bad_value(column, "a number", text);
    }
    auto count = static_cast<int>((*hundredths + 50) / 100);
    return count > 0 ? std::optional<int>(count) : std::nullopt;
}

std::optional<int> parse_app_seconds(std::string_view column, std::string_view text) {
    std::string_view rest = trim_blanks(text);
    if (rest.find(':') == std::string_view::npos) {
        return parse_app_count(column, text);
    }
    long long seconds = 0;
    int parts = 0;
    while (parts < 3) {
        std::size_t colon = rest.find(':');
        std::optional<int> part = parse_digits(rest.substr(0, colon), 4);
        if (!part) {
            bad_value(column, "seconds, or a time like 0:00:45", text);
        }
        seconds = seconds * 60 + *part;
        ++parts;
        if (colon == std::string_view::npos) {
            break;
        }
        rest.remove_prefix(colon + 1);
        if (parts == 3) {
            bad_value(column, "seconds, or a time like 0:00:45", text);
        }
    }
    if (seconds > 1'000'000) {
        bad_value(column, "seconds, or a time like 0:00:45", text);
    }
    return seconds > 0 ? std::optional<int>(static_cast<int>(seconds)) : std::nullopt;
}

} // namespace backplan::core
