#include "core/log_line.hpp"

#include "core/fields.hpp"
#include "core/match.hpp"
#include "core/pain.hpp"
#include "core/text.hpp"

#include <algorithm>
#include <charconv>

namespace backplan::core {
namespace {

int column_of(std::size_t position) {
    return static_cast<int>(position) + 1;
}

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// Reads the time: one field, or a date and a time of day in two ("2026-11-24 07:30"). A time
// without an offset is placed in the context's time zone.
Timestamp read_time(Fields& fields, const LineContext& context) {
    std::size_t time_at = fields.position();
    std::string_view date = fields.next();
    if (date.size() == 10 && !fields.at_end() && is_digit(fields.peek()) &&
        fields.peek_field().find(':') != std::string_view::npos) {
        fields.next();
    }
    std::string_view text = fields.since(time_at);
    try {
        WrittenTime written = parse_written_time(text);
        if (written.utc_offset) {
            return {written.local.date, written.local.seconds, *written.utc_offset};
        }
        if (!context.local_time) {
            throw ValueError("expected a time with its offset from UTC, got " + quoted(text));
        }
        return resolved_timestamp(written.local, context.local_time(written.local));
    } catch (const ValueError& error) {
        throw LogLineError(column_of(time_at), error.what());
    }
}

// Reads what exercise the line is of into entry.id. With a routine: an id as written, else the
// longest run of fields that is an id, alias or name of one of its exercises, in any case.
// Returns that exercise, or nullptr without a routine.
const Exercise* read_exercise(Fields& fields, LogEntry& entry, const LineContext& context) {
    std::size_t label_at = fields.position();
    if (context.routine == nullptr) {
        std::string_view id = fields.next();
        if (!is_valid_id(id)) {
            throw LogLineError(column_of(label_at),
                               id.empty() ? "expected an exercise id after the time"
                                          : "expected an exercise id, got " + quoted(id));
        }
        entry.id.assign(id);
        return nullptr;
    }
    if (fields.at_end() || fields.peek() == '#') {
        throw LogLineError(column_of(label_at), "expected an exercise after the time");
    }
    std::string_view first = fields.peek_field();
    for (const Exercise& exercise : context.routine->exercises) {
        if (same_id(exercise.id, first)) {
            fields.next();
            entry.id = exercise.id;
            return &exercise;
        }
    }
    // Names may have spaces: try the longest run of fields first, up to the most words a name
    // has (a line of 32,000 words must not cost 32,000 lookups).
    const Exercise* found = nullptr;
    Fields found_at = fields;
    std::string_view unknown;
    std::size_t words = 0;
    for (Fields scan = fields; !scan.at_end() && scan.peek() != '#';) {
        scan.next();
        ++words;
        std::string_view label = scan.since(label_at);
        if (unknown.empty() && (scan.at_end() || scan.peek() == '#' || is_digit(scan.peek()))) {
            unknown = label; // what is reported when no name is found: the words before the sets
        }
        if (context.labels != nullptr && words > context.labels->max_words()) {
            if (!unknown.empty()) {
                break;
            }
            continue; // no name has so many words: only the words before the sets are wanted
        }
        if (const Exercise* exercise = context.labels != nullptr
                                           ? context.labels->find(label)
                                           : find_exercise(*context.routine, label)) {
            found = exercise;
            found_at = scan;
        }
    }
    if (found == nullptr) {
        throw LogLineError(column_of(label_at), "unknown exercise " + quoted(unknown),
                           std::string(unknown));
    }
    fields = found_at;
    entry.id = found->id;
    return found;
}

// Reads a pain token after the amounts (token, at position at), which ends them.
void read_pain(const Fields& fields, std::string_view token, std::size_t at, LogEntry& entry) {
    try {
        entry.pain = parse_pain(token);
    } catch (const ValueError& error) {
        throw LogLineError(column_of(at), error.what());
    }
    if (!fields.at_end() && fields.peek() != '#') {
        throw LogLineError(column_of(fields.position()),
                           "expected the end of the line or a # note after the pain");
    }
}

// Reads the amounts of sets, then perhaps a pain token, up to the end of the line or a note's
// '#'.
void read_amounts(Fields& fields, LogEntry& entry) {
    entry.amounts.clear();
    entry.pain.reset();
    while (!fields.at_end() && fields.peek() != '#') {
        std::size_t amount_at = fields.position();
        std::string_view token = fields.next();
        if (!entry.amounts.empty() && token.starts_with(pain_prefix)) {
            read_pain(fields, token, amount_at, entry);
            return;
        }
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

// Reads a date field: YYYY-MM-DD within the range; what it is, for the message.
Date read_day(Fields& fields, std::string_view what) {
    std::size_t day_at = fields.position();
    if (fields.at_end() || fields.peek() == '#') {
        throw LogLineError(column_of(day_at), "expected " + std::string(what) + " (YYYY-MM-DD)");
    }
    try {
        return parse_date(fields.next());
    } catch (const ValueError& error) {
        throw LogLineError(column_of(day_at), error.what());
    }
}

// Expects the end of the line or a note's '#' after what was read of the record.
void expect_end(const Fields& fields, std::string_view after, std::string_view record) {
    if (!fields.at_end() && fields.peek() != '#') {
        throw LogLineError(column_of(fields.position()),
                           fields.peek_field().starts_with(pain_prefix)
                               ? "pain goes with a line of sets, not with " + std::string(record)
                               : "expected the end of the line or a # note after " +
                                     std::string(after));
    }
}

// Reads a record other than sets, from its marker on: a cancellation (of the record of an
// exercise, a pause or a resume), a pause, or a resume. Sets of to the exercise a cancellation
// names, if any.
LineKind read_record(Fields& fields, LogEntry& entry, const LineContext& context,
                     const Exercise*& of) {
    std::size_t marker_at = fields.position();
    std::string_view marker = fields.next();
    entry.unit = Unit::reps;
    entry.amounts.clear();
    entry.pain.reset();
    if (marker == pause_marker) {
        entry.id.assign(pause_marker);
        Date first = read_day(fields, "the first day of the pause");
        std::size_t last_at = fields.position();
        Date last = read_day(fields, "the last day of the pause");
        if (last < first) {
            throw LogLineError(column_of(last_at), "the pause ends (" + format_date(last) +
                                                       ") before it starts (" + format_date(first) +
                                                       ")");
        }
        entry.days = DaySpan{first, last};
        expect_end(fields, "the last day of the pause", "a pause");
        return LineKind::pause;
    }
    if (marker == resume_marker) {
        entry.id.assign(resume_marker);
        Date day = read_day(fields, "the day the pause ends on");
        entry.days = DaySpan{day, day};
        expect_end(fields, "the day", "a resume");
        return LineKind::resume;
    }
    if (marker != undo_marker) {
        throw LogLineError(column_of(marker_at), "unknown kind of record " + quoted(marker) +
                                                     "; expected " + quoted(undo_marker) + ", " +
                                                     quoted(pause_marker) + " or " +
                                                     quoted(resume_marker));
    }
    if (fields.at_end() || fields.peek() == '#') {
        throw LogLineError(column_of(fields.position()),
                           "expected the time of the record it cancels");
    }
    entry.cancels = read_time(fields, context);
    if (!fields.at_end() && is_pause_marker(fields.peek_field())) {
        entry.id.assign(fields.next());
    } else {
        of = read_exercise(fields, entry, context);
    }
    expect_end(fields, is_pause_marker(entry.id) ? "the kind of record" : "the exercise",
               "a cancellation");
    return LineKind::cancel;
}

} // namespace

Unit parse_amount(std::string_view token, int& value) {
    bool seconds = !token.empty() && token.back() == 's';
    std::string_view digits = seconds ? token.substr(0, token.size() - 1) : token;
    Range limits = amount_limits(seconds ? Unit::seconds : Unit::reps);
    std::optional<int> parsed = digits.starts_with('0') ? std::nullopt : parse_digits(digits, 4);
    if (!parsed || *parsed < limits.low || *parsed > limits.high) {
        throw ValueError(seconds
                             ? "expected seconds from 1 to 3600 such as 45s, got " + quoted(token)
                             : "expected reps from 1 to 1000 (or seconds such as 45s), got " +
                                   quoted(token));
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
    constexpr std::size_t pain_room = 17;   // " pain=-2147483648"
    std::size_t start = out.size();
    std::size_t cancel_room = entry.cancels ? undo_marker.size() + timestamp_length + 2 : 0;
    std::size_t days_room = entry.days ? 22 : 0; // " 2026-11-30 2026-12-13"
    out.resize(start + timestamp_length + 1 + cancel_room + entry.id.size() + days_room +
               amount_room * entry.amounts.size() + (entry.pain ? pain_room : 0) +
               (entry.note.empty() ? 0 : 3 + entry.note.size()));
    char* at = write_timestamp(out.data() + start, entry.time);
    *at++ = ' ';
    if (entry.cancels) {
        at = std::copy(undo_marker.begin(), undo_marker.end(), at);
        *at++ = ' ';
        at = write_timestamp(at, *entry.cancels);
        *at++ = ' ';
    }
    at = std::copy(entry.id.begin(), entry.id.end(), at);
    if (entry.days) {
        *at++ = ' ';
        at = write_date(at, entry.days->first);
        if (entry.id == pause_marker) {
            *at++ = ' ';
            at = write_date(at, entry.days->last);
        }
    }
    for (int amount : entry.amounts) {
        *at++ = ' ';
        at = std::to_chars(at, at + 11, amount).ptr;
        if (entry.unit == Unit::seconds) {
            *at++ = 's';
        }
    }
    if (entry.pain) {
        *at++ = ' ';
        at = std::copy(pain_prefix.begin(), pain_prefix.end(), at);
        at = std::to_chars(at, at + 11, *entry.pain).ptr;
    }
    if (!entry.note.empty()) {
        at = std::copy_n(" # ", 3, at);
        at = std::copy(entry.note.begin(), entry.note.end(), at);
    }
    out.resize(static_cast<std::size_t>(at - out.data()));
}

LineKind parse_log_line(std::string_view line, LogEntry& entry, const LineContext& context,
                        const Exercise** exercise) {
    // The fast path reads a line as backplan writes it in about 67 ns against 80 ns for the
    // general parser (build/micro_bench, scripts/bench): most of `report`'s time on a long log.
    line = without_line_ends(line);
    return parse_canonical_log_line(line, entry, context.routine, exercise)
               ? LineKind::entry
               : parse_any_log_line(line, entry, context, exercise);
}

LineKind parse_any_log_line(std::string_view line, LogEntry& entry, const LineContext& context,
                            const Exercise** exercise) {
    line = without_line_ends(line);
    Fields fields(line);
    if (fields.at_end() || fields.peek() == '#') {
        return LineKind::blank;
    }
    entry.time = read_time(fields, context);
    entry.cancels.reset();
    entry.days.reset();
    LineKind kind = LineKind::entry;
    const Exercise* of = nullptr;
    if (!fields.at_end() && fields.peek() == '!') {
        kind = read_record(fields, entry, context, of);
    } else {
        // The exercise, then the sets.
        std::size_t exercise_at = fields.position();
        of = read_exercise(fields, entry, context);
        read_amounts(fields, entry);
        if (of != nullptr && of->progression.unit != entry.unit) {
            throw LogLineError(column_of(exercise_at),
                               entry.id + " counts " +
                                   std::string(unit_name(of->progression.unit)) + ", not " +
                                   std::string(unit_name(entry.unit)));
        }
    }
    if (exercise != nullptr) {
        *exercise = of;
    }
    entry.note.clear();
    if (!fields.at_end()) {
        std::string_view note = trim_blanks(line.substr(fields.position() + 1));
        if (std::size_t bad = find_bad_byte(note); bad != std::string_view::npos) {
            std::size_t note_at = static_cast<std::size_t>(note.data() - line.data());
            throw LogLineError(column_of(note_at + bad), describe_byte(note, bad) + " in the note");
        }
        entry.note.assign(note);
    }
    return kind;
}

LineKind kind_of(const LogEntry& entry) {
    if (entry.cancels) {
        return LineKind::cancel;
    }
    if (entry.days) {
        return entry.id == pause_marker ? LineKind::pause : LineKind::resume;
    }
    return LineKind::entry;
}

std::string_view without_byte_order_mark(std::string_view first_line) {
    return first_line.starts_with("\xEF\xBB\xBF") ? first_line.substr(3) : first_line;
}

std::string_view without_line_ends(std::string_view line) {
    line = without_byte_order_mark(line);
    return line.ends_with('\r') ? line.substr(0, line.size() - 1) : line;
}

} // namespace backplan::core
