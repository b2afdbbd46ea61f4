#include "io/screens/training_screen.hpp"

#include "core/text.hpp"
#include "io/formats/display_width.hpp"
#include "io/formats/text_writer.hpp"

namespace backplan::io {
namespace {

std::string amount_text(core::Unit unit, int amount) {
    return std::to_string(amount) + (unit == core::Unit::seconds ? " s" : " reps");
}

std::string amounts_text(core::Unit unit, const std::vector<int>& amounts) {
    std::string text;
    for (int amount : amounts) {
        text += (text.empty() ? "" : " ") + std::to_string(amount) +
                (unit == core::Unit::seconds ? "s" : "");
    }
    return text;
}

} // namespace

std::string exercise_heading(const core::TrainingExercise& exercise) {
    return exercise.id + "  " + exercise.name + ": " +
           format_prescription(exercise.unit, exercise.step);
}

std::string exercise_count_text(const core::TrainingSession& session) {
    return "Exercise " + std::to_string(session.exercise_number()) + " of " +
           std::to_string(session.exercise_count()) +
           (session.exercise().skipped_earlier ? ", skipped earlier today" : "");
}

std::string set_text(const core::TrainingSession& session) {
    const core::TrainingExercise& exercise = session.exercise();
    return "Set " + std::to_string(session.set_number()) + " of " +
           std::to_string(exercise.step.sets) + ": " +
           (exercise.unit == core::Unit::seconds ? "hold " : "") +
           amount_text(exercise.unit, exercise.step.amount);
}

std::string answer_keys(const core::TrainingSession& session) {
    const core::TrainingExercise& exercise = session.exercise();
    if (exercise.unit == core::Unit::seconds) {
        return "Enter: start the " + std::to_string(exercise.step.amount) +
               " s hold   a number: seconds held   s: skip exercise   q: quit";
    }
    return "Enter: " + std::to_string(exercise.step.amount) +
           " done   a number: reps done   s: skip exercise   q: quit";
}

std::string bad_answer_text(const core::TrainingSession& session, std::string_view typed) {
    core::Unit unit = session.exercise().unit;
    core::Range limits = core::amount_limits(unit);
    return "expected Enter, " + std::string(unit == core::Unit::seconds ? "seconds" : "reps") +
           " from " + std::to_string(limits.low) + " to " + std::to_string(limits.high) +
           ", s or q; got " + core::quoted(typed);
}

std::vector<std::string> summary_lines(const core::TrainingSession& session, int minutes,
                                       std::string_view next) {
    std::vector<std::string> lines{"Done in " + std::to_string(minutes) +
                                   (minutes == 1 ? " minute:" : " minutes:")};
    const auto& exercises = session.exercises();
    for (std::size_t i = 0; i < exercises.size(); ++i) {
        const core::TrainingExercise& exercise = exercises[i];
        const std::vector<int>& done = session.done()[i];
        std::string line =
            "  " + exercise.id + "  planned " + format_prescription(exercise.unit, exercise.step);
        if (exercise.done_before > 0) {
            line += " (" + std::to_string(exercise.done_before) + " done before)";
        }
        line +=
            ", done " + (done.empty() ? std::string("nothing") : amounts_text(exercise.unit, done));
        lines.push_back(line);
    }
    if (!next.empty()) {
        lines.push_back(std::string(next));
    }
    return lines;
}

void LineScreen::show(const core::TrainingSession& session, std::string_view message) {
    if (m_shown != session.exercise_number()) {
        m_shown = session.exercise_number();
        std::string heading =
            exercise_count_text(session) + ": " + exercise_heading(session.exercise());
        // Within 80 columns: a long one wrapped (which would close up its double spaces).
        m_out << '\n'
              << (display_width(heading) <= text_width ? heading
                                                       : wrap_text(heading, text_width, "", "  "))
              << '\n';
        for (const std::string& cue : session.exercise().cues) {
            m_out << wrap_text(cue, text_width, "  - ", "    ") << '\n';
        }
    }
    if (!message.empty()) {
        m_out << message << '\n';
    }
    m_out << set_text(session) << '\n';
}

Input LineScreen::ask(const core::TrainingSession&) {
    m_out.flush();
    std::string line;
    if (std::getline(m_in, line)) {
        return {Input::Kind::text, line};
    }
    return {m_interrupts.caught() != 0 ? Input::Kind::interrupted : Input::Kind::closed, ""};
}

std::optional<int> LineScreen::hold(int seconds) {
    m_out << "Hold " << seconds << " s\n";
    return seconds;
}

bool LineScreen::rest(const core::TrainingSession&, int seconds) {
    m_out << "Rest " << seconds << " s\n";
    return m_interrupts.caught() == 0;
}

void LineScreen::logged(std::string_view line) {
    m_out << "Logged: " << line << '\n';
}

void LineScreen::note(std::string_view message) {
    m_out << wrap_text(std::string(message), text_width, "", "") << '\n';
}

void LineScreen::finish(const std::vector<std::string>& summary) {
    m_out << '\n';
    for (const std::string& line : summary) {
        m_out << line << '\n';
    }
}

} // namespace backplan::io
