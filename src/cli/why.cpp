#include "cli/commands.hpp"
#include "cli/log_reading.hpp"
#include "core/match.hpp"
#include "io/progress_writer.hpp"

namespace backplan::cli {

CLI::App* add_why(CLI::App& app, WhyOptions& options) {
    CLI::App* command = app.add_subcommand(
        "why", "Show, week by week, what the log did to an exercise's plan, and why");
    command->add_option("action", options.action, "Exercise id, name or alias")
        ->type_name("ACTION")
        ->required();
    command
        ->add_option("--date", options.date,
                     "Explain the plan of the week of this date (default: today)")
        ->type_name("YYYY-MM-DD");
    return command;
}

void run_why(const WhyOptions& options, const GlobalOptions& global, const Environment& environment,
             std::ostream& out) {
    core::Date date = date_option("--date", options.date).value_or(environment.now.date);
    core::Routine routine = io::load_routine(global.template_spec, environment.template_dirs);
    const core::Exercise& exercise = core::resolve_exercise(routine, options.action);
    core::Date start = core::monday_of_week(date);
    core::LogHistory history = read_history(routine, global);
    io::write_why(exercise,
                  core::replay(exercise.progression, history.sessions(exercise.id), start), start,
                  out);
}

} // namespace backplan::cli
