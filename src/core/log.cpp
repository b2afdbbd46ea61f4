#include "core/log.hpp"

#include "core/match.hpp"
#include "core/text.hpp"

#include <algorithm>
#include <charconv>

namespace backplan::core {
namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// The value of exactly `count` digits at text[at], or -1.
int digits_at(std::string_view text, std::size_t at, std::size_t count) {
    if (at + count > text.size()) {
        return -1;
    }
    int value = 0;
    for (std::size_t i = at; i < at + count; ++i) {
        if (!is_digit(text[i])) {
            return -1;
        }
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

char* write_two_digits(char* at, int value) {
    at[0] = static_cast<char>('0' + value / 10);
    at[1] = static_cast<char>('0' + value % 10);
    return at + 2;
}

// format_timestamp's characters, written at `at`; returns the end.
constexpr std::size_t timestamp_length = 25;
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

// A timestamp in its fixed places, the whole of text: "YYYY-MM-DDTHH:MM:SS" then "Z" or an
// offset "+hh:mm" / "-hh:mm" (at most 14:59); false when text is not one.
bool read_timestamp(std::string_view text, Timestamp& time) {
    const char* p = text.data();
    auto digits = [&](std::initializer_list<std::size_t> places) {
        return std::all_of(places.begin(), places.end(),
                           [&](std::size_t i) { return p[i] >= '0' && p[i] <= '9'; });
    };
    auto two = [&](std::size_t i) {
        return (p[i] - '0') * 10 + (p[i + 1] - '0');
    };
    if ((text.size() != 20 && text.size() != timestamp_length) || p[4] != '-' || p[7] != '-' ||
        p[10] != 'T' || p[13] != ':' || p[16] != ':' ||
        !digits({0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18})) {
        return false;
    }
    std::optional<Date> date = valid_date(two(0) * 100 + two(2), two(5), two(8));
    int hour = two(11), minute = two(14), second = two(17);
    if (!date || hour > 23 || minute > 59 || second > 59) {
        return false;
    }
    time = {*date, hour * 3600 + minute * 60 + second, 0};
    if (text.size() == 20) {
        return p[19] == 'Z';
    }
    if ((p[19] != '+' && p[19] != '-') || p[22] != ':' || !digits({20, 21, 23, 24}) ||
        two(20) > 14 || two(23) > 59) {
        return false;
    }
    time.utc_offset = (p[19] == '-' ? -1 : 1) * (two(20) * 60 + two(23));
    return true;
}

// "HH:MM" or "HH:MM:SS" as seconds since midnight, or -1.
int parse_clock(std::string_view text) {
    if (text.size() != 5 && text.size() != 8) {
        return -1;
    }
    int hour = digits_at(text, 0, 2);
    int minute = digits_at(text, 3, 2);
    int second = text.size() == 8 ? digits_at(text, 6, 2) : 0;
    if (text[2] != ':' || (text.size() == 8 && text[5] != ':') || hour < 0 || hour > 23 ||
        minute < 0 || minute > 59 || second < 0 || second > 59) {
        return -1;
    }
    return hour * 3600 + minute * 60 + second;
}

// One amount: digits, then "s" for seconds. Returns the unit it was written in.
Unit parse_amount(std::string_view token, int& value) {
    bool seconds = !token.empty() && token.back() == 's';
    std::string_view digits = seconds ? token.substr(0, token.size() - 1) : token;
    Range limits = amount_limits(seconds ? Unit::seconds : Unit::reps);
    value = 0;
    bool ok = !digits.empty() && digits.size() <= 4 && digits.front() != '0';
    for (std::size_t i = 0; ok && i < digits.size(); ++i) {
        ok = is_digit(digits[i]);
        value = value * 10 + (digits[i] - '0');
    }
    if (!ok || value < limits.low || value > limits.high) {
        throw ValueError(seconds ? "expected seconds from 1 to 3600 such as 45s, got '" +
                                       std::string(token) + "'"
                                 : "expected reps from 1 to 1000 (or seconds such as 45s), got '" +
                                       std::string(token) + "'");
    }
    return seconds ? Unit::seconds : Unit::reps;
}

bool is_space(char c) {
    return c == ' ' || c == '\t';
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

Timestamp parse_timestamp(std::string_view text) {
    Timestamp time;
    if (!read_timestamp(text, time)) {
        throw ValueError("expected a time such as 2026-11-24T07:30:00+01:00, got '" +
                         std::string(text) + "'");
    }
    return time;
}

std::string format_log_line(const LogEntry& entry) {
    std::string line;
    append_log_line(line, entry);
    return line;
}

void append_log_line(std::string& out, const LogEntry& entry) {
    // Written in place: the room a line can need, then cut to what was written.
    constexpr std::size_t amount_room = 13; // " -2147483648s": any int
    std::size_t start = out.size();
    out.resize(start + timestamp_length + 1 + entry.id.size() + amount_room * entry.amounts.size() +
               (entry.note.empty() ? 0 : 3 + entry.note.size()));
    char* at = write_timestamp(out.data() + start, entry.time);
    *at++ = ' ';
    at = std::copy(entry.id.begin(), entry.id.end(), at);
    for (int amount : entry.amounts) {
        *at++ = ' ';
        at = std::to_chars(at, at + 11, amount).ptr;
        if (entry.unit == Unit::seconds) {
            *at++ = 's';
        }
    }
    if (!entry.note.empty()) {
        at = std::copy_n(" # ", 3, at);
        at = std::copy(entry.note.begin(), entry.note.end(), at);
    }
    out.resize(static_cast<std::size_t>(at - out.data()));
}

bool parse_canonical_log_line(std::string_view line, LogEntry& entry) {
    // "2026-11-24T07:30:00+01:00 action2 20 20 18": the timestamp read as parse_timestamp reads
    // it, then nothing the general parser would read differently.
    constexpr std::size_t id_at = timestamp_length + 1;
    if (line.size() < id_at + 3) {
        return false;
    }
    const char* p = line.data();
    Timestamp time;
    if (p[timestamp_length] != ' ' || !read_timestamp(line.substr(0, timestamp_length), time) ||
        (p[19] == '-' && time.utc_offset == 0)) { // written +00:00
        return false;
    }
    auto digit = [&](std::size_t i) {
        return static_cast<unsigned>(p[i] - '0');
    };
    std::size_t id_end = line.find(' ', id_at);
    if (id_end == std::string_view::npos || !is_valid_id(line.substr(id_at, id_end - id_at))) {
        return false;
    }
    // Amounts: " " then 1-4 digits without a leading zero, each with an "s" or none; then
    // perhaps " # " and a note.
    int amounts[max_sets_per_entry];
    std::size_t count = 0;
    bool seconds = false;
    std::size_t note_at = 0;
    for (std::size_t at = id_end; at < line.size();) {
        if (count > 0 && line.compare(at, 3, " # ") == 0) {
            note_at = at + 3;
            break;
        }
        if (p[at] != ' ' || count == max_sets_per_entry || at + 1 == line.size() ||
            p[at + 1] == '0') {
            return false;
        }
        int value = 0;
        std::size_t digits = 0;
        for (++at; at < line.size() && digit(at) <= 9 && digits < 5; ++at, ++digits) {
            value = value * 10 + static_cast<int>(digit(at));
        }
        bool in_seconds = at < line.size() && p[at] == 's';
        at += in_seconds ? 1 : 0;
        Range limits = amount_limits(in_seconds ? Unit::seconds : Unit::reps);
        if (digits == 0 || digits > 4 || value < limits.low || value > limits.high ||
            (count > 0 && in_seconds != seconds) || (at < line.size() && p[at] != ' ')) {
            return false;
        }
        seconds = in_seconds;
        amounts[count++] = value;
    }
    std::string_view note = note_at == 0 ? std::string_view() : line.substr(note_at);
    if (count == 0 || (note_at != 0 && (note.empty() || trim_blanks(note).size() != note.size() ||
                                        find_bad_byte(note) != std::string_view::npos))) {
        return false;
    }
    entry.time = time;
    entry.id.assign(p + id_at, id_end - id_at);
    entry.unit = seconds ? Unit::seconds : Unit::reps;
    entry.amounts.assign(amounts, amounts + count);
    entry.note.assign(note);
    return true;
}

LineKind parse_log_line(std::string_view line, LogEntry& entry) {
    return parse_canonical_log_line(line, entry) ? LineKind::entry
                                                 : parse_any_log_line(line, entry);
}

LineKind parse_any_log_line(std::string_view line, LogEntry& entry) {
    if (!line.empty() && line.back() == '\r') {
        line.remove_suffix(1);
    }
    std::size_t at = 0;
    auto skip_spaces = [&] {
        while (at < line.size() && is_space(line[at])) {
            ++at;
        }
    };
    // Without tabs (as backplan writes lines), a token ends at the next space: one memchr.
    bool has_tab = line.find('\t') != std::string_view::npos;
    auto next_token = [&] {
        std::size_t start = at;
        if (has_tab) {
            while (at < line.size() && !is_space(line[at])) {
                ++at;
            }
        } else {
            at = std::min(line.find(' ', at), line.size());
        }
        return line.substr(start, at - start);
    };
    auto column = [&](std::size_t position) {
        return static_cast<int>(position) + 1;
    };

    skip_spaces();
    if (at == line.size() || line[at] == '#') {
        return LineKind::blank;
    }
    std::size_t time_at = at;
    std::string_view time = next_token();
    try {
        entry.time = parse_timestamp(time);
    } catch (const ValueError& error) {
        throw LogLineError(column(time_at), error.what());
    }
    skip_spaces();
    std::size_t id_at = at;
    std::string_view id = next_token();
    if (!is_valid_id(id)) {
        throw LogLineError(column(id_at),
                           id.empty() ? "expected an exercise id after the time"
                                      : "expected an exercise id, got '" + std::string(id) + "'");
    }
    entry.id.assign(id);
    entry.amounts.clear();
    entry.note.clear();
    for (skip_spaces(); at < line.size() && line[at] != '#'; skip_spaces()) {
        std::size_t amount_at = at;
        std::string_view token = next_token();
        int value = 0;
        Unit unit;
        try {
            unit = parse_amount(token, value);
        } catch (const ValueError& error) {
            throw LogLineError(column(amount_at), error.what());
        }
        if (!entry.amounts.empty() && unit != entry.unit) {
            throw LogLineError(column(amount_at), "mixes reps and seconds in one line");
        }
        if (entry.amounts.size() == max_sets_per_entry) {
            throw LogLineError(column(amount_at), "more than " +
                                                      std::to_string(max_sets_per_entry) +
                                                      " sets in one line");
        }
        entry.unit = unit;
        entry.amounts.push_back(value);
    }
    if (entry.amounts.empty()) {
        throw LogLineError(column(at), "expected the reps (or seconds) of at least one set");
    }
    if (at < line.size()) {
        std::string_view note = trim_blanks(line.substr(at + 1));
        if (std::size_t bad = find_bad_byte(note); bad != std::string_view::npos) {
            std::size_t note_at = static_cast<std::size_t>(note.data() - line.data());
            throw LogLineError(column(note_at + bad), "a byte that is not UTF-8 text in the note");
        }
        entry.note.assign(note);
    }
    return LineKind::entry;
}

std::vector<int> parse_amounts(const std::vector<std::string>& arguments, Unit unit,
                               std::string_view id) {
    if (arguments.empty() || arguments.size() > max_sets_per_entry) {
        throw ValueError("expected the " + std::string(unit_name(unit)) + " of 1 to " +
                         std::to_string(max_sets_per_entry) + " sets");
    }
    std::vector<int> amounts;
    for (const std::string& argument : arguments) {
        bool bare_seconds = unit == Unit::seconds && !argument.empty() && argument.back() != 's';
        int value = 0;
        Unit given = parse_amount(bare_seconds ? argument + "s" : argument, value);
        if (given != unit) {
            throw ValueError(std::string(id) + " counts " + std::string(unit_name(unit)) +
                             ", got '" + argument + "'");
        }
        amounts.push_back(value);
    }
    return amounts;
}

void check_note(std::string_view note) {
    if (std::size_t bad = find_bad_byte(note); bad != std::string_view::npos) {
        throw ValueError("expected one line of text, got a control character or a byte that is "
                         "not UTF-8 at byte " +
                         std::to_string(bad + 1));
    }
    if (text_length(note) > max_note_length) {
        throw ValueError("expected at most " + std::to_string(max_note_length) +
                         " characters, got " + std::to_string(text_length(note)));
    }
}

LocalTime parse_at(std::string_view text, LocalTime now) {
    if (text == "now" || text == "today") {
        return now;
    }
    if (text == "yesterday") {
        return {add_days(now.date, -1), now.seconds};
    }
    if (int clock = parse_clock(text); clock >= 0) {
        return {now.date, clock};
    }
    try {
        if (text.size() == 10) {
            return {parse_date(text), 12 * 3600};
        }
        if (text.size() > 11 && text[10] == 'T') {
            int clock = parse_clock(text.substr(11));
            if (clock >= 0) {
                return {parse_date(text.substr(0, 10)), clock};
            }
        }
    } catch (const ValueError&) {
    }
    throw ValueError("expected now, yesterday, YYYY-MM-DD, YYYY-MM-DDTHH:MM or HH:MM, got '" +
                     std::string(text) + "'");
}

void LogChecker::check(std::size_t number, std::string_view line,
                       std::vector<LogProblem>& problems) {
    try {
        if (parse_log_line(line, m_entry) == LineKind::blank) {
            return;
        }
    } catch (const LogLineError& error) {
        problems.push_back({number, error.column(), error.what(), false});
        return;
    }
    // Ids are lowercase, so the first match cannot fall inside the timestamp.
    int column = static_cast<int>(line.find(m_entry.id)) + 1;
    const Exercise* exercise = nullptr;
    for (const Exercise& candidate : m_routine.exercises) {
        exercise = candidate.id == m_entry.id ? &candidate : exercise;
    }
    if (exercise == nullptr) {
        std::vector<std::string> close = suggest_exercises(m_routine, m_entry.id);
        problems.push_back({number, column,
                            "unknown exercise '" + m_entry.id + "'" +
                                (close.empty() ? "" : "; did you mean '" + close.front() + "'?"),
                            false});
    } else if (exercise->progression.unit != m_entry.unit) {
        problems.push_back({number, column,
                            m_entry.id + " counts " +
                                std::string(unit_name(exercise->progression.unit)) + ", not " +
                                std::string(unit_name(m_entry.unit)),
                            false});
    }
    std::chrono::sys_seconds instant = m_entry.time.instant();
    if (m_latest && instant < *m_latest) {
        problems.push_back({number, 1,
                            "earlier than line " + std::to_string(m_latest_line) +
                                "; sort the log to put it in order",
                            true});
    } else {
        m_latest = instant;
        m_latest_line = number;
    }
}

} // namespace backplan::core
