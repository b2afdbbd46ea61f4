#include "core/log_line.hpp"

#include "core/text.hpp"

#include <algorithm>
#include <charconv>

namespace backplan::core {
namespace {

bool is_space(char c) {
    return c == ' ' || c == '\t';
}

int column_of(std::size_t position) {
    return static_cast<int>(position) + 1;
}

// The fields of a hand-edited line: runs of spaces or tabs between them.
class Fields {
  public:
    explicit Fields(std::string_view line)
        : m_line(line), m_has_tab(line.find('\t') != std::string_view::npos) {
        skip_blanks();
    }
    bool at_end() const { return m_at == m_line.size(); }
    char peek() const { return m_line[m_at]; }
    // Where the next field starts, from 0.
    std::size_t position() const { return m_at; }
    // The next field, and the blanks after it skipped.
    std::string_view next() {
        std::size_t start = m_at;
        if (m_has_tab) {
            while (m_at < m_line.size() && !is_space(m_line[m_at])) {
                ++m_at;
            }
        } else {
            // Without tabs (as backplan writes lines), a field ends at the next space: one memchr.
            m_at = std::min(m_line.find(' ', m_at), m_line.size());
        }
        std::string_view field = m_line.substr(start, m_at - start);
        skip_blanks();
        return field;
    }

  private:
    void skip_blanks() {
        while (m_at < m_line.size() && is_space(m_line[m_at])) {
            ++m_at;
        }
    }

    std::string_view m_line;
    bool m_has_tab;
    std::size_t m_at = 0;
};

// Reads the amounts of sets up to the end of the line or a note's '#'.
void read_amounts(Fields& fields, LogEntry& entry) {
    entry.amounts.clear();
    while (!fields.at_end() && fields.peek() != '#') {
        std::size_t amount_at = fields.position();
        std::string_view token = fields.next();
        int value = 0;
        Unit unit;
        try {
            unit = parse_amount(token, value);
        } catch (const ValueError& error) {
            throw LogLineError(column_of(amount_at), error.what());
        }
        if (!entry.amounts.empty() && unit != entry.unit) {
            throw LogLineError(column_of(amount_at), "mixes reps and seconds in one line");
        }
        if (entry.amounts.size() == max_sets_per_entry) {
            throw LogLineError(column_of(amount_at), "more than " +
                                                         std::to_string(max_sets_per_entry) +
                                                         " sets in one line");
        }
        entry.unit = unit;
        entry.amounts.push_back(value);
    }
    if (entry.amounts.empty()) {
        throw LogLineError(column_of(fields.position()),
                           "expected the reps (or seconds) of at least one set");
    }
}

} // namespace

Unit parse_amount(std::string_view token, int& value) {
    bool seconds = !token.empty() && token.back() == 's';
    std::string_view digits = seconds ? token.substr(0, token.size() - 1) : token;
    Range limits = amount_limits(seconds ? Unit::seconds : Unit::reps);
    std::optional<int> parsed = digits.starts_with('0') ? std::nullopt : parse_digits(digits, 4);
    if (!parsed || *parsed < limits.low || *parsed > limits.high) {
        throw ValueError(seconds ? "expected seconds from 1 to 3600 such as 45s, got '" +
                                       std::string(token) + "'"
                                 : "expected reps from 1 to 1000 (or seconds such as 45s), got '" +
                                       std::string(token) + "'");
    }
    value = *parsed;
    return seconds ? Unit::seconds : Unit::reps;
}

std::string format_log_line(const LogEntry& entry) {
    std::string line;
    format_log_line_into(line, entry);
    return line;
}

void format_log_line_into(std::string& out, const LogEntry& entry) {
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

LineKind parse_log_line(std::string_view line, LogEntry& entry) {
    // The fast path reads a line as backplan writes it in about 67 ns against 80 ns for the
    // general parser (build/micro_bench, scripts/bench): most of `report`'s time on a long log.
    return parse_canonical_log_line(line, entry) ? LineKind::entry
                                                 : parse_any_log_line(line, entry);
}

bool parse_canonical_log_line(std::string_view line, LogEntry& entry) {
    // "2026-11-24T07:30:00+01:00 action2 20 20 18": the timestamp read as parse_timestamp reads
    // it, then nothing the general parser would read differently.
    constexpr std::size_t id_at = timestamp_length + 1;
    if (line.size() < id_at + 3) {
        return false;
    }
    const char* p = line.data();
    const char* end = p + line.size();
    Timestamp time;
    if (p[timestamp_length] != ' ' || !read_timestamp(line.substr(0, timestamp_length), time) ||
        (p[19] == '-' && time.utc_offset == 0)) { // written +00:00
        return false;
    }
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
            p[at + 1] < '1' || p[at + 1] > '9') {
            return false;
        }
        int value = 0;
        const char* digits_end = std::from_chars(p + at + 1, end, value).ptr;
        std::size_t digits = static_cast<std::size_t>(digits_end - (p + at + 1));
        at += 1 + digits;
        bool in_seconds = at < line.size() && p[at] == 's';
        at += in_seconds ? 1 : 0;
        Range limits = amount_limits(in_seconds ? Unit::seconds : Unit::reps);
        if (digits > 4 || value < limits.low || value > limits.high ||
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

LineKind parse_any_log_line(std::string_view line, LogEntry& entry) {
    if (!line.empty() && line.back() == '\r') {
        line.remove_suffix(1);
    }
    Fields fields(line);
    if (fields.at_end() || fields.peek() == '#') {
        return LineKind::blank;
    }
    std::size_t time_at = fields.position();
    std::string_view time = fields.next();
    try {
        entry.time = parse_timestamp(time);
    } catch (const ValueError& error) {
        throw LogLineError(column_of(time_at), error.what());
    }
    std::size_t id_at = fields.position();
    std::string_view id = fields.next();
    if (!is_valid_id(id)) {
        throw LogLineError(column_of(id_at),
                           id.empty() ? "expected an exercise id after the time"
                                      : "expected an exercise id, got '" + std::string(id) + "'");
    }
    entry.id.assign(id);
    read_amounts(fields, entry);
    entry.note.clear();
    if (!fields.at_end()) {
        std::string_view note = trim_blanks(line.substr(fields.position() + 1));
        if (std::size_t bad = find_bad_byte(note); bad != std::string_view::npos) {
            std::size_t note_at = static_cast<std::size_t>(note.data() - line.data());
            throw LogLineError(column_of(note_at + bad),
                               "a byte that is not UTF-8 text in the note");
        }
        entry.note.assign(note);
    }
    return LineKind::entry;
}

} // namespace backplan::core
