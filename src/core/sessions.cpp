#include "core/sessions.hpp"

#include <algorithm>

namespace backplan::core {
namespace {

const Sessions no_sessions;

// The order of Sessions: by date.
bool before(const Session& session, Date date) {
    return session.date < date;
}

} // namespace

void Session::keep(int amount, int time) {
    auto size = static_cast<std::size_t>(kept());
    if (static_cast<std::size_t>(sets) > amounts.size()) {
        // Past ten sets: the first of the lowest kept makes way for a higher one (add passed
        // over one no higher).
        auto first_lowest = static_cast<std::size_t>(
            std::find(amounts.begin(), amounts.end(), lowest) - amounts.begin());
        std::move(amounts.begin() + static_cast<std::ptrdiff_t>(first_lowest) + 1, amounts.end(),
                  amounts.begin() + static_cast<std::ptrdiff_t>(first_lowest));
        std::move(minutes.begin() + static_cast<std::ptrdiff_t>(first_lowest) + 1, minutes.end(),
                  minutes.begin() + static_cast<std::ptrdiff_t>(first_lowest));
        size = amounts.size() - 1;
    } else {
        size -= 1; // the new set's place is not taken yet
    }
    // After every set done at or before its minute.
    auto minute = static_cast<std::uint16_t>(time / 60);
    std::size_t at = size;
    while (at > 0 && minutes[at - 1] > minute) {
        amounts[at] = amounts[at - 1];
        minutes[at] = minutes[at - 1];
        --at;
    }
    amounts[at] = static_cast<std::uint16_t>(amount);
    minutes[at] = minute;
    if (static_cast<std::size_t>(sets) >= amounts.size()) {
        lowest = *std::min_element(amounts.begin(), amounts.end());
    }
}

int Session::kept() const {
    return static_cast<int>(
        std::min<std::int64_t>(sets, static_cast<std::int64_t>(amounts.size())));
}

int Session::best_set() const {
    return *std::max_element(amounts.begin(), amounts.end());
}

int Session::sets_reaching(int amount) const {
    return static_cast<int>(std::count_if(amounts.begin(), amounts.begin() + kept(),
                                          [&](int done) { return done >= amount; }));
}

bool Session::meets(Step step) const {
    return sets_reaching(step.amount) >= step.sets;
}

Sessions::const_iterator Sessions::lower_bound(Date date) const {
    return std::lower_bound(m_sessions.begin(), m_sessions.end(), date, before);
}

const Session* Sessions::find(Date date) const {
    auto at = lower_bound(date);
    return at != end() && at->date == date ? &*at : nullptr;
}

Session& Sessions::on_other(Date date) {
    // A session after the newest is the next most common case.
    if (m_sessions.empty() || m_sessions.back().date < date) {
        return m_sessions.emplace_back(Session{date});
    }
    auto at = std::lower_bound(m_sessions.begin(), m_sessions.end(), date, before);
    if (at->date != date) {
        at = m_sessions.insert(at, Session{date});
    }
    return *at;
}

void LogHistory::add(Sessions& sessions, const LogEntry& entry) {
    Session& session = sessions.on(entry.time.date);
    if (entry.pain && *entry.pain > session.pain) {
        session.pain = static_cast<std::int16_t>(*entry.pain);
    }
    const int seconds = entry.time.seconds;
    for (int amount : entry.amounts) {
        session.add(amount, seconds);
    }
}

const Sessions& LogHistory::sessions(std::string_view id) const {
    auto found = m_exercises.find(id);
    return found == m_exercises.end() ? no_sessions : found->second;
}

Sessions& LogHistory::sessions_of(std::string_view id) {
    auto found = m_exercises.find(id);
    if (found == m_exercises.end()) {
        found = m_exercises.emplace(id, Sessions{}).first;
    }
    return found->second;
}

} // namespace backplan::core
