#include "core/pauses.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace backplan::core {

void Pauses::add(const LogEntry& record) {
    (record.id == pause_marker ? m_pauses : m_resumes)
        .push_back({record.time.instant(), *record.days, record.note});
    m_settled = false;
}

namespace {

// Adds note to the notes of a span ("; " between them), unless it is there already or would
// take them past one note's length.
void add_note(std::string& notes, std::string_view note) {
    if (note.empty()) {
        return;
    }
    for (std::size_t at = 0; at < notes.size();) {
        std::size_t end = std::min(notes.find("; ", at), notes.size());
        if (std::string_view(notes).substr(at, end - at) == note) {
            return;
        }
        at = end + 2;
    }
    if (notes.size() + 2 + note.size() > max_note_length) {
        return;
    }
    if (!notes.empty()) {
        notes += "; ";
    }
    notes += note;
}

// Adds each of other's notes to notes.
void add_notes(std::string& notes, std::string_view other) {
    for (std::size_t at = 0; at < other.size();) {
        std::size_t end = std::min(other.find("; ", at), other.size());
        add_note(notes, other.substr(at, end - at));
        at = end + 2;
    }
}

} // namespace

const std::vector<PauseSpan>& Pauses::spans() const {
    if (m_settled) {
        return m_spans;
    }
    // The records in the order they were written, a pause before a resume of the same second
    // (`pause --end` is only taken while a pause holds the day), and records of the same second
    // by what they say: the order of the lines never matters.
    struct Event {
        const Record* record;
        bool resume;
    };
    std::vector<Event> events;
    events.reserve(m_pauses.size() + m_resumes.size());
    for (const Record& pause : m_pauses) {
        events.push_back({&pause, false});
    }
    for (const Record& resume : m_resumes) {
        events.push_back({&resume, true});
    }
    std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
        return std::tie(a.record->written, a.resume, a.record->days.first, a.record->days.last,
                        a.record->note) < std::tie(b.record->written, b.resume,
                                                   b.record->days.first, b.record->days.last,
                                                   b.record->note);
    });
    // The paused days so far, by first day, as spans that neither overlap nor touch: a pause
    // joins every span it overlaps or touches; a resume ends the span that holds its day, the
    // day before it, all of it (the pauses it was joined from, whatever their days).
    std::map<Date, PauseSpan> paused;
    for (const Event& event : events) {
        const DaySpan& days = event.record->days;
        auto at = paused.upper_bound(days.first);
        if (at != paused.begin() &&
            std::prev(at)->second.last >= add_days(days.first, event.resume ? 0 : -1)) {
            --at;
        }
        if (event.resume) {
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
        add_note(joined.note, event.record->note);
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
