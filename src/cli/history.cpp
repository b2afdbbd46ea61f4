#include "cli/arguments.hpp"
#include "cli/command.hpp"
#include "cli/diagnostics.hpp"
#include "core/match.hpp"

namespace backplan::cli {
namespace {

struct HistoryOptions {
    std::optional<std::string> since;
    std::optional<std::string> until;
    std::optional<std::string> action;
    bool all = false;
};

class History : public Command {
  public:
    CLI::App* add(CLI::App& app) override {
        CLI::App* command = app.add_subcommand("history", "Print logged entries, oldest first");
        add_date(command, "--since", m_options.since, "Only entries on or after this date");
        add_date(command, "--until", m_options.until, "Only entries on or before this date");
        add_action(command, "--action", m_options.action, "Only this exercise (id, name or alias)");
        command->add_flag("--all", m_options.all,
                          "Also the cancelled entries, each as a comment: # cancelled: LINE");
        return command;
    }

    ExitCode run(const Context& context, std::ostream& out) override {
        DateRange range = date_range(m_options.since, m_options.until);
        std::optional<core::Date> since = range.since;
        std::optional<core::Date> until = range.until;
        // The routine tells which names a line may give its exercise by.
        core::Routine routine = context.routine();
        std::string id;
        if (m_options.action) {
            id = core::resolve_exercise(routine, *m_options.action).id;
        }
        // Lines are gathered in one buffer and written in large pieces: a long log is mostly
        // printed, and a stream insertion per line cost more than the parse (`history` over 1M
        // lines in 0.79 x mawk's time, scripts/bench).
        constexpr std::size_t flush_at = 64 * 1024;
        std::string buffer;
        buffer.reserve(2 * flush_at);
        io::LogStore store = context.log();
        auto print = [&](const core::LogEntry& entry, std::string_view mark) {
            if ((since && entry.time.date < *since) || (until && entry.time.date > *until) ||
                (!id.empty() && entry.id != id)) {
                return;
            }
            buffer += mark;
            core::format_log_line_into(buffer, entry);
            buffer += '\n';
            if (buffer.size() >= flush_at) {
                out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
                buffer.clear();
            }
        };
        auto print_cancelled = [&](const core::LogEntry& entry) {
            print(entry, "# cancelled: ");
        };
        io::LogReading reading = store.read(
            routine, [&](const core::LogEntry& entry) { print(entry, ""); },
            m_options.all ? std::function<void(const core::LogEntry&)>(print_cancelled)
                          : std::function<void(const core::LogEntry&)>());
        out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        report_reading(reading, store.path());
        say_reading(reading, store.path());
        return ExitCode::ok;
    }

  private:
    HistoryOptions m_options;
};

} // namespace

std::unique_ptr<Command> make_history() {
    return std::make_unique<History>();
}

} // namespace backplan::cli
