// `_actions`, hidden: the active template's exercise ids and aliases, one per line, which the
// completion scripts call when completing an ACTION.
#include "cli/command.hpp"

namespace backplan::cli {
namespace {

class Actions : public Command {
  public:
    CLI::App* add(CLI::App& app) override {
        CLI::App* command = app.add_subcommand("_actions", "The active template's ids and aliases");
        command->group(""); // for the completion scripts only
        return command;
    }

    ExitCode run(const Context& context, std::ostream& out) override {
        core::Routine routine = context.routine();
        for (const core::Exercise& exercise : routine.exercises) {
            out << exercise.id << '\n';
            for (const std::string& alias : exercise.aliases) {
                out << alias << '\n';
            }
        }
        return ExitCode::ok;
    }
};

} // namespace

std::unique_ptr<Command> make_actions() {
    return std::make_unique<Actions>();
}

} // namespace backplan::cli
