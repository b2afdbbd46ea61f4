#pragma once

// A guided session (`backplan train`): the day's exercises set by set, the user's answers in,
// each exercise's sets out as soon as it ends. Pure: the screen, the clock and the log are the
// caller's.

#include "core/day.hpp"
#include "core/progression.hpp"
#include "core/routine.hpp"

#include <optional>
#include <string>
#include <vector>

namespace backplan::core {

// One exercise of the day: its prescription, and what was logged of it earlier that day.
struct TrainingExercise {
    std::string id;
    std::string name;
    Unit unit = Unit::reps;
    Step step;
    std::vector<std::string> cues;
    int done_before = 0; // sets logged earlier that day, whatever their amount
    int rest = 0;        // seconds of rest after each of its sets
    // Nothing logged of it that day, but of an exercise after it: skipped in an earlier
    // session, so offered last.
    bool skipped_earlier = false;
    int sets_left() const { return step.sets > done_before ? step.sets - done_before : 0; }
};

// The day's exercises for a session, with the sets still to do (DayItem::sets_left: a short
// set is done, and none after pain that stopped it), each with its cues and its rest (rest
// when given, else the exercise's, else default_rest); those skipped earlier that day last.
std::vector<TrainingExercise> training_exercises(const Routine& routine, const DaySession& day,
                                                 std::optional<int> rest, int default_rest);

// The user's answer to "set 2 of 3: 16 reps".
struct Answer {
    enum class Kind {
        done, // the set was done: amount, or the prescribed amount when none is given
        skip, // skip the rest of this exercise
        quit, // end the session
    };
    Kind kind = Kind::done;
    std::optional<int> amount;
};

// Reads an answer as typed: empty (the prescribed amount), a number, "s" or "q" (any case,
// blanks around them ignored). A number must be within the unit's limits; std::nullopt for
// anything else.
std::optional<Answer> parse_answer(std::string_view text, Unit unit);

// The sets of one exercise that ended, to append to the log as one line.
struct ExerciseDone {
    std::string id;
    Unit unit = Unit::reps;
    std::vector<int> amounts;
};

// The session: the exercises with sets left, in the routine's order, one set at a time.
class TrainingSession {
  public:
    explicit TrainingSession(const std::vector<TrainingExercise>& exercises);

    // True once every exercise is done or skipped, or the user quit.
    bool finished() const { return m_current >= m_exercises.size(); }
    // The exercise under way; only while not finished.
    const TrainingExercise& exercise() const { return m_exercises[m_current]; }
    // Its place, from 1, among the exercises of the session.
    std::size_t exercise_number() const { return m_current + 1; }
    std::size_t exercise_count() const { return m_exercises.size(); }
    // The set asked for next, counting the sets done earlier that day: "set 2 of 3".
    int set_number() const;
    // The sets done of the exercise under way, in this session.
    const std::vector<int>& sets_done() const { return m_sets; }

    // Records the answer. Returns the exercise's sets when it ends with at least one set done:
    // its last set done, the rest skipped, or the session quit.
    std::optional<ExerciseDone> answer(const Answer& answer);

    // Ends the session where it is (an interruption): the sets done of the exercise under way,
    // if any, to append.
    std::optional<ExerciseDone> stop();

    // True when another set follows the one just answered, in this exercise or the next: a
    // rest belongs between them.
    bool set_follows() const { return !finished(); }

    // Every exercise's sets done in this session, in order (empty for one not reached).
    const std::vector<std::vector<int>>& done() const { return m_done; }
    const std::vector<TrainingExercise>& exercises() const { return m_exercises; }

  private:
    std::optional<ExerciseDone> end_exercise();

    std::vector<TrainingExercise> m_exercises;
    std::vector<std::vector<int>> m_done;
    std::vector<int> m_sets;
    std::size_t m_current = 0;
};

} // namespace backplan::core
