#pragma once

// The plan follows the log: each exercise's ladder step is decided week by week from what was
// logged, then forecast from there. Nothing derived is stored; it is recomputed on every run.

#include "core/log_line.hpp"
#include "core/progression.hpp"

#include <array>
#include <deque>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace backplan::core {

// Everything logged for one exercise on one date, however many log lines it took.
struct Session {
    Date date;
    int sets = 0;
    int total = 0; // reps, or seconds, of all its sets
    // The highest amounts, highest first: enough to tell whether any step was met.
    std::array<int, sets_limits.high> top{};

    void add(int amount);
    // The highest amount of one set.
    int best_set() const { return top[0]; }
    // How many of its sets reached amount (counting at most the highest ten).
    int sets_reaching(int amount) const;
    // True when at least step.sets of its sets reached step.amount.
    bool meets(Step step) const;
};

// One exercise's sessions, oldest first, one a date. Kept in a deque: no node per session and
// no doubling, as a log that spans years holds thousands.
class Sessions {
  public:
    using const_iterator = std::deque<Session>::const_iterator;
    const_iterator begin() const { return m_sessions.begin(); }
    const_iterator end() const { return m_sessions.end(); }
    bool empty() const { return m_sessions.empty(); }
    std::size_t size() const { return m_sessions.size(); }
    // The first session on or after date.
    const_iterator lower_bound(Date date) const;
    // The session of date, or nullptr.
    const Session* find(Date date) const;
    // The session of date, added empty when there is none.
    Session& on(Date date);

  private:
    std::deque<Session> m_sessions;
};

// The sessions of every exercise, by id then date, gathered in one pass over the log.
class LogHistory {
  public:
    // Adds the entry's sets to its exercise's session of that day.
    void add(const LogEntry& entry) { add(sessions_of(entry.id), entry); }
    // Adds the entry's sets to its session of that day in sessions (its exercise's).
    static void add(Sessions& sessions, const LogEntry& entry);
    // The exercise's sessions, oldest first; empty when it was never logged.
    const Sessions& sessions(std::string_view id) const;
    // The exercise's sessions, to add to: made empty when there are none. The reference stays
    // valid as long as the history.
    Sessions& sessions_of(std::string_view id);

  private:
    std::map<std::string, Sessions, std::less<>> m_exercises;
};

// Where an exercise stands on its ladder at the start of a week.
struct LadderState {
    int step = 0;   // index into ladder()
    int week = 0;   // weeks since the exercise's first week, for the deload rhythm
    int met = 0;    // weeks in a row at this step that met it
    int missed = 0; // weeks in a row at this step that fell short
};

// What was decided at the end of a week.
enum class Decision {
    advance,    // the step was met: the next step
    hold,       // the step was met, but it lasts more weeks, or it is the top of the ladder
    repeat,     // fell short: the same step again
    step_back,  // fell short step_back_after weeks in a row: the step before
    no_entries, // nothing logged: the same step again
    deload,     // a deload week: no progression
};

// True when the week, counted from 0 in the exercise's history, is a deload week.
bool is_deload_week(const Progression& progression, int week);

// The prescription at the state: the ladder's step, with half its sets (rounded up) in a
// deload week.
Step prescription(const Progression& progression, const std::vector<Step>& ladder,
                  const LadderState& state);

// Applies a week's outcome to the state and returns the decision: met tells whether a session
// of the week met its prescription, std::nullopt when nothing was logged. A forecast assumes
// every week is met.
Decision end_week(const Progression& progression, const std::vector<Step>& ladder,
                  LadderState& state, std::optional<bool> met);

// The prescriptions of the weeks from the state on, assuming every week is met: the plan's
// forecast. From LadderState{}, the template's ladder from week 1, each step held
// weeks_per_step weeks, holding at the top.
std::vector<Step> forecast(const Progression& progression, LadderState state, int weeks);

// One past week of an exercise: what was prescribed, its best session, and the decision.
struct WeekRecord {
    Date first;
    Step prescribed;
    bool deload = false;
    std::optional<Session> best;
    int sessions = 0;
    Decision decision = Decision::no_entries;
    LadderState after; // the state the decision left
};

// An exercise's past weeks, from the week of its first session up to the week before start
// (weeks are the seven days from start, going back), and its state for the week of start.
struct Replay {
    std::vector<WeekRecord> weeks;
    LadderState state;
};

// Replays the sessions before start week by week. Sessions on or after start are not used:
// a week is judged when it is over.
Replay replay(const Progression& progression, const Sessions& sessions, Date start);

// Where each of the routine's exercises stands at the start of the week of start, by id.
std::map<std::string, LadderState, std::less<>>
ladder_states(const Routine& routine, const LogHistory& history, Date start);

} // namespace backplan::core
