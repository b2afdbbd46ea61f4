#include "core/adaptive.hpp"

#include <algorithm>

namespace backplan::core {
namespace {

const Sessions no_sessions;

// The order of Sessions: by date.
bool before(const Session& session, Date date) {
    return session.date < date;
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
    if (entry.pain) {
        session.pain = std::max(session.pain, *entry.pain);
    }
    for (int amount : entry.amounts) {
        session.add(amount);
    }
}

const Sessions& LogHistory::sessions(std::string_view id) const {
    auto found = m_exercises.find(id);
    return found == m_exercises.end() ? no_sessions : found->second;
}

LoggedWeeks::LoggedWeeks(const std::vector<Date>& dates) {
    m_mondays.reserve(dates.size());
    for (Date date : dates) {
        m_mondays.push_back(monday_of_week(date));
    }
    std::sort(m_mondays.begin(), m_mondays.end());
    m_mondays.erase(std::unique(m_mondays.begin(), m_mondays.end()), m_mondays.end());
}

bool LoggedWeeks::contains(Date monday) const {
    return std::binary_search(m_mondays.begin(), m_mondays.end(), monday);
}

LoggedWeeks LogHistory::logged_weeks() const {
    std::vector<Date> dates;
    for (const auto& [id, sessions] : m_exercises) {
        for (const Session& session : sessions) {
            dates.push_back(session.date);
        }
    }
    return LoggedWeeks(dates);
}

Sessions& LogHistory::sessions_of(std::string_view id) {
    auto found = m_exercises.find(id);
    if (found == m_exercises.end()) {
        found = m_exercises.emplace(id, Sessions{}).first;
    }
    return found->second;
}

int sessions_scheduled(WeekdaySet days) {
    int count = 0;
    for (unsigned iso = 1; iso <= 7; ++iso) {
        count += days.contains(std::chrono::weekday(iso)) ? 1 : 0;
    }
    return count;
}

int sessions_needed(const Progression& p, int scheduled) {
    int needed =
        p.sessions_to_meet > 0 ? std::min(p.sessions_to_meet, scheduled) : (scheduled + 1) / 2;
    return std::max(needed, 1);
}

WeekJudgement judge_week(const Progression& p, Step step, WeekSessions sessions, WeekdaySet days,
                         bool anything_logged, WeekdaySet paused) {
    WeekJudgement judgement;
    int scheduled = sessions_scheduled(days);
    judgement.paused = sessions_scheduled(days & paused);
    judgement.scheduled = scheduled - judgement.paused;
    judgement.needed = sessions_needed(p, judgement.scheduled);
    for (const Session& session : sessions) {
        ++judgement.logged;
        judgement.met += session.meets(step) ? 1 : 0;
        if (session.pain >= 0 && session.pain >= judgement.pain) {
            judgement.pain = session.pain;
            judgement.pain_date = session.date;
        }
    }
    if (scheduled > 0 && judgement.scheduled == 0) {
        judgement.outcome = Outcome::paused;
    } else if (judgement.logged == 0) {
        judgement.outcome = anything_logged ? Outcome::not_logged : Outcome::unlogged;
    } else if (judgement.met >= judgement.needed) {
        judgement.outcome = Outcome::met;
    } else {
        judgement.outcome = judgement.met > 0 ? Outcome::partly_met : Outcome::short_week;
    }
    return judgement;
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
                  Outcome outcome, int pain) {
    // A paused week changes nothing, unless pain was reported in it all the same.
    if (outcome == Outcome::paused && pain < p.pain_hold) {
        return Decision::paused;
    }
    bool deload = is_deload_week(p, state.week);
    ++state.week;
    if (pain >= p.pain_step_back && state.step > 0) {
        state.met = 0;
        state.missed = 0;
        --state.step;
        return Decision::pain_step_back;
    }
    if (pain >= p.pain_hold) {
        return Decision::pain_hold;
    }
    if (deload) {
        return Decision::deload;
    }
    switch (outcome) {
    case Outcome::met:
    case Outcome::unlogged: {
        state.missed = 0;
        int top = static_cast<int>(ladder.size()) - 1;
        if (++state.met < p.weeks_per_step || state.step == top) {
            return Decision::hold;
        }
        state.met = 0;
        ++state.step;
        return Decision::advance;
    }
    case Outcome::partly_met:
        state.met = 0;
        state.missed = 0;
        return Decision::repeat;
    case Outcome::short_week:
        state.met = 0;
        if (++state.missed >= p.step_back_after && state.step > 0) {
            state.missed = 0;
            --state.step;
            return Decision::step_back;
        }
        return Decision::repeat;
    case Outcome::not_logged:
    case Outcome::paused:
        break;
    }
    return Decision::no_entries;
}

std::vector<Step> forecast(const Progression& p, LadderState state, int weeks) {
    std::vector<Step> steps = ladder(p);
    std::vector<Step> result;
    for (int w = 0; w < weeks; ++w) {
        result.push_back(prescription(p, steps, state));
        end_week(p, steps, state, Outcome::met);
    }
    return result;
}

int weeks_to_reach(const Progression& p, std::size_t step) {
    std::vector<Step> steps = ladder(p);
    LadderState state;
    int weeks = 0;
    while (static_cast<std::size_t>(state.step) < std::min(step, steps.size() - 1)) {
        end_week(p, steps, state, Outcome::met);
        ++weeks;
    }
    return weeks;
}

Step Replay::prescribed(Date monday) const {
    if (monday < first_judged) {
        return first_step;
    }
    auto index = static_cast<std::size_t>(
        (std::chrono::sys_days(monday) - std::chrono::sys_days(first_judged)).count() / 7);
    return index < weeks.size() ? weeks[index].prescribed : now;
}

void Replay::forget_before(Date monday) {
    if (monday <= first_judged) {
        return;
    }
    auto weeks_before = static_cast<std::size_t>(
        (std::chrono::sys_days(monday) - std::chrono::sys_days(first_judged)).count() / 7);
    std::size_t dropped = std::min(weeks_before, weeks.size());
    weeks.erase(weeks.begin(), weeks.begin() + static_cast<std::ptrdiff_t>(dropped));
    weeks.shrink_to_fit();
    first_judged = add_days(first_judged, 7 * static_cast<int>(dropped));
}

namespace {

// The replay from the week of from (a Monday) to the week before until (a Monday).
Replay replay_from(const Progression& p, WeekdaySet days, const Sessions& sessions,
                   const LoggedWeeks& logged, const Pauses& pauses, Date from, Date until) {
    std::vector<Step> steps = ladder(p);
    Replay result;
    result.first_step = steps.front();
    result.first_judged = from;
    auto session = sessions.lower_bound(from);
    for (Date monday = from; monday < until; monday = add_days(monday, 7)) {
        WeekRecord record;
        record.first = monday;
        record.prescribed = prescription(p, steps, result.state);
        record.deload = is_deload_week(p, result.state.week);
        Date next = add_days(monday, 7);
        auto first = session;
        while (session != sessions.end() && session->date < next) {
            ++session;
        }
        record.judgement = judge_week(p, record.prescribed, WeekSessions{first, session}, days,
                                      logged.contains(monday), pauses.paused_in_week(monday));
        record.decision =
            end_week(p, steps, result.state, record.judgement.outcome, record.judgement.pain);
        record.after = result.state;
        result.weeks.push_back(record);
    }
    result.now = prescription(p, steps, result.state);
    return result;
}

} // namespace

Replay replay(const Progression& p, WeekdaySet days, const Sessions& sessions,
              const LoggedWeeks& logged, const Pauses& pauses, Date until) {
    Date end = monday_of_week(until);
    Date from = sessions.empty() ? end : std::min(monday_of_week(sessions.begin()->date), end);
    return replay_from(p, days, sessions, logged, pauses, from, end);
}

Replay fresh_start(const Progression& p, Date from, Date until) {
    Date end = monday_of_week(until);
    return replay_from(p, WeekdaySet{}, no_sessions, LoggedWeeks{}, Pauses{},
                       std::min(monday_of_week(from), end), end);
}

} // namespace backplan::core
