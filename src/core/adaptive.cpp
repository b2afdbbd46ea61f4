#include "core/adaptive.hpp"

#include <algorithm>

namespace backplan::core {
namespace {

const Sessions no_sessions;

// The order of Sessions: by date.
bool before(const Session& session, Date date) {
    return session.date < date;
}

// Days from a to b.
int days_between(Date a, Date b) {
    return static_cast<int>((std::chrono::sys_days(b) - std::chrono::sys_days(a)).count());
}

} // namespace

void Session::add(int amount) {
    ++sets;
    total += amount;
    // Keep the highest amounts, highest first: the new one goes in the first free place (or
    // over the lowest when all are taken, if it is higher) and moves up past lower ones.
    std::size_t at = std::min(static_cast<std::size_t>(sets), top.size()) - 1;
    if (static_cast<std::size_t>(sets) > top.size() && amount <= top[at]) {
        return;
    }
    for (; at > 0 && top[at - 1] < amount; --at) {
        top[at] = top[at - 1];
    }
    top[at] = amount;
}

int Session::sets_reaching(int amount) const {
    return static_cast<int>(
        std::count_if(top.begin(), top.end(), [&](int highest) { return highest >= amount; }));
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

Session& Sessions::on(Date date) {
    // A log is nearly in time order: the newest session, or one after it, is the common case.
    if (m_sessions.empty() || m_sessions.back().date < date) {
        return m_sessions.emplace_back(Session{date});
    }
    if (m_sessions.back().date == date) {
        return m_sessions.back();
    }
    auto at = std::lower_bound(m_sessions.begin(), m_sessions.end(), date, before);
    if (at->date != date) {
        at = m_sessions.insert(at, Session{date});
    }
    return *at;
}

void LogHistory::add(Sessions& sessions, const LogEntry& entry) {
    Session& session = sessions.on(entry.time.date);
    for (int amount : entry.amounts) {
        session.add(amount);
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

bool is_deload_week(const Progression& p, int week) {
    return p.deload_every > 0 && (week + 1) % p.deload_every == 0;
}

Step prescription(const Progression& p, const std::vector<Step>& ladder, const LadderState& state) {
    Step step = ladder[static_cast<std::size_t>(state.step)];
    if (is_deload_week(p, state.week)) {
        step.sets = (step.sets + 1) / 2;
    }
    return step;
}

Decision end_week(const Progression& p, const std::vector<Step>& ladder, LadderState& state,
                  std::optional<bool> met) {
    bool deload = is_deload_week(p, state.week);
    ++state.week;
    if (deload) {
        return Decision::deload;
    }
    if (!met) {
        return Decision::no_entries;
    }
    if (*met) {
        state.missed = 0;
        int top = static_cast<int>(ladder.size()) - 1;
        if (++state.met < p.weeks_per_step || state.step == top) {
            return Decision::hold;
        }
        state.met = 0;
        ++state.step;
        return Decision::advance;
    }
    state.met = 0;
    if (++state.missed >= p.step_back_after && state.step > 0) {
        state.missed = 0;
        --state.step;
        return Decision::step_back;
    }
    return Decision::repeat;
}

std::vector<Step> forecast(const Progression& p, LadderState state, int weeks) {
    std::vector<Step> steps = ladder(p);
    std::vector<Step> result;
    for (int w = 0; w < weeks; ++w) {
        result.push_back(prescription(p, steps, state));
        end_week(p, steps, state, true);
    }
    return result;
}

Replay replay(const Progression& p, const Sessions& sessions, Date start) {
    Replay result;
    auto first = sessions.begin();
    if (first == sessions.end() || first->date >= start) {
        return result;
    }
    std::vector<Step> steps = ladder(p);
    // The first week is the one, of the weeks counted back from start, holding the first session.
    int weeks_back = (days_between(first->date, start) + 6) / 7;
    auto session = first;
    for (int w = weeks_back; w > 0; --w) {
        WeekRecord record;
        record.first = add_days(start, -7 * w);
        Date next = add_days(record.first, 7);
        record.prescribed = prescription(p, steps, result.state);
        record.deload = is_deload_week(p, result.state.week);
        for (; session != sessions.end() && session->date < next; ++session) {
            const Session& s = *session;
            ++record.sessions;
            // The week's best: one that meets the prescription, else the closest to it.
            if (!record.best || std::pair(s.sets_reaching(record.prescribed.amount), s.total) >
                                    std::pair(record.best->sets_reaching(record.prescribed.amount),
                                              record.best->total)) {
                record.best = s;
            }
        }
        std::optional<bool> met;
        if (record.best) {
            met = record.best->meets(record.prescribed);
        }
        record.decision = end_week(p, steps, result.state, met);
        record.after = result.state;
        result.weeks.push_back(record);
    }
    return result;
}

std::map<std::string, LadderState, std::less<>>
ladder_states(const Routine& routine, const LogHistory& history, Date start) {
    std::map<std::string, LadderState, std::less<>> states;
    for (const Exercise& exercise : routine.exercises) {
        states[exercise.id] =
            replay(exercise.progression, history.sessions(exercise.id), start).state;
    }
    return states;
}

} // namespace backplan::core
