// `_templates`, hidden: the template NAMEs --template accepts here, one per line, which the
// completion scripts call when completing -t.
#include "cli/command.hpp"
#include "io/templates/template_lookup.hpp"

namespace backplan::cli {
namespace {

class Templates : public Command {
  public:
    CLI::App* add(CLI::App& app) override {
        CLI::App* command = app.add_subcommand("_templates", "The template names found");
        command->group(""); // for the completion scripts only
        return command;
    }

    ExitCode run(const Context& context, std::ostream& out) override {
        for (const std::string& name :
             io::template_names(context.system(), context.template_dirs())) {
            out << name << '\n';
        }
        return ExitCode::ok;
    }
};

} // namespace

std::unique_ptr<Command> make_templates() {
    return std::make_unique<Templates>();
}

} // namespace backplan::cli
