#include "cli/arguments.hpp"
#include "cli/command.hpp"
#include "cli/diagnostics.hpp"
#include "core/day.hpp"
#include "io/formats/progress_writer.hpp"

namespace backplan::cli {
namespace {

class Today : public Command {
  public:
    CLI::App* add(CLI::App& app) override {
        CLI::App* command = app.add_subcommand(
            "today", "Today's session: what is planned, what is already logged, what is left");
        add_date(command, "--date", m_date, "Another day's session (default: today)");
        return command;
    }

    ExitCode run(const Context& context, std::ostream& out) override {
        core::Date date = date_option("--date", m_date).value_or(context.now().date);
        core::Routine routine = context.routine();
        core::LogHistory history = context.history(routine);
        say_decisions(routine, history, core::monday_of_week(date), context.now().date);
        io::write_today(date, core::day_session(routine, history, date, context.now().date), out);
        return ExitCode::ok;
    }

  private:
    std::optional<std::string> m_date;
};

} // namespace

std::unique_ptr<Command> make_today() {
    return std::make_unique<Today>();
}

} // namespace backplan::cli
