#include "cli/command.hpp"
#include "core/match.hpp"
#include "io/text_writer.hpp"

namespace backplan::cli {
namespace {

class Show : public Command {
  public:
    CLI::App* add(CLI::App& app) override {
        CLI::App* command =
            app.add_subcommand("show", "List the routine's exercises, or show how to do one");
        add_action(command, "action", m_action, "Exercise id, name or alias");
        return command;
    }

    ExitCode run(const Context& context, std::ostream& out) override {
        core::Routine routine = context.routine();
        if (m_action) {
            io::write_exercise(routine, core::resolve_exercise(routine, *m_action), out);
        } else {
            io::write_routine_summary(routine, out);
        }
        return ExitCode::ok;
    }

  private:
    std::optional<std::string> m_action;
};

} // namespace

std::unique_ptr<Command> make_show() {
    return std::make_unique<Show>();
}

} // namespace backplan::cli
