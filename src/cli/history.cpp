#include "cli/commands.hpp"
#include "cli/log_reading.hpp"
#include "core/match.hpp"
#include "io/log_store.hpp"

namespace backplan::cli {

CLI::App* add_history(CLI::App& app, HistoryOptions& options) {
    CLI::App* command = app.add_subcommand("history", "Print logged entries, oldest first");
    command->add_option("--since", options.since, "Only entries on or after this date")
        ->type_name("YYYY-MM-DD");
    command->add_option("--until", options.until, "Only entries on or before this date")
        ->type_name("YYYY-MM-DD");
    command->add_option("--action", options.action, "Only this exercise (id, name or alias)")
        ->type_name("ACTION");
    return command;
}

void run_history(const HistoryOptions& options, const GlobalOptions& global,
                 const Environment& environment, std::ostream& out) {
    std::optional<core::Date> since = date_option("--since", options.since);
    std::optional<core::Date> until = date_option("--until", options.until);
    std::string id;
    if (options.action) {
        core::Routine routine = io::load_routine(global.template_spec, environment.template_dirs);
        id = core::resolve_exercise(routine, *options.action).id;
    }
    // Lines are gathered in one buffer and written in large pieces: a long log is mostly
    // printed, and a stream insertion per line costs more than the parse.
    constexpr std::size_t flush_at = 64 * 1024;
    std::string buffer;
    buffer.reserve(2 * flush_at);
    read_log_entries(io::log_path(global.log), [&](const core::LogEntry& entry) {
        if ((since && entry.time.date < *since) || (until && entry.time.date > *until) ||
            (!id.empty() && entry.id != id)) {
            return;
        }
        core::append_log_line(buffer, entry);
        buffer += '\n';
        if (buffer.size() >= flush_at) {
            out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
            buffer.clear();
        }
    });
    out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
}

} // namespace backplan::cli
