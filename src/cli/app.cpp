#include "cli/app.hpp"

#include "cli/command.hpp"
#include "cli/diagnostics.hpp"
#include "cli/help.hpp"
#include "cli/problems.hpp"
#include "cli/usage.hpp"
#include "core/text.hpp"
#include "io/system/fd_output.hpp"
#include "io/system/posix_system.hpp"
#include "io/system/signals.hpp"

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstring>
#include <exception>
#include <new>
#include <stdexcept>
#include <unistd.h>

namespace backplan::cli {
namespace {

// The values --color takes.
const std::vector<std::string> color_choices{"auto", "always", "never"};

// What --version prints.
constexpr const char* version_line = "backplan " BACKPLAN_VERSION;

void add_global(CLI::App& app, GlobalOptions& global, CompletionHints& hints) {
    hints.completes(app.add_option("-t,--template", global.template_spec,
                                   "Routine template: a PATH, or a NAME looked up in "
                                   "$XDG_CONFIG_HOME/backplan/plans then the installed plans "
                                   "(default: home-back)")
                        ->type_name("PATH|NAME"),
                    {Completion::Kind::templates, {}});
    hints.completes(app.add_option("-l,--log", global.log,
                                   "The training log (default: $BACKPLAN_LOG, else "
                                   "$XDG_DATA_HOME/backplan/log.txt)")
                        ->type_name("FILE"),
                    file_completion);
    app.add_flag("-v,--verbose", global.verbose, "More diagnostics on stderr (-vv for debug)");
    app.add_flag("-q,--quiet", global.quiet, "Only errors on stderr");
    hints.completes(app.add_option("--color", global.color,
                                   "Colour: auto (on a terminal, unless NO_COLOR is set), always "
                                   "or never")
                        ->type_name("WHEN")
                        ->check(one_of(color_choices)),
                    {Completion::Kind::choices, color_choices});
    app.set_version_flag("--version", version_line);
}

// A sink that passes each message on as every message shows paths: under HOME from ~/
// (core::home_as_tilde), and a word over 200 bytes cut in its middle (core::cut_long_words).
class ShownPaths final : public spdlog::sinks::sink {
  public:
    ShownPaths(std::shared_ptr<spdlog::sinks::sink> next, std::string home)
        : m_next(std::move(next)), m_home(std::move(home)) {}
    void log(const spdlog::details::log_msg& message) override {
        std::string text = core::cut_long_words(core::home_as_tilde(
            std::string_view(message.payload.data(), message.payload.size()), m_home));
        spdlog::details::log_msg shown = message;
        shown.payload = spdlog::string_view_t(text.data(), text.size());
        m_next->log(shown);
    }
    void flush() override { m_next->flush(); }
    void set_pattern(const std::string& pattern) override { m_next->set_pattern(pattern); }
    void set_formatter(std::unique_ptr<spdlog::formatter> formatter) override {
        m_next->set_formatter(std::move(formatter));
    }

  private:
    std::shared_ptr<spdlog::sinks::sink> m_next;
    std::string m_home;
};

// The diagnostics on standard error, at the level the global options ask for; paths under home
// written from ~/ (none when home is empty).
void configure_logging(const GlobalOptions& global, const std::string& home = {}) {
    std::shared_ptr<spdlog::sinks::sink> sink = std::make_shared<spdlog::sinks::stderr_sink_st>();
    sink = std::make_shared<ShownPaths>(std::move(sink), home);
    auto logger = std::make_shared<spdlog::logger>("backplan", std::move(sink));
    logger->set_pattern("backplan: %l: %v");
    spdlog::level::level_enum level = spdlog::level::warn;
    if (global.quiet) {
        level = spdlog::level::err;
    } else if (global.verbose > 0) {
        level = global.verbose == 1 ? spdlog::level::info : spdlog::level::debug;
    }
    logger->set_level(level);
    spdlog::set_default_logger(logger);
}

// Makes the subcommands of the table that the arguments name: making CLI11's options was a
// third of a start's instructions (1.45M -> 1.06M for `generate --weeks 4`, valgrind
// --tool=callgrind). All of them when none is named (--help, --version, a mistake), or when one
// that describes the others is (completion).
const CommandRow& find_row(std::string_view name) {
    for (const CommandRow& row : command_table()) {
        if (row.name == name) {
            return row;
        }
    }
    throw std::logic_error("no subcommand " + std::string(name));
}

void make_commands(CLI::App& app, const std::vector<std::string>& args, MadeCommands& made) {
    const std::vector<CommandRow>& table = command_table();
    auto named = [&](const CommandRow& row) {
        return std::find(args.begin(), args.end(), row.name) != args.end();
    };
    bool all = std::none_of(table.begin(), table.end(), named) ||
               std::any_of(table.begin(), table.end(),
                           [&](const CommandRow& row) { return row.sees_all && named(row); });
    for (const CommandRow& row : table) {
        if (!all && !named(row)) {
            continue;
        }
        std::unique_ptr<Command> command = row.make();
        CLI::App* sub = command->add(app);
        if (sub->get_name() != row.name) {
            throw std::logic_error("subcommand " + sub->get_name() + " made as " +
                                   std::string(row.name));
        }
        made.commands.push_back({row.name, std::move(command), sub});
    }
    for (MadeCommand& command : made.commands) {
        if (find_row(command.name).sees_all) {
            command.command->see_all(app, made);
        }
    }
}

// One line on standard error, written without allocating: there may be no memory left.
void say_out_of_memory() {
    static constexpr char message[] = "backplan: error: out of memory\n";
    [[maybe_unused]] ssize_t ignored = ::write(STDERR_FILENO, message, sizeof message - 1);
}

// Memory can run out where no exception may pass (a destructor, a noexcept function), which
// ends in std::terminate: say it in one line and exit 70, as main's catch does, never abort.
[[noreturn]] void on_terminate() {
    bool out_of_memory = false;
    if (std::exception_ptr current = std::current_exception()) {
        try {
            std::rethrow_exception(current);
        } catch (const std::bad_alloc&) {
            out_of_memory = true;
        } catch (...) {
        }
    }
    if (out_of_memory) {
        say_out_of_memory();
    } else {
        static constexpr char message[] = "backplan: critical: internal error: terminate\n";
        [[maybe_unused]] ssize_t ignored = ::write(STDERR_FILENO, message, sizeof message - 1);
    }
    ::_exit(static_cast<int>(ExitCode::software));
}

// The command's exit status once its output is written; throws Error(io) when it cannot be.
int finish(io::FdOutput& standard_output, ExitCode code) {
    if (int error = standard_output.finish()) {
        throw Error(ExitCode::io,
                    std::string("cannot write to standard output: ") + std::strerror(error));
    }
    return static_cast<int>(code);
}

} // namespace

ExitCode run(const std::vector<std::string>& args, io::System& system, std::ostream& out) {
    CLI::App app{"Weekly training plans that progress toward a target volume.", "backplan"};
    // Before the options and subcommands are made: each takes its parent's formatter.
    app.formatter(std::make_shared<HelpFormatter>());
    app.fallthrough();
    app.require_subcommand(1);
    GlobalOptions global;
    MadeCommands made;
    add_global(app, global, made.global);
    make_commands(app, args, made);
    try {
        std::vector<std::string> reversed(args.rbegin(), args.rend());
        app.parse(reversed);
    } catch (const CLI::ParseError& error) {
        if (error.get_exit_code() == 0) {
            app.exit(error, out, out); // --help, --version
            return ExitCode::ok;
        }
        throw Error(ExitCode::usage, usage_message(app, args, error));
    }
    configure_logging(global, system.environment().home);
    std::string config_file = io::template_dirs(system.environment()).config_file;
    Settings settings(system.environment(), io::load_config(system, config_file), config_file);
    Context context(system, global, std::move(settings));
    for (MadeCommand& command : made.commands) {
        if (command.app->parsed()) {
            return timed(system, std::string("ran ") + std::string(command.name),
                         [&] { return command.command->run(context, out); });
        }
    }
    return ExitCode::ok;
}

int main(int argc, char** argv) {
    // Before any file is opened: none may become standard output or error.
    io::keep_standard_descriptors();
    std::set_terminate(on_terminate);
    configure_logging({});
    try {
        std::vector<std::string> args(argv + (argc > 0 ? 1 : 0), argv + argc);
        io::FdOutput standard_output(STDOUT_FILENO);
        std::ostream out(&standard_output);
        // Answered before the system and CLI11's options of every subcommand are made: they
        // were nine tenths of its instructions (valgrind --tool=callgrind: 1.39M -> 0.30M).
        if (args.size() == 1 && args[0] == "--version") {
            out << version_line << '\n';
            return finish(standard_output, ExitCode::ok);
        }
        io::PosixSystem system;
        return finish(standard_output, run(args, system, out));
    } catch (const std::bad_alloc&) {
        say_out_of_memory();
        return static_cast<int>(ExitCode::software);
    } catch (const DataError& error) {
        print_diagnostics(error.diagnostics(),
                          [](const std::string& line) { spdlog::error("{}", line); });
        return static_cast<int>(error.code());
    } catch (const Error& error) {
        // Messages quote input escaped (core::quoted); this is the last guard before the terminal.
        spdlog::error("{}", core::escape_bytes(error.what()));
        return static_cast<int>(error.code());
    } catch (const std::exception& error) {
        spdlog::critical("internal error: {}", error.what());
        return static_cast<int>(ExitCode::software);
    }
}

} // namespace backplan::cli
