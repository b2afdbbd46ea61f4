#include "cli/arguments.hpp"
#include "cli/command.hpp"
#include "core/match.hpp"
#include "io/progress_writer.hpp"

namespace backplan::cli {
namespace {

class Why : public Command {
  public:
    CLI::App* add(CLI::App& app) override {
        CLI::App* command = app.add_subcommand(
            "why", "Show, week by week, what the log did to an exercise's plan, and why");
        add_action(command, "action", m_action, "Exercise id, name or alias")->required();
        add_date(command, "--date", m_date,
                 "Explain the plan of the week of this date (default: today)");
        return command;
    }

    ExitCode run(const Context& context, std::ostream& out) override {
        core::Date date = date_option("--date", m_date).value_or(context.now().date);
        core::Routine routine = context.routine();
        const core::Exercise& exercise = core::resolve_exercise(routine, m_action);
        core::Date start = core::monday_of_week(date);
        core::LogHistory history = context.history(routine);
        core::WeekdaySet days = core::training_days(routine, exercise);
        io::write_why(exercise, days,
                      core::replay(exercise.progression, days, history.sessions(exercise.id),
                                   history.logged_weeks(), history.pauses(), start),
                      start, out);
        return ExitCode::ok;
    }

  private:
    std::string m_action;
    std::optional<std::string> m_date;
};

} // namespace

std::unique_ptr<Command> make_why() {
    return std::make_unique<Why>();
}

} // namespace backplan::cli
