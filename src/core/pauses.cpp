#include "core/pauses.hpp"

#include <algorithm>
#include <set>
#include <tuple>

namespace backplan::core {

void Pauses::add(const LogEntry& record) {
    (record.id == pause_marker ? m_pauses : m_resumes)
        .push_back({record.time.instant(), *record.days, record.note});
    m_settled = false;
}

const std::vector<PauseSpan>& Pauses::spans() const {
    if (m_settled) {
        return m_spans;
    }
    // Each pause ends the day before the earliest resume that was written after it (or in the
    // same second: `pause --end` is only taken while a pause holds the day) and falls
    // within it. The pauses latest written first, each with the days of the resumes written
    // after it in a set: every record is looked at once, however they overlap.
    std::vector<Record> pauses = m_pauses;
    auto written_before = [](const Record& a, const Record& b) {
        return std::tie(a.written, a.days.first, a.days.last, a.note) <
               std::tie(b.written, b.days.first, b.days.last, b.note);
    };
    std::sort(pauses.begin(), pauses.end(), written_before);
    std::vector<Record> resumes = m_resumes;
    std::sort(resumes.begin(), resumes.end(), written_before);
    std::set<Date> resumed;
    std::vector<std::pair<std::size_t, DaySpan>> cut; // by index into pauses, written order
    auto resume = resumes.rbegin();
    for (std::size_t i = pauses.size(); i-- > 0;) {
        const Record& pause = pauses[i];
        for (; resume != resumes.rend() && resume->written >= pause.written; ++resume) {
            resumed.insert(resume->days.first);
        }
        DaySpan days = pause.days;
        auto end = resumed.lower_bound(days.first);
        if (end != resumed.end() && *end <= days.last) {
            if (*end == days.first) {
                continue; // over before it began
            }
            days.last = add_days(*end, -1);
        }
        cut.emplace_back(i, days);
    }
    std::sort(cut.begin(), cut.end(), [](const auto& a, const auto& b) {
        return std::tie(a.second.first, a.first) < std::tie(b.second.first, b.first);
    });
    // Overlapping or adjacent pauses are one; its notes in the order they were written.
    m_spans.clear();
    std::vector<std::size_t> members;
    auto close = [&] {
        std::sort(members.begin(), members.end());
        std::vector<std::string_view> notes;
        for (std::size_t i : members) {
            const std::string& note = pauses[i].note;
            if (!note.empty() && std::find(notes.begin(), notes.end(), note) == notes.end()) {
                std::string& joined = m_spans.back().note;
                joined += (joined.empty() ? "" : "; ") + note;
                notes.push_back(note);
            }
        }
        members.clear();
    };
    for (const auto& [index, days] : cut) {
        if (m_spans.empty() || days.first > add_days(m_spans.back().last, 1)) {
            if (!m_spans.empty()) {
                close();
            }
            m_spans.push_back({days.first, days.last, {}});
        }
        m_spans.back().last = std::max(m_spans.back().last, days.last);
        members.push_back(index);
    }
    if (!m_spans.empty()) {
        close();
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
