#pragma once

// Progress reports: for each week, what was planned and what was done; streaks and records.

#include "core/coach.hpp"
#include "core/routine.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace backplan::core {

// One exercise in one week: the plan (the step the log had reached, on each scheduled day)
// against what was logged.
struct ExerciseWeek {
    std::string id;
    Unit unit = Unit::reps;
    // Sets and totals are 64-bit: a day may hold any number of lines, and 2^63 reps would take
    // more lines than any disk holds (backplan(1), LIMITS).
    Step step;                     // the week's prescription per session
    std::int64_t planned_sets = 0; // step.sets on each scheduled day of the week
    std::int64_t planned_total = 0;
    std::int64_t done_sets = 0;
    std::int64_t done_total = 0;
    int sessions = 0;
    int pain = -1; // the highest pain reported in the week; -1 for none
    // Done as a percentage of planned, rounded down; 0 when nothing was planned.
    std::int64_t percent() const;
};

// Pain an exercise's day logged, in a report (its highest that day, core/pain.hpp).
struct PainNote {
    Date date;
    std::string id;
    int value = 0;
};

struct ReportWeek {
    Date first;          // a Monday
    int sessions = 0;    // days with anything logged
    int paused_days = 0; // training days of the week within the report that were paused
    bool paused = false; // every one of them was
    std::int64_t total_reps = 0;
    std::int64_t total_seconds = 0;
    std::vector<ExerciseWeek> exercises; // in the routine's order
    std::vector<PainNote> pains;         // by date, then in the routine's order
    // The exercises that first met the top of their ladder this week (ExerciseRecords::reached),
    // in the routine's order; and whether the last of the selected ones to meet it did so this
    // week, all of them having met it (the routine at its target).
    std::vector<std::string> reached;
    bool routine_reached = false;
};

// A best set or session of an exercise, and its date.
struct Best {
    std::int64_t amount = 0;
    Date date;
};

struct ExerciseRecords {
    std::string id;
    std::string name;
    Unit unit = Unit::reps;
    std::optional<Best> best_set;
    std::optional<Best> best_session;           // the highest total of one day
    std::optional<Date> reached = std::nullopt; // the day the top of its ladder was first met
};

struct Report {
    std::string routine_name;
    Date since;
    Date until;
    std::vector<ReportWeek> weeks;
    // Scheduled training days in a row with something logged, up to until; paused days are not
    // scheduled, and neither break nor extend it.
    int streak = 0;
    int longest_streak = 0; // within since..until
    std::vector<ExerciseRecords> records;
};

struct ReportRequest {
    std::optional<Date> since;    // default: the first logged day
    Date until;                   // inclusive
    Date today;                   // the week of today is under way; those before it are over
    std::vector<std::string> ids; // only these exercises; all when empty
};

// The most weeks a report covers: the bound on what it costs (backplan(1), LIMITS).
inline constexpr int max_report_weeks = 1000;

// The first day a report up to until, run on today, may show: the first of its last
// max_report_weeks weeks, to until or today, whichever is first.
Date earliest_report_day(Date until, Date today);

// A request's range as clip_report_range left it.
struct ClippedRange {
    ReportRequest request;  // since and until set
    bool shortened = false; // more than max_report_weeks: the weeks before since are left out
};

// The request's range cut to what the log can fill: since no earlier than the first day that
// the selected exercises were logged (before it there is no plan to hold the log against; the
// day until when nothing was), until no later than today (nothing after it is done yet),
// and then at most max_report_weeks weeks, the last ones before until.
ClippedRange clip_report_range(const Routine& routine, const LogHistory& history,
                               const ReportRequest& request, Date today);

// The report over whole weeks (Monday to Sunday) from the week of since to the week of until;
// entries outside since..until are left out of the weeks, streaks and records. When since is
// not given and nothing was logged up to until, the report is empty: no weeks, since == until.
// A given since after until is the caller's usage error. Paused days plan nothing.
Report build_report(const Routine& routine, const LogHistory& history,
                    const ReportRequest& request);

} // namespace backplan::core
