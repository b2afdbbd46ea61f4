#include "core/pauses.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace backplan::core {

void Pauses::add(const LogEntry& record) {
    m_records.push_back(
        {record.time.instant(), record.id == resume_marker, *record.days, record.note});
    m_settled = false;
}

namespace {

// Calls visit with each of the notes of a span ("; " between them) until it returns true;
// returns whether it did.
template <typename Visit> bool any_note(std::string_view notes, Visit visit) {
    for (std::size_t at = 0; at < notes.size();) {
        std::size_t end = std::min(notes.find("; ", at), notes.size());
        if (visit(notes.substr(at, end - at))) {
            return true;
        }
        at = end + 2;
    }
    return false;
}

// Adds note to the notes of a span, unless it is there already or would take them past one
// note's length.
void add_note(std::string& notes, std::string_view note) {
    if (note.empty() || any_note(notes, [&](std::string_view had) { return had == note; })) {
        return;
    }
    std::string_view separator = notes.empty() ? "" : "; ";
    if (notes.size() + separator.size() + note.size() > max_note_length) {
        return;
    }
    notes += separator;
    notes += note;
}

// Adds each of other's notes to notes.
void add_notes(std::string& notes, std::string_view other) {
    any_note(other, [&](std::string_view note) {
        add_note(notes, note);
        return false;
    });
}

} // namespace

const std::vector<PauseSpan>& Pauses::spans() const {
    if (m_settled) {
        return m_spans;
    }
    // The records in the order they were written, a pause before a resume of the same second
    // (`pause --end` is only taken while a pause holds the day), and records of the same second
    // by what they say: the order of the lines never matters.
    std::vector<const Record*> records;
    records.reserve(m_records.size());
    for (const Record& record : m_records) {
        records.push_back(&record);
    }
    std::sort(records.begin(), records.end(), [](const Record* a, const Record* b) {
        return std::tie(a->written, a->resume, a->days.first, a->days.last, a->note) <
               std::tie(b->written, b->resume, b->days.first, b->days.last, b->note);
    });
    // The paused days so far, by first day, as spans that neither overlap nor touch: a pause
    // joins every span it overlaps or touches; a resume ends the span that holds its day, the
    // day before it, all of it (the pauses it was joined from, whatever their days).
    std::map<Date, PauseSpan> paused;
    for (const Record* record : records) {
        const DaySpan& days = record->days;
        auto at = paused.upper_bound(days.first);
        if (at != paused.begin() &&
            std::prev(at)->second.last >= add_days(days.first, record->resume ? 0 : -1)) {
            --at;
        }
        if (record->resume) {
            if (at != paused.end() && at->first <= days.first && days.first <= at->second.last) {
                if (at->first == days.first) {
                    paused.erase(at);
                } else {
                    at->second.last = add_days(days.first, -1);
                }
            }
            continue;
        }
        PauseSpan joined{days.first, days.last, {}};
        Date after = add_days(days.last, 1);
        while (at != paused.end() && at->first <= after) {
            joined.first = std::min(joined.first, at->second.first);
            joined.last = std::max(joined.last, at->second.last);
            after = add_days(joined.last, 1);
            add_notes(joined.note, at->second.note);
            at = paused.erase(at);
        }
        add_note(joined.note, record->note);
        paused.emplace(joined.first, std::move(joined));
    }
    m_spans.clear();
    for (auto& entry : paused) {
        m_spans.push_back(std::move(entry.second));
    }
    m_settled = true;
    return m_spans;
}

const PauseSpan* Pauses::covering(Date date) const {
    const std::vector<PauseSpan>& all = spans();
    auto after = std::upper_bound(all.begin(), all.end(), date,
                                  [](Date d, const PauseSpan& span) { return d < span.first; });
    if (after == all.begin()) {
        return nullptr;
    }
    const PauseSpan& span = *std::prev(after);
    return date <= span.last ? &span : nullptr;
}

WeekdaySet Pauses::paused_in_week(Date monday) const {
    WeekdaySet days;
    if (empty()) {
        return days;
    }
    for (int d = 0; d < 7; ++d) {
        Date date = add_days(monday, d);
        if (paused(date)) {
            days.add(weekday_of(date));
        }
    }
    return days;
}

} // namespace backplan::core
