#include "cli/commands.hpp"
#include "core/match.hpp"
#include "io/text_writer.hpp"

namespace backplan::cli {

CLI::App* add_show(CLI::App& app, ShowOptions& options) {
    CLI::App* command =
        app.add_subcommand("show", "List the routine's exercises, or show how to do one");
    command->add_option("action", options.action, "Exercise id, name or alias")
        ->type_name("ACTION");
    return command;
}

void run_show(const ShowOptions& options, const GlobalOptions& global,
              const Environment& environment, std::ostream& out) {
    core::Routine routine = io::load_routine(global.template_spec, environment.template_dirs);
    if (options.action) {
        io::write_exercise(routine, core::resolve_exercise(routine, *options.action), out);
    } else {
        io::write_routine_summary(routine, out);
    }
}

} // namespace backplan::cli
