#include "core/log.hpp"

#include "cli/commands.hpp"
#include "core/match.hpp"
#include "core/text.hpp"
#include "io/clock.hpp"
#include "io/log_store.hpp"

#include <spdlog/spdlog.h>

namespace backplan::cli {

CLI::App* add_log(CLI::App& app, LogOptions& options) {
    CLI::App* command = app.add_subcommand("log", "Append sets done to the training log");
    command->add_option("action", options.action, "Exercise id, name or alias")
        ->type_name("ACTION")
        ->required();
    command
        ->add_option("amounts", options.amounts,
                     "Reps of each set, or seconds for a timed hold (45s)")
        ->type_name("REPS")
        ->required();
    command->add_option("-n,--note", options.note, "A note kept with the entry")->type_name("TEXT");
    command
        ->add_option("--at", options.at,
                     "When: now (default), yesterday, YYYY-MM-DD, YYYY-MM-DDTHH:MM or HH:MM")
        ->type_name("WHEN");
    return command;
}

void run_log(const LogOptions& options, const GlobalOptions& global, const Environment& environment,
             std::ostream& out) {
    core::LocalTime at =
        options.at
            ? option_value("--at", [&] { return core::parse_at(*options.at, environment.now); })
            : environment.now;
    core::Routine routine = io::load_routine(global.template_spec, environment.template_dirs);
    const core::Exercise& exercise = core::resolve_exercise(routine, options.action);

    core::LogEntry entry;
    entry.time = io::local_timestamp(at);
    entry.id = exercise.id;
    entry.unit = exercise.progression.unit;
    entry.amounts = core::parse_amounts(options.amounts, entry.unit, exercise.id);
    if (options.note) {
        try {
            core::check_note(*options.note);
        } catch (const ValueError& error) {
            throw ValueError(std::string("--note: ") + error.what());
        }
        // Trimmed as the reader trims it, so that the line reads back the same.
        entry.note = core::trim_blanks(*options.note);
    }

    // A line that would not read back as meant is never written.
    std::string line = core::format_log_line(entry);
    core::LogEntry read_back;
    if (core::parse_log_line(line, read_back) != core::LineKind::entry || !(read_back == entry)) {
        throw Error(ExitCode::data,
                    "refusing to write a line that does not read back the same: " + line);
    }
    if (entry.time.instant() > io::local_timestamp(environment.now).instant()) {
        spdlog::warn("logging a time in the future: {}", core::format_timestamp(entry.time));
    }
    std::string path = io::log_path(global.log);
    io::append_log_line(path, line);
    spdlog::info("appended to {}", path);
    out << line << '\n';
}

} // namespace backplan::cli
