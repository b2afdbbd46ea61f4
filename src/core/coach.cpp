#include "core/coach.hpp"

#include "core/checkpoint.hpp"

#include <algorithm>
#include <functional>

namespace backplan::core {
namespace {

// The Monday after the week of date.
Date week_after(Date date) {
    return add_days(monday_of_week(date), 7);
}

// The day of the week of monday on which a week with every training day done would be met.
Date met_day(WeekdaySet days, int needed, Date monday) {
    int count = 0;
    for (int d = 0; d < 7; ++d) {
        Date date = add_days(monday, d);
        if (days.contains(weekday_of(date)) && ++count == needed) {
            return date;
        }
    }
    return add_days(monday, 6);
}

} // namespace

std::vector<Coach::Course> Coach::linked(const Routine& routine) {
    std::vector<Course> courses(routine.exercises.size());
    for (std::size_t e = 0; e < routine.exercises.size(); ++e) {
        const std::string& then = routine.exercises[e].then;
        std::size_t index = index_of(routine, then);
        // The template reader refuses a variant of two exercises, or a line in a circle.
        if (!then.empty() && index < courses.size() && index != e && !courses[index].before) {
            courses[e].after = index;
            courses[index].before = e;
        }
    }
    return courses;
}

Coach::Coach(const Routine& routine, const LogHistory& history, Date today, Date until,
             std::optional<Date> keep_from)
    : m_routine(&routine), m_courses(linked(routine)) {
    std::vector<bool> done(m_courses.size(), false);
    std::function<void(std::size_t, std::optional<Date>)> follow = [&](std::size_t e,
                                                                       std::optional<Date> from) {
        done[e] = true;
        const Exercise& exercise = routine.exercises[e];
        ReplayInput input{training_days(routine, exercise),
                          &history.sessions(exercise.id),
                          &history.pauses(),
                          today,
                          from,
                          keep_from};
        if (const Checkpoint* checkpoint = history.resume();
            checkpoint && checkpoint->exercises[e]) {
            input.resume = &*checkpoint->exercises[e];
        }
        m_courses[e].replay = core::replay(exercise.progression, input, until);
        std::optional<std::size_t> after = m_courses[e].after;
        if (!after || done[*after]) {
            return;
        }
        if (const auto& reached = m_courses[e].replay.reached) {
            follow(*after, week_after(reached->date));
        } else {
            // Never reached within the replay: its variant is not in the plan; mark its line so.
            for (std::optional<std::size_t> v = after; v && !done[*v]; v = m_courses[*v].after) {
                done[*v] = true;
                m_courses[*v].reachable = false;
                m_courses[*v].replay.first_step = ladder(routine.exercises[*v].progression).front();
                m_courses[*v].replay.now = m_courses[*v].replay.first_step;
                m_courses[*v].replay.first_judged = monday_of_week(until);
            }
        }
    };
    for (std::size_t e = 0; e < m_courses.size(); ++e) {
        if (!m_courses[e].before) {
            follow(e, std::nullopt);
        }
    }
    for (std::size_t e = 0; e < m_courses.size(); ++e) {
        if (!done[e]) {
            follow(e, std::nullopt);
        }
    }
}

Coach Coach::fresh(const Routine& routine, Date from, Date until) {
    std::vector<Course> courses = linked(routine);
    for (std::size_t e = 0; e < courses.size(); ++e) {
        courses[e].replay = fresh_start(routine.exercises[e].progression, from, until);
    }
    // A variant fresh from the week after the exercise before it reached its target.
    for (std::size_t e = 0; e < courses.size(); ++e) {
        if (courses[e].before) {
            continue;
        }
        for (std::size_t at = e; courses[at].after;) {
            std::size_t next = *courses[at].after;
            if (!courses[at].reachable || !courses[at].replay.reached) {
                courses[next].reachable = false;
            } else {
                courses[next].replay =
                    fresh_start(routine.exercises[next].progression,
                                week_after(courses[at].replay.reached->date), until);
            }
            at = next;
        }
    }
    return Coach(routine, std::move(courses));
}

std::optional<Date> Coach::active_from(std::size_t exercise) const {
    if (!m_courses[exercise].before) {
        return std::nullopt;
    }
    const Replay& before = m_courses[*m_courses[exercise].before].replay;
    return before.reached ? std::optional<Date>(week_after(before.reached->date)) : std::nullopt;
}

std::optional<Date> Coach::active_until(std::size_t exercise) const {
    const Course& course = m_courses[exercise];
    if (!course.after || !course.replay.reached) {
        return std::nullopt;
    }
    return monday_of_week(course.replay.reached->date);
}

bool Coach::active(std::size_t exercise, Date date) const {
    const Course& course = m_courses[exercise];
    if (!course.before && !course.after) {
        return course.reachable; // no variant before or after it: its plan never ends
    }
    Date monday = monday_of_week(date);
    std::optional<Date> from = active_from(exercise);
    std::optional<Date> until = active_until(exercise);
    return course.reachable && (!course.before || from) && (!from || monday >= *from) &&
           (!until || monday <= *until);
}

std::size_t Coach::head(std::size_t exercise) const {
    std::size_t at = exercise;
    for (std::size_t hops = 0; m_courses[at].before && hops < m_courses.size(); ++hops) {
        at = *m_courses[at].before;
    }
    return at;
}

std::size_t Coach::current_of(std::size_t exercise, Date date) const {
    std::size_t at = head(exercise);
    for (std::size_t hops = 0; hops <= m_courses.size(); ++hops) {
        if (active(at, date)) {
            return at;
        }
        if (!m_courses[at].after) {
            break;
        }
        at = *m_courses[at].after;
    }
    return exercise;
}

std::vector<std::size_t> Coach::exercises_on(Date date, std::optional<WeekdaySet> days) const {
    std::vector<std::size_t> exercises;
    for (std::size_t e = 0; e < m_courses.size(); ++e) {
        if (head(e) != e) {
            continue;
        }
        std::size_t current = current_of(e, date);
        const Exercise& exercise = m_routine->exercises[current];
        if (active(current, date) &&
            days.value_or(training_days(*m_routine, exercise)).contains(weekday_of(date))) {
            exercises.push_back(current);
        }
    }
    return exercises;
}

Standing Coach::standing(std::size_t exercise, Date date) const {
    const Exercise& declared = m_routine->exercises[exercise];
    const Progression& p = declared.progression;
    const Replay& replay = m_courses[exercise].replay;
    std::vector<Step> steps = ladder(p);
    Date monday = monday_of_week(date);
    // The state the date's week began at: the one the week before left (the replay begins at
    // LadderState{}), or past the replay, where it ends.
    const WeekRecord* week = replay.week(monday);
    LadderState state = monday < replay.first_judged ? LadderState{} : replay.state;
    if (week != nullptr) {
        state = week == &replay.weeks.front() ? replay.first_state : (week - 1)->after;
        // Pain's steps back within the week, on or before date.
        const std::vector<StepBack>& back = week->judgement.steps_back;
        state.step -= static_cast<int>(std::count_if(
            back.begin(), back.end(), [&](const StepBack& b) { return b.from <= date; }));
    }
    Standing standing;
    standing.exercise = exercise;
    standing.step = replay.prescribed(date);
    standing.step_number = state.step + 1;
    standing.steps = static_cast<int>(steps.size());
    standing.maintenance = state.reached;
    standing.reached = replay.reached;
    if (!standing.reached) {
        // Past the replay, every week met from the state it ends at.
        Date end = add_days(replay.first_judged, 7 * static_cast<int>(replay.weeks.size()));
        int weeks = weeks_to_top(p, replay.state);
        WeekdaySet days = training_days(*m_routine, declared);
        Date reach_week = add_days(end, 7 * (weeks - 1));
        standing.reached =
            Reached{met_day(days, sessions_needed(p, sessions_scheduled(days)), reach_week), true};
    }
    return standing;
}

} // namespace backplan::core
