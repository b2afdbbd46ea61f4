// The log's fast path: a line exactly as format_log_line writes it, read in about 67 ns (the
// general parser in log_line.cpp reads everything else; tests and the log_line fuzzer hold the
// two to the same results).
#include "core/log_line.hpp"
#include "core/pain.hpp"
#include "core/text.hpp"

#include <algorithm>
#include <cstring>

namespace backplan::core {

bool parse_canonical_log_line(std::string_view line, LogEntry& entry, const Routine* routine,
                              const Exercise** exercise, LineCache* cache) {
    // "2026-11-24T07:30:00+01:00 action2 20 20 18": the timestamp read as parse_timestamp reads
    // it, then nothing the general parser would read differently.
    constexpr std::size_t id_at = timestamp_length + 1;
    if (line.size() < id_at + 3) {
        return false;
    }
    const char* p = line.data();
    Timestamp time;
    std::string_view timestamp = line.substr(0, timestamp_length);
    // The date of the line before, when its text is the same: the rest read alone (a report
    // over 1M lines: 1.12G -> 1.05G instructions, with the exercise looked at first below).
    bool same_day = cache != nullptr && cache->has_date &&
                    std::memcmp(p, cache->date_text, sizeof cache->date_text) == 0;
    if (p[timestamp_length] != ' ') {
        return false;
    }
    // And its offset too, as written: the time of day read alone (report over 1M lines, 85
    // instructions a line).
    constexpr std::size_t offset_at = 19;
    if (same_day &&
        std::memcmp(p + offset_at, cache->offset_text, sizeof cache->offset_text) == 0) {
        int seconds = 0;
        if (!read_time_of_day(timestamp, seconds)) {
            return false;
        }
        time = {cache->date, seconds, cache->offset};
    } else {
        if (!(same_day ? read_timestamp_on(cache->date, timestamp, time)
                       : read_timestamp(timestamp, time)) ||
            (p[offset_at] == '-' && time.utc_offset == 0)) { // written +00:00
            return false;
        }
        if (cache != nullptr) {
            std::memcpy(cache->date_text, p, sizeof cache->date_text);
            cache->date = time.date;
            cache->has_date = true;
            std::memcpy(cache->offset_text, p + offset_at, sizeof cache->offset_text);
            cache->offset = time.utc_offset;
        }
    }
    // With a routine, one of its ids (which are valid ones): the one lookup of the line. The
    // exercise after the last line's first, as a session is logged in order, and then the id's
    // end is where that id ends (no search for the blank: report over 1M lines, 18 instructions
    // a line).
    const std::vector<Exercise>* exercises = routine != nullptr ? &routine->exercises : nullptr;
    std::size_t next =
        exercises != nullptr && cache != nullptr ? cache->next_exercise : std::string_view::npos;
    std::size_t id_end = std::string_view::npos;
    if (exercises != nullptr && next < exercises->size()) {
        const std::string& expected = (*exercises)[next].id;
        std::size_t end = id_at + expected.size();
        if (end < line.size() && p[end] == ' ' &&
            same_id(expected, line.substr(id_at, expected.size()))) {
            id_end = end;
        }
    }
    bool expected_found = id_end != std::string_view::npos;
    if (!expected_found) {
        id_end = line.find(' ', id_at);
        if (id_end == std::string_view::npos) {
            return false;
        }
    }
    std::string_view id = line.substr(id_at, id_end - id_at);
    const Exercise* of = nullptr;
    if (exercises != nullptr) {
        auto found = expected_found
                         ? exercises->begin() + static_cast<std::ptrdiff_t>(next)
                         : std::find_if(exercises->begin(), exercises->end(),
                                        [&](const Exercise& e) { return same_id(e.id, id); });
        if (found == exercises->end()) {
            return false; // an alias, or an exercise the general parser reports
        }
        of = &*found;
        if (cache != nullptr) {
            cache->next_exercise =
                static_cast<std::size_t>(found - exercises->begin() + 1) % exercises->size();
        }
    } else if (!is_valid_id(id)) {
        return false;
    }
    // Amounts: " " then 1-4 digits without a leading zero, each with an "s" or none; then
    // perhaps " # " and a note.
    int amounts[max_sets_per_entry];
    std::size_t count = 0;
    bool seconds = false;
    std::size_t note_at = 0;
    int pain = -1;
    // Whether " # " starts at at, compared in place: memcmp called for each amount cost more
    // than reading the amount.
    auto note_starts = [&](std::size_t at) {
        return line.size() - at >= 3 && p[at] == ' ' && p[at + 1] == '#' && p[at + 2] == ' ';
    };
    const std::size_t size = line.size();
    const Range reps = amount_limits(Unit::reps), in_seconds_limits = amount_limits(Unit::seconds);
    auto is_digit = [](char c) {
        return static_cast<unsigned>(c) - '0' <= 9;
    };
    for (std::size_t at = id_end; at < size;) {
        if (at + 1 < size && p[at] == ' ' && p[at + 1] >= '1' && p[at + 1] <= '9' &&
            count < max_sets_per_entry) {
            // An amount: at most four digits, read in place (std::from_chars cost 40
            // instructions an amount).
            int value = p[at + 1] - '0';
            std::size_t digits_end = std::min(size, at + 5);
            for (at += 2; at < digits_end && is_digit(p[at]); ++at) {
                value = value * 10 + (p[at] - '0');
            }
            bool in_seconds = at < size && p[at] == 's';
            at += in_seconds ? 1 : 0;
            const Range& limits = in_seconds ? in_seconds_limits : reps;
            if ((!in_seconds && at < size && is_digit(p[at])) || value < limits.low ||
                value > limits.high || (count > 0 && in_seconds != seconds) ||
                (at < size && p[at] != ' ')) {
                return false; // five digits or more, out of range, mixed units, or no blank
            }
            seconds = in_seconds;
            amounts[count++] = value;
            continue;
        }
        if (count > 0 && note_starts(at)) {
            note_at = at + 3;
            break;
        }
        // Not an amount: the pain, and then the end or a note? Looked for only here, so a line
        // without pain costs nothing more.
        if (count == 0 || (at = read_written_pain(line, at, pain)) == std::string_view::npos ||
            (at < size && !note_starts(at))) {
            return false;
        }
    }
    std::string_view note = note_at == 0 ? std::string_view() : line.substr(note_at);
    if (count == 0 || (note_at != 0 && (note.empty() || trim_blanks(note).size() != note.size() ||
                                        find_bad_byte(note) != std::string_view::npos))) {
        return false;
    }
    Unit unit = seconds ? Unit::seconds : Unit::reps;
    if (of != nullptr && of->progression.unit != unit) {
        return false; // the general parser reports the unit
    }
    if (exercise != nullptr) {
        *exercise = of;
    }
    entry.time = time;
    entry.cancels.reset();
    entry.days.reset();
    // The id over the last line's when as long (ids such as action1..action6), and an empty note
    // left empty: string::assign cost 88 instructions a line.
    if (entry.id.size() == id.size()) {
        std::copy(id.begin(), id.end(), entry.id.begin());
    } else {
        entry.id.assign(id);
    }
    entry.unit = unit;
    // Element by element: assign called memmove, 30 instructions a line.
    entry.amounts.resize(count);
    for (std::size_t i = 0; i < count; ++i) {
        entry.amounts[i] = amounts[i];
    }
    if (!note.empty() || !entry.note.empty()) {
        entry.note.assign(note);
    }
    entry.pain = pain >= 0 ? std::optional<int>(pain) : std::nullopt;
    return true;
}

} // namespace backplan::core
