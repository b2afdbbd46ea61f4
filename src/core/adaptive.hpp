#pragma once

// The plan follows the log: each exercise's ladder step is decided week by week from what was
// logged, then forecast from there. Nothing derived is stored; it is recomputed on every run.

#include "core/log_line.hpp"
#include "core/pauses.hpp"
#include "core/progression.hpp"

#include <array>
#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace backplan::core {

// Everything logged for one exercise on one date, however many log lines it took.
struct Session {
    Date date;
    std::int64_t sets = 0;
    std::int64_t total = 0; // reps, or seconds, of all its sets: 64 bits, which no log fills
    // The highest amounts, highest first: enough to tell whether any step was met.
    std::array<int, sets_limits.high> top{};
    int pain = -1; // the highest pain reported that day (core/pain.hpp); -1 for none

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

// The Mondays of the weeks in which anything at all was logged.
class LoggedWeeks {
  public:
    LoggedWeeks() = default;
    // The weeks of the dates, in any order and repeated or not.
    explicit LoggedWeeks(const std::vector<Date>& dates);
    // True when something was logged in the week of monday.
    bool contains(Date monday) const;

  private:
    std::vector<Date> m_mondays; // sorted, each once
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
    // The weeks in which any exercise was logged.
    LoggedWeeks logged_weeks() const;
    // The log's pauses, and to add to them.
    const Pauses& pauses() const { return m_pauses; }
    Pauses& pauses() { return m_pauses; }

  private:
    std::map<std::string, Sessions, std::less<>> m_exercises;
    Pauses m_pauses;
};

// Where an exercise stands on its ladder at the start of a week.
struct LadderState {
    int step = 0;   // index into ladder()
    int week = 0;   // weeks since the exercise's first week, for the deload rhythm
    int met = 0;    // weeks in a row at this step that met it
    int missed = 0; // weeks in a row at this step that fell short
};

// How one week of an exercise stood against its step.
enum class Outcome {
    met,        // at least the sessions needed reached the step
    partly_met, // some session reached it, too few: the step again, not counted as short
    short_week, // sessions were logged and none reached the step: counted as short
    not_logged, // nothing logged for the exercise while other exercises were: the step again
    unlogged,   // nothing at all in the log: taken as met, as every week ahead is
    paused,     // every training day of the week paused: neither met nor short, the step again
};

// A week judged, with the counts that decided it.
struct WeekJudgement {
    Outcome outcome = Outcome::unlogged;
    int logged = 0;    // sessions logged in the week, on training days or not
    int met = 0;       // of those, the ones that reached the step
    int scheduled = 0; // the exercise's training days in the week, paused ones left out
    int paused = 0;    // the exercise's training days in the week that were paused
    int needed = 0;    // sessions that must reach the step for the week to be met
    int pain = -1;     // the highest pain reported in the week's sessions; -1 for none
    Date pain_date{};  // the last day it was reported on
};

// One exercise's sessions within one week.
// (A pair of iterators rather than std::ranges::subrange, which clang 14 cannot compile against
// libstdc++ 12's <ranges>: the sanitized build uses clang.)
struct WeekSessions {
    Sessions::const_iterator first;
    Sessions::const_iterator last;
    Sessions::const_iterator begin() const { return first; }
    Sessions::const_iterator end() const { return last; }
};

// How many of a week's sessions must reach the step: the template's sessions_to_meet, at most
// the scheduled sessions; by default half of them, rounded up; at least one.
int sessions_needed(const Progression& progression, int scheduled);

// The number of training days in a week of days.
int sessions_scheduled(WeekdaySet days);

// The rule that judges a week: the exercise's sessions of the week against its step, on its
// standing training days (days), knowing whether anything at all was logged that week and which
// of its days were paused. A session reaches the step when at least its sets reached its
// amount; extra sessions, sets or amount count, but the week is met at most once. Paused days
// are not scheduled: a week whose training days were all paused is paused, whatever was logged.
// The week's highest pain is kept with it.
WeekJudgement judge_week(const Progression& progression, Step step, WeekSessions sessions,
                         WeekdaySet days, bool anything_logged, WeekdaySet paused = {});

// What was decided at the end of a week.
enum class Decision {
    advance,        // the step was met: the next step
    hold,           // the step was met, but it lasts more weeks, or it is the top of the ladder
    repeat,         // not met: the same step again
    step_back,      // short step_back_after weeks in a row: the step before
    no_entries,     // nothing logged for the exercise: the same step again
    deload,         // a deload week: no progression
    pain_hold,      // pain of at least pain_hold reported: the same step, counted neither way
    pain_step_back, // pain of at least pain_step_back reported: the step before
    paused,         // the week was paused: the same step, counted as if there were no such week
};

// True when the week, counted from 0 in the exercise's history, is a deload week.
bool is_deload_week(const Progression& progression, int week);

// The prescription at the state: the ladder's step, with half its sets (rounded up) in a
// deload week.
Step prescription(const Progression& progression, const std::vector<Step>& ladder,
                  const LadderState& state);

// Applies a week's outcome to the state and returns the decision. Met and unlogged weeks count
// as met, short weeks as short; a partly met week starts both counts again; a week with nothing
// logged for the exercise counts neither way. A paused week changes nothing, not even the count
// of weeks toward the next deload, unless pain from pain_hold was reported in it. Pain (the
// week's highest, -1 for none) comes first, deload week or not: pain_step_back or more steps back
// (at the first step it holds), pain_hold or more holds the step and counts neither way.
Decision end_week(const Progression& progression, const std::vector<Step>& ladder,
                  LadderState& state, Outcome outcome, int pain = -1);

// The prescriptions of the weeks from the state on, every week met. From LadderState{}, the
// template's ladder from week 1, each step held weeks_per_step weeks, holding at the top.
std::vector<Step> forecast(const Progression& progression, LadderState state, int weeks);

// The weeks of full compliance, deload weeks included, before the plan first prescribes the
// ladder's step of that index.
int weeks_to_reach(const Progression& progression, std::size_t step);

// One past week of an exercise: what was prescribed, how the week stood, and the decision.
struct WeekRecord {
    Date first; // its Monday
    Step prescribed;
    bool deload = false;
    WeekJudgement judgement;
    Decision decision = Decision::no_entries;
    LadderState after; // the state the decision left
};

// An exercise's weeks, Monday to Sunday, judged one after the other from the first judged
// week up to the week before until, and where that leaves it.
struct Replay {
    Date first_judged; // the Monday judging starts on: the first week's, or until's
    std::vector<WeekRecord> weeks;
    LadderState state; // at the start of the week of until
    Step first_step;   // the ladder's first step: the prescription before judging starts
    Step now;          // the prescription of the week of until

    // The prescription of the week of monday, for any Monday up to until's (from first_judged
    // on, once forget_before has been called).
    Step prescribed(Date monday) const;
    // Drops the records of the weeks before monday's, which a report of later weeks need not
    // keep: a log may span decades before them.
    void forget_before(Date monday);
};

// The replay of an exercise from the log: judging starts in the week of its first session, and
// the week of until and later weeks are not looked at, so that the prescription of a week
// depends only on what was logged before it. days are the exercise's standing training days;
// logged, the weeks in which anything at all was logged; pauses, the log's paused days.
Replay replay(const Progression& progression, WeekdaySet days, const Sessions& sessions,
              const LoggedWeeks& logged, const Pauses& pauses, Date until);

// The replay of a fresh start with nothing logged: the ladder from its first step in the week of
// from, every week met; up to the week before until.
Replay fresh_start(const Progression& progression, Date from, Date until);

} // namespace backplan::core
