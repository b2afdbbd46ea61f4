#pragma once

// Random logs for the property tests of plans and reports: weeks of every kind (met, over, partly
// met, short, nothing logged for an exercise, nothing logged at all, pain), measured against each
// exercise's prescription of the week so that every kind really happens.

#include "core/adaptive.hpp"
#include "core/routine.hpp"

#include <ostream>
#include <random>

namespace backplan::core {

// "2 x 16", in a failed check's message.
inline std::ostream& operator<<(std::ostream& out, const Step& step) {
    return out << step.sets << " x " << step.amount;
}

} // namespace backplan::core

namespace backplan::test {

// Three exercises unlike each other: reps on mon, wed, fri; a timed hold on tue and sat with a
// deload every 4th week; and reps on every day, each step held two weeks, 3 sessions to meet.
inline core::Routine property_routine() {
    core::Routine routine;
    routine.name = "Property";
    routine.days = core::parse_weekdays("mon,wed,fri");
    core::Progression reps{core::Unit::reps, 2, {15, 20}, {4, 5}, {20, 25}, 1, 1};
    core::Progression hold{core::Unit::seconds, 2, {20, 30}, {3, 3}, {45, 60}, 5, 1};
    hold.deload_every = 4;
    core::Progression daily{core::Unit::reps, 1, {8, 10}, {2, 3}, {12, 15}, 1, 2};
    daily.sessions_to_meet = 3;
    routine.exercises.push_back({"row", "Row", {}, {}, {}, std::nullopt, reps});
    routine.exercises.push_back(
        {"plank", "Plank", {}, {}, {}, core::parse_weekdays("tue,sat"), hold});
    routine.exercises.push_back({"daily", "Daily", {}, {}, {}, core::WeekdaySet::all(), daily});
    return routine;
}

// Adds a session of sets x amount on date.
inline void add_session(core::LogHistory& history, const std::string& id, core::Unit unit,
                        core::Date date, int sets, int amount) {
    history.add(core::LogEntry{{date, 7 * 3600, 0},
                               id,
                               unit,
                               std::vector<int>(static_cast<std::size_t>(sets), amount),
                               "",
                               {},
                               {}});
}

// A log of weeks weeks from first (a Monday).
inline core::LogHistory random_history(const core::Routine& routine, core::Date first, int weeks,
                                       std::mt19937& random) {
    auto pick = [&](int low, int high) {
        return std::uniform_int_distribution(low, high)(random);
    };
    core::LogHistory history;
    for (int w = 0; w < weeks; ++w) {
        core::Date monday = core::add_days(first, 7 * w);
        if (pick(0, 9) == 0) {
            continue; // nothing at all logged this week
        }
        for (const core::Exercise& exercise : routine.exercises) {
            const core::Progression& p = exercise.progression;
            core::WeekdaySet days = core::training_days(routine, exercise);
            // The week's step as its Monday's plan gives it.
            core::Step step =
                core::replay(p, {days, &history.sessions(exercise.id), &history.pauses(), monday},
                             core::add_days(monday, 7))
                    .prescribed(monday);
            int needed = core::sessions_needed(p, core::sessions_scheduled(days));
            int kind = pick(0, 5); // 0 none, 1 short, 2 partly met, 3 met, 4 over, 5 mixed
            int sessions = kind == 0 ? 0 : kind == 4 ? needed + pick(0, 3) : pick(1, needed + 1);
            for (int s = 0; s < sessions; ++s) {
                core::Date date = core::add_days(monday, pick(0, 6));
                bool meets = kind == 3 || kind == 4 || (kind == 2 && s == 0) ||
                             (kind == 5 && pick(0, 1) == 0);
                int sets = meets ? step.sets + (kind == 4 ? pick(0, 2) : 0)
                                 : std::max(1, step.sets - pick(0, 1));
                int amount = meets ? step.amount + (kind == 4 ? pick(0, 5) : 0)
                                   : std::max(1, step.amount - pick(1, 3));
                add_session(history, exercise.id, p.unit, date, sets, amount);
                if (pick(0, 29) == 0) {
                    history.sessions_of(exercise.id).on(date).pain =
                        static_cast<std::int16_t>(pick(2, 8));
                }
            }
        }
    }
    return history;
}

// The log's entries before date, as a history of their own (its pauses too).
inline core::LogHistory history_before(const core::Routine& routine,
                                       const core::LogHistory& history, core::Date date) {
    core::LogHistory before;
    before.pauses() = history.pauses();
    for (const core::Exercise& exercise : routine.exercises) {
        for (const core::Session& session : history.sessions(exercise.id)) {
            if (session.date < date) {
                before.sessions_of(exercise.id).on(session.date) = session;
            }
        }
    }
    return before;
}

} // namespace backplan::test
