// `train`: the day's session, guided (core::run_guided), on the terminal's screen or line by
// line, every exercise's sets appended to the log as soon as the exercise ends.
#include "cli/arguments.hpp"
#include "cli/command.hpp"
#include "cli/diagnostics.hpp"
#include "cli/recording.hpp"
#include "cli/usage.hpp"
#include "core/day.hpp"
#include "core/guided.hpp"
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

// The guided session's port onto the terminal, the clock and the log.
class TrainPort : public core::GuidedPort {
  public:
    TrainPort(const Context& context, io::TrainingScreen& screen)
        : m_system(context.system()), m_screen(screen),
          // The wait for the lock is said on the screen: standard error would be drawn over.
          m_store(log_for_appending(
              context, [&screen](const std::string& message) { screen.note(message); })) {}

    void show(const core::TrainingSession& session, std::string_view notice,
              std::optional<std::string_view> refused) override {
        m_screen.show(session, refused ? io::bad_answer_text(session, *refused) : notice);
    }
    std::optional<std::string> ask(const core::TrainingSession& session) override {
        io::Input input = m_screen.ask(session);
        if (input.kind != io::Input::Kind::text) {
            return std::nullopt;
        }
        return input.text;
    }
    std::optional<int> hold(int seconds) override { return m_screen.hold(seconds); }
    bool rest(const core::TrainingSession& session, int seconds) override {
        return m_screen.rest(session, seconds);
    }
    core::Timestamp now() override { return m_system.local_time(m_system.now()); }
    bool append(const core::LogEntry& record) override {
        try {
            m_screen.logged(m_store.append(record).line);
        } catch (const Error& error) {
            if (error.code() != ExitCode::temporary) {
                throw;
            }
            return false;
        }
        return true;
    }
    void note(const std::string& message) override { m_screen.note(message); }

    const std::string& log() const { return m_store.path(); }

  private:
    io::System& m_system;
    io::TrainingScreen& m_screen;
    io::LogStore m_store;
};

// Says on standard error that the session's records kept for the lock were not logged, and
// returns the exit status that says so (75).
ExitCode not_logged(const std::string& log) {
    spdlog::error("{}: another process held the lock to the end of the session; what was not "
                  "logged is above, with the backplan log commands that log it",
                  log);
    return ExitCode::temporary;
}

ExitCode Train::run(const Context& context, std::ostream& out) {
    std::optional<core::Date> given = date_option("--date", m_date, context.now().date);
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
    // As today reads it.
    core::LogHistory history =
        context.history(routine, core::add_days(core::monday_of_week(date), -14));
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
    TrainPort port(context, *screen);
    // Pain reported in the week before: said as the session starts, with the step it shows.
    std::string cautions;
    for (const std::string& text : io::pain_caution_texts(date, day.cautions)) {
        cautions += (cautions.empty() ? "" : "\n") + text;
    }
    core::GuidedEnd end = core::run_guided(session, port, logged_at, cautions);
    int signal = end.stopped ? interrupts.caught() : 0;
    auto minutes = std::chrono::duration_cast<std::chrono::minutes>(context.system().now() - start +
                                                                    std::chrono::seconds(30));
    std::vector<std::string> summary =
        io::summary_lines(session, static_cast<int>(minutes.count()), next_text(day.next));
    for (const std::string& line :
         core::unlogged_lines(end.unlogged, context.global().template_spec, port.log())) {
        summary.push_back(line);
    }
    screen->finish(summary);
    if (signal != 0) {
        return static_cast<ExitCode>(128 + signal);
    }
    return end.unlogged.empty() ? ExitCode::ok : not_logged(port.log());
}

} // namespace

std::unique_ptr<Command> make_train() {
    return std::make_unique<Train>();
}

} // namespace backplan::cli
