#include "core/training.hpp"

#include "core/text.hpp"

#include <algorithm>

namespace backplan::core {

std::optional<Answer> parse_answer(std::string_view text, Unit unit) {
    std::string answer = ascii_lowercase(trim_blanks(text));
    if (answer.empty()) {
        return Answer{Answer::Kind::done, std::nullopt};
    }
    if (answer == "s") {
        return Answer{Answer::Kind::skip, std::nullopt};
    }
    if (answer == "q") {
        return Answer{Answer::Kind::quit, std::nullopt};
    }
    if (unit == Unit::seconds && answer.back() == 's') {
        answer.pop_back();
    }
    std::optional<int> amount = answer.starts_with('0') ? std::nullopt : parse_digits(answer, 4);
    Range limits = amount_limits(unit);
    if (!amount || *amount < limits.low || *amount > limits.high) {
        return std::nullopt;
    }
    return Answer{Answer::Kind::done, amount};
}

std::vector<TrainingExercise> training_exercises(const Routine& routine, const DaySession& day,
                                                 std::optional<int> rest, int default_rest) {
    std::vector<TrainingExercise> exercises;
    bool later_logged = false; // something was logged of an exercise after this one
    for (auto item = day.items.rbegin(); item != day.items.rend(); ++item) {
        const PlanItem& planned = item->item;
        TrainingExercise exercise{planned.id,
                                  planned.name,
                                  planned.unit,
                                  planned.step,
                                  {},
                                  0,
                                  rest.value_or(default_rest)};
        if (std::size_t e = index_of(routine, planned.id); e < routine.exercises.size()) {
            exercise.cues = routine.exercises[e].cues;
            exercise.rest = rest.value_or(routine.exercises[e].rest.value_or(default_rest));
        }
        exercise.done_before =
            item->stopped ? planned.step.sets : planned.step.sets - item->sets_left();
        exercise.skipped_earlier = !item->logged && later_logged;
        later_logged = later_logged || item->logged.has_value();
        exercises.insert(exercises.begin(), std::move(exercise));
    }
    std::stable_partition(exercises.begin(), exercises.end(),
                          [](const TrainingExercise& e) { return !e.skipped_earlier; });
    return exercises;
}

TrainingSession::TrainingSession(const std::vector<TrainingExercise>& exercises) {
    std::copy_if(exercises.begin(), exercises.end(), std::back_inserter(m_exercises),
                 [](const TrainingExercise& exercise) { return exercise.sets_left() > 0; });
    m_done.resize(m_exercises.size());
}

int TrainingSession::set_number() const {
    return exercise().done_before + static_cast<int>(m_sets.size()) + 1;
}

std::optional<ExerciseDone> TrainingSession::answer(const Answer& answer) {
    if (finished()) {
        return std::nullopt;
    }
    switch (answer.kind) {
    case Answer::Kind::done:
        m_sets.push_back(answer.amount.value_or(exercise().step.amount));
        if (static_cast<int>(m_sets.size()) < exercise().sets_left()) {
            return std::nullopt;
        }
        return end_exercise();
    case Answer::Kind::skip:
        return end_exercise();
    case Answer::Kind::quit:
        return stop();
    }
    return std::nullopt;
}

std::optional<ExerciseDone> TrainingSession::stop() {
    if (finished()) {
        return std::nullopt;
    }
    std::optional<ExerciseDone> done = end_exercise();
    m_current = m_exercises.size();
    return done;
}

std::optional<ExerciseDone> TrainingSession::end_exercise() {
    const TrainingExercise& current = exercise();
    std::optional<ExerciseDone> done;
    if (!m_sets.empty()) {
        done = ExerciseDone{current.id, current.unit, m_sets};
    }
    m_done[m_current] = std::move(m_sets);
    m_sets.clear();
    ++m_current;
    return done;
}

} // namespace backplan::core
