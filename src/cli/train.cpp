// `train`: the day's session, guided, every exercise's sets appended to the log as soon as the
// exercise ends (done or skipped), and what was done of the exercise under way appended too when
// the session is quit or interrupted.
#include "cli/arguments.hpp"
#include "cli/command.hpp"
#include "cli/diagnostics.hpp"
#include "cli/train_log.hpp"
#include "cli/usage.hpp"
#include "core/day.hpp"
#include "core/training.hpp"
#include "core/zone.hpp"
#include "io/formats/progress_writer.hpp"
#include "io/formats/text_writer.hpp"
#include "io/screens/curses_screen.hpp"
#include "io/screens/training_screen.hpp"

#include <spdlog/spdlog.h>

namespace backplan::cli {
namespace {

// The default rest between sets, in seconds, when neither --rest nor the template says.
constexpr int default_rest = 60;

std::string next_text(const std::optional<core::PlanDay>& next) {
    if (!next) {
        return "";
    }
    return "Next training day: " + io::day_name(next->date) + ", " +
           std::to_string(next->items.size()) +
           (next->items.size() == 1 ? " exercise." : " exercises.");
}

class Train : public Command {
  public:
    CLI::App* add(CLI::App& app) override {
        CLI::App* command = app.add_subcommand(
            "train", "Today's session, guided set by set, each exercise logged as it is done");
        add_date(command, "--date", m_date,
                 "Another day's session, logged at that date (default: today)");
        command
            ->add_option(
                "--rest", m_rest,
                "Seconds of rest between sets, 0 to 600 (default: the template's, else 60)")
            ->type_name("SECONDS")
            ->transform(whole_number(core::rest_limits.low, core::rest_limits.high));
        return command;
    }

    ExitCode run(const Context& context, std::ostream& out) override;

  private:
    std::optional<std::string> m_date;
    std::optional<int> m_rest;
};

// One session, from the first answer to the summary: what the loop holds between sets.
class SessionRunner {
  public:
    // logged_at: the time every line is logged at (--date); else each exercise's first set's.
    SessionRunner(const Context& context, io::TrainingScreen& screen,
                  const io::InterruptCatcher& interrupts, std::optional<core::Timestamp> logged_at)
        : m_context(context), m_screen(screen), m_interrupts(interrupts), m_logged_at(logged_at),
          m_log(context, screen) {}

    // Shows the message with the first set asked for.
    void say_first(std::string message) { m_first_message = std::move(message); }

    // Runs the session to its end; returns the signal that interrupted it, or 0.
    int run(core::TrainingSession& session) {
        while (!session.finished()) {
            std::optional<core::Answer> answer = next_answer(session);
            if (!answer) {
                append(session.stop());
                return m_interrupts.caught() != 0 ? m_interrupts.caught() : 0;
            }
            if (answer->kind == core::Answer::Kind::done && session.sets_done().empty()) {
                m_first_set = m_context.system().now();
            }
            int rest = session.exercise().rest; // after a set of this exercise
            append(session.answer(*answer));
            if (answer->kind == core::Answer::Kind::done && !session.finished() && rest > 0 &&
                !m_screen.rest(session, rest)) {
                append(session.stop());
                return m_interrupts.caught();
            }
        }
        return 0;
    }

    // What the session appends to the log, and keeps when it cannot.
    SessionLog& log() { return m_log; }

  private:
    // The answer to the set shown, a timed hold run when it is one; std::nullopt when the
    // session ends there (interrupted, or the input closed).
    std::optional<core::Answer> next_answer(const core::TrainingSession& session) {
        std::string message = std::exchange(m_first_message, {});
        for (;;) {
            m_screen.show(session, message);
            io::Input input = m_screen.ask(session);
            if (input.kind != io::Input::Kind::text) {
                return std::nullopt;
            }
            const core::TrainingExercise& exercise = session.exercise();
            std::optional<core::Answer> answer = core::parse_answer(input.text, exercise.unit);
            if (!answer) {
                message = io::bad_answer_text(session, input.text);
                continue;
            }
            if (exercise.unit == core::Unit::seconds && answer->kind == core::Answer::Kind::done &&
                !answer->amount) {
                std::optional<int> held = m_screen.hold(exercise.step.amount);
                if (!held) {
                    return std::nullopt;
                }
                answer->amount = *held;
            }
            return answer;
        }
    }

    void append(const std::optional<core::ExerciseDone>& done) {
        if (!done) {
            return;
        }
        core::LogEntry entry;
        // When the exercise's first set was done, or noon of the --date given, as --at takes it.
        entry.time = m_logged_at.value_or(m_context.system().local_time(m_first_set));
        entry.id = done->id;
        entry.unit = done->unit;
        entry.amounts = done->amounts;
        m_log.append(entry);
    }

    const Context& m_context;
    io::TrainingScreen& m_screen;
    const io::InterruptCatcher& m_interrupts;
    std::optional<core::Timestamp> m_logged_at;
    SessionLog m_log;
    std::chrono::sys_seconds m_first_set;
    std::string m_first_message;
};

ExitCode Train::run(const Context& context, std::ostream& out) {
    std::optional<core::Date> given = date_option("--date", m_date);
    core::Date date = given.value_or(context.now().date);
    // Another day's session is logged at its noon, as `log --at DATE` would; known before the
    // session starts, so that a noon the time zone skips is refused before anything is done.
    std::optional<core::Timestamp> logged_at;
    if (given) {
        core::LocalTime noon{date, 12 * 3600};
        try {
            logged_at = core::resolved_timestamp(noon, context.system().resolve_local_time(noon));
        } catch (const ValueError& error) {
            throw ValueError(std::string("--date: ") + error.what());
        }
    }
    core::Routine routine = context.routine();
    core::LogHistory history = context.history(routine);
    say_decisions(routine, history, core::monday_of_week(date), context.now().date);
    core::DaySession day = core::day_session(routine, history, date, context.now().date);
    core::TrainingSession session(core::training_exercises(routine, day, m_rest, default_rest));
    bool stopped = !day.items.empty() && day.items.front().stopped;
    if (day.items.empty() || session.finished()) {
        // As today says it: a pause's note may be long.
        out << io::wrap_text(io::day_name(date) +
                                 (day.pause           ? ": " + io::pause_text(*day.pause) + "."
                                  : day.items.empty() ? std::string(": rest day.")
                                  : stopped ? std::string(": the session is over for today, after "
                                                          "pain.")
                                            : std::string(": every set is logged already.")),
                             io::text_width, "", "")
            << '\n';
        io::write_pain_cautions(date, day.cautions, out);
        if (std::string next = next_text(day.next); !next.empty()) {
            out << next << '\n';
        }
        return ExitCode::ok;
    }

    io::InterruptCatcher interrupts;
    std::unique_ptr<io::TrainingScreen> screen;
    const io::Environment& environment = context.environment();
    if (environment.stdin_is_terminal && environment.stdout_is_terminal) {
        try {
            screen = std::make_unique<io::CursesScreen>(out, interrupts, io::day_name(date),
                                                        context.terminal().color);
        } catch (const Error& error) {
            spdlog::warn("{}; asking line by line instead", error.what());
        }
    }
    if (!screen) {
        screen = std::make_unique<io::LineScreen>(context.system().input(), out, interrupts);
    }
    std::chrono::sys_seconds start = context.system().now();
    SessionRunner runner(context, *screen, interrupts, logged_at);
    // Pain reported in the week before: said as the session starts, with the step it shows.
    std::string cautions;
    for (const std::string& text : io::pain_caution_texts(date, day.cautions)) {
        cautions += (cautions.empty() ? "" : "\n") + text;
    }
    runner.say_first(cautions);
    int signal = runner.run(session);
    auto minutes = std::chrono::duration_cast<std::chrono::minutes>(context.system().now() - start +
                                                                    std::chrono::seconds(30));
    bool logged = runner.log().flush();
    std::vector<std::string> summary =
        io::summary_lines(session, static_cast<int>(minutes.count()), next_text(day.next));
    for (const std::string& line : unlogged_lines(runner.log().unlogged())) {
        summary.push_back(line);
    }
    screen->finish(summary);
    if (signal != 0) {
        return static_cast<ExitCode>(128 + signal);
    }
    return logged ? ExitCode::ok : not_logged(context.log_path());
}

} // namespace

std::unique_ptr<Command> make_train() {
    return std::make_unique<Train>();
}

} // namespace backplan::cli
