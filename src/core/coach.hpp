#pragma once

// The whole routine on its ladders, as the log and today leave it: every view (generate, today,
// train, why, report, show) asks the Coach for a date's prescription, so that each date has one.

#include "core/adaptive.hpp"
#include "core/routine.hpp"

#include <cstddef>
#include <optional>
#include <vector>

namespace backplan::core {

// Where an exercise stands: its step and prescription on a date, the steps to the top of its
// ladder, and when the top was or would be reached.
struct Standing {
    std::size_t exercise = 0; // its index in the routine
    Step step;                // the prescription on the date
    int step_number = 1;      // the ladder's step, from 1
    int steps = 1;            // the ladder's steps
    bool maintenance = false; // the top was reached: the step is the maintenance dose
    // The day the top was first met; or, ahead, the day it would be if every week from the date
    // is met.
    std::optional<Reached> reached;
};

class Coach {
  public:
    // Each exercise replayed from the log up to the week before until's, the week of today under
    // way (see replay); with keep_from, only the weeks from its Monday on are kept, and the
    // coach answers for dates from then on.
    Coach(const Routine& routine, const LogHistory& history, Date today, Date until,
          std::optional<Date> keep_from = std::nullopt);
    // Each ladder from its first step in the week of from, every week met (generate --fresh).
    static Coach fresh(const Routine& routine, Date from, Date until);

    const Routine& routine() const { return *m_routine; }
    // The replay of the routine's exercise of that index.
    const Replay& replay(std::size_t exercise) const { return m_courses[exercise].replay; }
    // The exercise this one is the harder variant of (then:), or nullopt.
    std::optional<std::size_t> before(std::size_t exercise) const {
        return m_courses[exercise].before;
    }
    // The first Monday the plan holds the exercise (a variant: the week after the exercise before
    // it reached its target), or nullopt when it always did; the last Monday it holds it (its
    // target reached, when it has a variant), or nullopt when it still does.
    std::optional<Date> active_from(std::size_t exercise) const;
    std::optional<Date> active_until(std::size_t exercise) const;
    // True when the plan holds the exercise in the week of date.
    bool active(std::size_t exercise, Date date) const;
    // The exercises the plan holds on date, scheduled on its weekday (by the routine, or by days
    // when given), in the routine's order: a variant in the place of the first of its line.
    std::vector<std::size_t> exercises_on(Date date,
                                          std::optional<WeekdaySet> days = std::nullopt) const;
    // The exercise's line (itself, then its variants) holds the one the plan holds on date; the
    // exercise itself when the line holds none then.
    std::size_t current_of(std::size_t exercise, Date date) const;
    // Where the exercise stands on date: within the replay, or past it with every week met.
    Standing standing(std::size_t exercise, Date date) const;

  private:
    struct Course {
        Replay replay;
        std::optional<std::size_t> before;
        std::optional<std::size_t> after;
        bool reachable = true; // a variant whose exercise before it reached its target
    };
    Coach(const Routine& routine, std::vector<Course> courses)
        : m_routine(&routine), m_courses(std::move(courses)) {}
    // The courses, each linked to its variant (then:) and back, not yet replayed.
    static std::vector<Course> linked(const Routine& routine);
    // The first exercise of the line that holds the exercise.
    std::size_t head(std::size_t exercise) const;

    const Routine* m_routine;
    std::vector<Course> m_courses;
};

} // namespace backplan::core
