// The log's general reader: a line as people write it by hand (backplan-log(5)), read after the
// fast path (log_line_canonical.cpp) gave it up, each problem recorded as a value.
#include "core/fields.hpp"
#include "core/log_line.hpp"
#include "core/match.hpp"
#include "core/pain.hpp"
#include "core/text.hpp"

namespace backplan::core {
namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// read_amount's amount, without its problem: what the reader's loop asks of every set, so that a
// good one costs no message's room.
std::optional<Amount> amount_of(std::string_view token) {
    bool seconds = !token.empty() && token.back() == 's';
    std::string_view digits = seconds ? token.substr(0, token.size() - 1) : token;
    Range limits = amount_limits(seconds ? Unit::seconds : Unit::reps);
    std::optional<int> parsed = digits.starts_with('0') ? std::nullopt : parse_digits(digits, 4);
    if (!parsed || *parsed < limits.low || *parsed > limits.high) {
        return std::nullopt;
    }
    return Amount{*parsed, seconds ? Unit::seconds : Unit::reps};
}

// Reads one line's fields into an entry after the fast path gave it up. Each step returns
// whether it read what it expected; the first that did not has recorded the problem (fail), and
// the line is then LineKind::invalid: a bad line costs no exception, and a log of many is read
// as fast as a good one.
class LineReader {
  public:
    LineReader(std::string_view line, LogEntry& entry, LineProblem& problem,
               const LineContext& context)
        : m_line(line), m_fields(line), m_entry(entry), m_problem(problem), m_context(context) {}

    LineKind read(const Exercise** exercise);

  private:
    // Records the problem at position (from 0) and returns false.
    bool fail(std::size_t position, std::string message, std::string_view unknown = {}) {
        m_problem.column = static_cast<int>(position) + 1;
        m_problem.message = std::move(message);
        m_problem.unknown_exercise.assign(unknown);
        return false;
    }
    bool read_time(Timestamp& time);
    bool read_exercise(const Exercise*& of);
    bool read_exercise_name(const Exercise*& of);
    bool read_pain_token(std::string_view token, std::size_t at);
    bool read_amounts();
    bool read_day(std::string_view what, Date& day);
    bool expect_end(std::string_view after, std::string_view record);
    LineKind read_record(const Exercise*& of);
    bool read_note();

    std::string_view m_line;
    Fields m_fields;
    LogEntry& m_entry;
    LineProblem& m_problem;
    const LineContext& m_context;
};

// Reads the time: one field, or a date and a time of day in two ("2026-11-24 07:30"). A time
// without an offset is placed in the context's time zone.
bool LineReader::read_time(Timestamp& time) {
    std::size_t time_at = m_fields.position();
    std::string_view date = m_fields.next();
    if (date.size() == 10 && !m_fields.at_end() && is_digit(m_fields.peek()) &&
        m_fields.peek_field().find(':') != std::string_view::npos) {
        m_fields.next();
    }
    std::string_view text = m_fields.since(time_at);
    // The problem is worked out only for a bad time: a good one costs no message's room.
    std::optional<WrittenTime> written = read_written_time(text);
    if (!written || !in_date_range(written->local.date)) {
        return fail(time_at, read_written_time_in_range(text).problem());
    }
    const WrittenTime& value = *written;
    if (value.utc_offset) {
        time = {value.local.date, value.local.seconds, *value.utc_offset};
        return true;
    }
    if (!m_context.local_time) {
        return fail(time_at, "expected a time with its offset from UTC, got " + quoted(text));
    }
    Parsed<Timestamp> resolved =
        read_resolved_timestamp(value.local, m_context.local_time(value.local));
    if (!resolved) {
        return fail(time_at, resolved.problem());
    }
    time = resolved.value();
    return true;
}

// Reads what exercise the line is of into entry.id. With a routine: an id as written, else the
// longest run of fields that is an id, alias or name of one of its exercises, in any case. Sets
// of to that exercise, or nullptr without a routine.
bool LineReader::read_exercise(const Exercise*& of) {
    std::size_t label_at = m_fields.position();
    of = nullptr;
    if (m_context.routine == nullptr) {
        std::string_view id = m_fields.next();
        if (!is_valid_id(id)) {
            return fail(label_at, id.empty() ? "expected an exercise id after the time"
                                             : "expected an exercise id, got " + quoted(id));
        }
        m_entry.id.assign(id);
        return true;
    }
    if (m_fields.at_end() || m_fields.peek() == '#') {
        return fail(label_at, "expected an exercise after the time");
    }
    std::string_view first = m_fields.peek_field();
    for (const Exercise& exercise : m_context.routine->exercises) {
        if (same_id(exercise.id, first)) {
            m_fields.next();
            m_entry.id = exercise.id;
            of = &exercise;
            return true;
        }
    }
    return read_exercise_name(of);
}

// read_exercise's search for an alias or a name.
bool LineReader::read_exercise_name(const Exercise*& of) {
    // Names may have spaces: try the longest run of fields first, up to the most words a name
    // has (a line of 32,000 words must not cost 32,000 lookups).
    std::size_t label_at = m_fields.position();
    const LabelIndex* labels = m_context.labels;
    Fields found_at = m_fields;
    std::string_view unknown;
    std::size_t words = 0;
    for (Fields scan = m_fields; !scan.at_end() && scan.peek() != '#';) {
        scan.next();
        ++words;
        std::string_view label = scan.since(label_at);
        if (unknown.empty() && (scan.at_end() || scan.peek() == '#' || is_digit(scan.peek()))) {
            unknown = label; // what is reported when no name is found: the words before the sets
        }
        if (labels != nullptr && words > labels->max_words()) {
            if (!unknown.empty()) {
                break;
            }
            continue; // no name has so many words: only the words before the sets are wanted
        }
        if (const Exercise* exercise = labels != nullptr
                                           ? labels->find(label)
                                           : find_exercise(*m_context.routine, label)) {
            of = exercise;
            found_at = scan;
        }
    }
    if (of == nullptr) {
        return fail(label_at, "unknown exercise " + quoted(unknown), unknown);
    }
    m_fields = found_at;
    m_entry.id = of->id;
    return true;
}

// Reads a pain token after the amounts (token, at position at), which ends them.
bool LineReader::read_pain_token(std::string_view token, std::size_t at) {
    Parsed<int> pain = read_pain(token);
    if (!pain) {
        return fail(at, pain.problem());
    }
    m_entry.pain = pain.value();
    if (!m_fields.at_end() && m_fields.peek() != '#') {
        return fail(m_fields.position(), "expected the end of the line or a # note after the pain");
    }
    return true;
}

// Reads the amounts of sets, then perhaps a pain token, up to the end of the line or a note's
// '#'.
bool LineReader::read_amounts() {
    m_entry.amounts.clear();
    m_entry.pain.reset();
    while (!m_fields.at_end() && m_fields.peek() != '#') {
        std::size_t amount_at = m_fields.position();
        std::string_view token = m_fields.next();
        if (!m_entry.amounts.empty() && token.starts_with(pain_prefix)) {
            return read_pain_token(token, amount_at);
        }
        std::optional<Amount> amount = amount_of(token);
        if (!amount) {
            return fail(amount_at, read_amount(token).problem());
        }
        if (!m_entry.amounts.empty() && amount->unit != m_entry.unit) {
            return fail(amount_at, "mixes reps and seconds in one line");
        }
        if (m_entry.amounts.size() == max_sets_per_entry) {
            return fail(amount_at,
                        "more than " + std::to_string(max_sets_per_entry) + " sets in one line");
        }
        m_entry.unit = amount->unit;
        m_entry.amounts.push_back(amount->value);
    }
    if (m_entry.amounts.empty()) {
        return fail(m_fields.position(), "expected the reps (or seconds) of at least one set");
    }
    return true;
}

// Reads a date field: YYYY-MM-DD within the range; what it is, for the message.
bool LineReader::read_day(std::string_view what, Date& day) {
    std::size_t day_at = m_fields.position();
    if (m_fields.at_end() || m_fields.peek() == '#') {
        return fail(day_at, "expected " + std::string(what) + " (YYYY-MM-DD)");
    }
    Parsed<Date> date = read_date(m_fields.next());
    if (!date) {
        return fail(day_at, date.problem());
    }
    day = date.value();
    return true;
}

// Expects the end of the line or a note's '#' after what was read of the record.
bool LineReader::expect_end(std::string_view after, std::string_view record) {
    if (!m_fields.at_end() && m_fields.peek() != '#') {
        return fail(m_fields.position(),
                    m_fields.peek_field().starts_with(pain_prefix)
                        ? "pain goes with a line of sets, not with " + std::string(record)
                        : "expected the end of the line or a # note after " + std::string(after));
    }
    return true;
}

// Reads a record other than sets, from its marker on: a cancellation (of the record of an
// exercise, a pause or a resume), a pause, or a resume. Sets of to the exercise a cancellation
// names, if any.
LineKind LineReader::read_record(const Exercise*& of) {
    std::size_t marker_at = m_fields.position();
    std::string_view marker = m_fields.next();
    m_entry.unit = Unit::reps;
    m_entry.amounts.clear();
    m_entry.pain.reset();
    if (marker == pause_marker) {
        m_entry.id.assign(pause_marker);
        Date first;
        Date last;
        if (!read_day("the first day of the pause", first)) {
            return LineKind::invalid;
        }
        std::size_t last_at = m_fields.position();
        if (!read_day("the last day of the pause", last)) {
            return LineKind::invalid;
        }
        if (last < first) {
            fail(last_at, "the pause ends (" + format_date(last) + ") before it starts (" +
                              format_date(first) + ")");
            return LineKind::invalid;
        }
        m_entry.days = DaySpan{first, last};
        return expect_end("the last day of the pause", "a pause") ? LineKind::pause
                                                                  : LineKind::invalid;
    }
    if (marker == resume_marker) {
        m_entry.id.assign(resume_marker);
        Date day;
        if (!read_day("the day the pause ends on", day)) {
            return LineKind::invalid;
        }
        m_entry.days = DaySpan{day, day};
        return expect_end("the day", "a resume") ? LineKind::resume : LineKind::invalid;
    }
    if (marker != undo_marker) {
        fail(marker_at, "unknown kind of record " + quoted(marker) + "; expected " +
                            quoted(undo_marker) + ", " + quoted(pause_marker) + " or " +
                            quoted(resume_marker));
        return LineKind::invalid;
    }
    if (m_fields.at_end() || m_fields.peek() == '#') {
        fail(m_fields.position(), "expected the time of the record it cancels");
        return LineKind::invalid;
    }
    Timestamp cancels;
    if (!read_time(cancels)) {
        return LineKind::invalid;
    }
    m_entry.cancels = cancels;
    if (!m_fields.at_end() && is_pause_marker(m_fields.peek_field())) {
        m_entry.id.assign(m_fields.next());
    } else if (!read_exercise(of)) {
        return LineKind::invalid;
    }
    return expect_end(is_pause_marker(m_entry.id) ? "the kind of record" : "the exercise",
                      "a cancellation")
               ? LineKind::cancel
               : LineKind::invalid;
}

// Reads the note after a '#', if any, to the end of the line.
bool LineReader::read_note() {
    m_entry.note.clear();
    if (m_fields.at_end()) {
        return true;
    }
    std::string_view note = trim_blanks(m_line.substr(m_fields.position() + 1));
    if (std::size_t bad = find_bad_byte(note); bad != std::string_view::npos) {
        std::size_t note_at = static_cast<std::size_t>(note.data() - m_line.data());
        return fail(note_at + bad, describe_byte(note, bad) + " in the note");
    }
    m_entry.note.assign(note);
    return true;
}

LineKind LineReader::read(const Exercise** exercise) {
    if (m_fields.at_end() || m_fields.peek() == '#') {
        return LineKind::blank;
    }
    if (!read_time(m_entry.time)) {
        return LineKind::invalid;
    }
    m_entry.cancels.reset();
    m_entry.days.reset();
    LineKind kind = LineKind::entry;
    const Exercise* of = nullptr;
    if (!m_fields.at_end() && m_fields.peek() == '!') {
        kind = read_record(of);
        if (kind == LineKind::invalid) {
            return kind;
        }
    } else {
        // The exercise, then the sets.
        std::size_t exercise_at = m_fields.position();
        if (!read_exercise(of) || !read_amounts()) {
            return LineKind::invalid;
        }
        if (of != nullptr && of->progression.unit != m_entry.unit) {
            fail(exercise_at, m_entry.id + " counts " +
                                  std::string(unit_name(of->progression.unit)) + ", not " +
                                  std::string(unit_name(m_entry.unit)));
            return LineKind::invalid;
        }
    }
    if (exercise != nullptr) {
        *exercise = of;
    }
    return read_note() ? kind : LineKind::invalid;
}

} // namespace

Parsed<Amount> read_amount(std::string_view token) {
    if (std::optional<Amount> amount = amount_of(token)) {
        return *amount;
    }
    bool seconds = !token.empty() && token.back() == 's';
    return Parsed<Amount>::failure(
        seconds ? "expected seconds from 1 to 3600 such as 45s, got " + quoted(token)
                : "expected reps from 1 to 1000 (or seconds such as 45s), got " + quoted(token));
}

Unit parse_amount(std::string_view token, int& value) {
    Amount amount = read_amount(token).value_or_throw();
    value = amount.value;
    return amount.unit;
}

LineKind read_any_log_line(std::string_view line, LogEntry& entry, LineProblem& problem,
                           const LineContext& context, const Exercise** exercise) {
    return LineReader(without_line_ends(line), entry, problem, context).read(exercise);
}

} // namespace backplan::core
