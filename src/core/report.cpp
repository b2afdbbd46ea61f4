#include "core/report.hpp"

#include "core/checkpoint.hpp"

#include <algorithm>

namespace backplan::core {
namespace {

struct Selected {
    const Exercise* exercise;
    WeekdaySet days;
    const Sessions* sessions;
    std::size_t index; // in the routine
};

// The sessions of dates asked for in increasing order, found by walking on from the last one
// instead of a search of the log's years each time: a report asks for each day of up to 1000
// weeks (report over a 50-year log: 220M -> 175M instructions).
class SessionWalk {
  public:
    SessionWalk(const Sessions& sessions, Date from)
        : m_at(sessions.lower_bound(from)), m_end(sessions.end()) {}
    // The session of date, or nullptr; date is not before the one asked for last.
    const Session* on(Date date) {
        while (m_at != m_end && m_at->date < date) {
            ++m_at;
        }
        return m_at != m_end && m_at->date == date ? &*m_at : nullptr;
    }

  private:
    Sessions::const_iterator m_at;
    Sessions::const_iterator m_end;
};

bool in_range(Date date, Date since, Date until) {
    return date >= since && date <= until;
}

void keep_best(std::optional<Best>& best, std::int64_t amount, Date date) {
    if (!best || amount > best->amount) {
        best = Best{amount, date};
    }
}

// The exercises the request selects, and the first date any of them was logged.
std::vector<Selected> select(const Routine& routine, const LogHistory& history,
                             const ReportRequest& request, std::optional<Date>& first_logged) {
    std::vector<Selected> selected;
    for (const Exercise& exercise : routine.exercises) {
        if (!request.ids.empty() &&
            std::find(request.ids.begin(), request.ids.end(), exercise.id) == request.ids.end()) {
            continue;
        }
        const auto& sessions = history.sessions(exercise.id);
        std::size_t index = index_of(routine, exercise.id);
        // Its first day logged: the first session, or, when the history goes on from a
        // checkpoint, the first before its week.
        std::optional<Date> first;
        if (!sessions.empty()) {
            first = sessions.begin()->date;
        }
        if (const Checkpoint* checkpoint = history.resume();
            checkpoint != nullptr && index < checkpoint->first_logged.size() &&
            checkpoint->first_logged[index]) {
            first = std::min(first.value_or(*checkpoint->first_logged[index]),
                             *checkpoint->first_logged[index]);
        }
        if (first && (!first_logged || *first < *first_logged)) {
            first_logged = first;
        }
        selected.push_back({&exercise, training_days(routine, exercise), &sessions, index});
    }
    return selected;
}

// True when some selected exercise trains on the weekday.
bool scheduled_on(const std::vector<Selected>& selected, std::chrono::weekday weekday) {
    return std::any_of(selected.begin(), selected.end(),
                       [&](const Selected& s) { return s.days.contains(weekday); });
}

// The week of monday: each exercise planned against done, on the days within the report.
ReportWeek week_of(const std::vector<Selected>& selected, std::vector<SessionWalk>& walks,
                   const Coach& coach, const Pauses& pauses, Date monday, const Report& report) {
    ReportWeek week;
    week.first = monday;
    bool logged_on[7] = {};
    bool paused_on[7] = {};
    int training_days = 0;
    for (int d = 0; d < 7; ++d) {
        Date date = add_days(monday, d);
        if (!in_range(date, report.since, report.until)) {
            continue;
        }
        paused_on[d] = pauses.paused(date);
        bool training = scheduled_on(selected, std::chrono::Monday + std::chrono::days(d));
        training_days += training ? 1 : 0;
        week.paused_days += training && paused_on[d] ? 1 : 0;
    }
    week.paused = training_days > 0 && week.paused_days == training_days;
    week.exercises.reserve(selected.size());
    for (std::size_t i = 0; i < selected.size(); ++i) {
        const Selected& s = selected[i];
        ExerciseWeek line;
        line.id = s.exercise->id;
        line.unit = s.exercise->progression.unit;
        const Replay& replay = coach.replay(s.index);
        line.step = replay.prescribed(monday);
        // Looked up once for the week: whether the exercise is on the plan, and the week's
        // record, which holds a step back from a day within it (with the weekday of each day known
        // from its place in the week: report over 50 years 131.7M -> 123.3M instructions).
        bool active = coach.active(s.index, monday);
        const WeekRecord* record = replay.week(monday);
        SessionWalk& sessions = walks[i];
        for (int d = 0; d < 7; ++d) {
            Date date = add_days(monday, d);
            if (!in_range(date, report.since, report.until)) {
                continue;
            }
            if (active && !paused_on[d] &&
                s.days.contains(std::chrono::Monday + std::chrono::days(d))) {
                Step step = record != nullptr ? record->on(date) : line.step;
                line.planned_sets += step.sets;
                line.planned_total += step.volume();
            }
            if (const Session* session = sessions.on(date)) {
                line.done_sets += session->sets;
                line.done_total += session->total;
                ++line.sessions;
                line.pain = std::max(line.pain, static_cast<int>(session->pain));
                if (session->pain >= 0) {
                    week.pains.push_back({date, line.id, session->pain});
                }
                logged_on[d] = true;
            }
        }
        (line.unit == Unit::seconds ? week.total_seconds : week.total_reps) += line.done_total;
        week.exercises.push_back(std::move(line));
    }
    week.sessions = static_cast<int>(std::count(std::begin(logged_on), std::end(logged_on), true));
    std::stable_sort(week.pains.begin(), week.pains.end(),
                     [](const PainNote& a, const PainNote& b) { return a.date < b.date; });
    return week;
}

// Streaks: scheduled training days only; a rest day never breaks one, and today (until) does
// not break it before it is over.
void count_streaks(const std::vector<Selected>& selected, const Pauses& pauses, Report& report) {
    int run = 0;
    std::vector<SessionWalk> sessions;
    for (const Selected& s : selected) {
        sessions.emplace_back(*s.sessions, report.since);
    }
    std::chrono::weekday weekday = weekday_of(report.since);
    for (Date date = report.since; date <= report.until; date = add_days(date, 1), ++weekday) {
        if (!scheduled_on(selected, weekday) || pauses.paused(date)) {
            continue;
        }
        bool logged = std::any_of(sessions.begin(), sessions.end(),
                                  [&](SessionWalk& walk) { return walk.on(date) != nullptr; });
        if (logged) {
            report.longest_streak = std::max(report.longest_streak, ++run);
        } else if (date != report.until) {
            run = 0;
        }
    }
    report.streak = run;
}

ExerciseRecords records_of(const Selected& s, const Report& report,
                           const std::optional<Reached>& reached) {
    ExerciseRecords records{s.exercise->id, s.exercise->name, s.exercise->progression.unit,
                            std::nullopt,   std::nullopt,     std::nullopt};
    if (reached && !reached->ahead && in_range(reached->date, report.since, report.until)) {
        records.reached = reached->date;
    }
    for (auto at = s.sessions->lower_bound(report.since);
         at != s.sessions->end() && at->date <= report.until; ++at) {
        keep_best(records.best_set, at->best_set(), at->date);
        keep_best(records.best_session, at->total, at->date);
    }
    return records;
}

// Each exercise's target, and the routine's, in the week it was met within the report.
void mark_reached(Report& report, std::optional<Date> routine) {
    for (ReportWeek& week : report.weeks) {
        Date next = add_days(week.first, 7);
        auto within = [&](Date date) {
            return date >= week.first && date < next && in_range(date, report.since, report.until);
        };
        for (const ExerciseRecords& r : report.records) {
            if (r.reached && within(*r.reached)) {
                week.reached.push_back(r.id);
            }
        }
        week.routine_reached = routine && within(*routine);
    }
}

// A report of the longest span up to today goes on from the report checkpoint.
static_assert(report_checkpoint.weeks_before == max_report_weeks - 1);

} // namespace

std::int64_t ExerciseWeek::percent() const {
    // done_total / planned_total first: 100 times a total near 2^63 would wrap.
    if (planned_total == 0) {
        return 0;
    }
    return done_total / planned_total * 100 + done_total % planned_total * 100 / planned_total;
}

Report build_report(const Routine& routine, const LogHistory& history,
                    const ReportRequest& request) {
    Report report;
    report.routine_name = routine.name;
    report.until = request.until;
    std::optional<Date> first_logged;
    std::vector<Selected> selected = select(routine, history, request, first_logged);
    report.since = request.since.value_or(first_logged.value_or(request.until));
    if (report.since > report.until) {
        // Nothing was logged up to until: an empty report on that day, never a reversed range.
        report.since = report.until;
        for (const Selected& s : selected) {
            report.records.push_back(records_of(s, report, std::nullopt));
        }
        return report;
    }
    Date after = add_days(monday_of_week(report.until), 7);
    // Up to the end of until's week: pain within it lowers the rest of it.
    Coach coach(routine, history, request.today, after, monday_of_week(report.since));
    // Each exercise's sessions walked once from the first week to the last, not searched for
    // each week.
    std::vector<SessionWalk> walks;
    for (const Selected& s : selected) {
        walks.emplace_back(*s.sessions, monday_of_week(report.since));
    }
    for (Date monday = monday_of_week(report.since); monday < after; monday = add_days(monday, 7)) {
        report.weeks.push_back(week_of(selected, walks, coach, history.pauses(), monday, report));
    }
    count_streaks(selected, history.pauses(), report);
    // The routine meets its target on the day the last of its exercises does, once all have.
    std::optional<Date> all_reached;
    bool all = !selected.empty();
    for (const Selected& s : selected) {
        const std::optional<Reached>& reached = coach.replay(s.index).reached;
        report.records.push_back(records_of(s, report, reached));
        if (reached && !reached->ahead) {
            all_reached = std::max(all_reached.value_or(reached->date), reached->date);
        } else {
            all = false;
        }
    }
    mark_reached(report, all ? all_reached : std::nullopt);
    return report;
}

Date earliest_report_day(Date until, Date today) {
    return add_days(monday_of_week(std::min(until, today)), -7 * (max_report_weeks - 1));
}

ClippedRange clip_report_range(const Routine& routine, const LogHistory& history,
                               const ReportRequest& request, Date today) {
    std::optional<Date> first_logged;
    select(routine, history, request, first_logged);
    ClippedRange clipped{request, false};
    ReportRequest& r = clipped.request;
    r.until = std::min(r.until, today);
    Date earliest = first_logged.value_or(r.until);
    r.since = std::max(r.since.value_or(earliest), earliest);
    Date limit = earliest_report_day(r.until, today);
    if (*r.since < limit) {
        r.since = limit;
        clipped.shortened = true;
    }
    return clipped;
}

} // namespace backplan::core
