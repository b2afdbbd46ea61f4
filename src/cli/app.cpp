#include "cli/app.hpp"

#include "cli/commands.hpp"
#include "core/error.hpp"
#include "io/clock.hpp"
#include "io/fd_output.hpp"
#include "io/terminal.hpp"

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstring>
#include <functional>
#include <stdexcept>
#include <unistd.h>

namespace backplan::cli {
namespace {

void add_global(CLI::App& app, GlobalOptions& global) {
    app.add_option("-t,--template", global.template_spec,
                   "Routine template: a PATH, or a NAME looked up in "
                   "$XDG_CONFIG_HOME/backplan/plans then the installed plans (default: home-back)")
        ->type_name("PATH|NAME");
    app.add_option("-l,--log", global.log,
                   "The training log (default: $BACKPLAN_LOG, else "
                   "$XDG_DATA_HOME/backplan/log.txt)")
        ->type_name("FILE");
    app.add_flag("-v,--verbose", global.verbose, "More diagnostics on stderr (-vv for debug)");
    app.add_flag("-q,--quiet", global.quiet, "Only errors on stderr");
    app.add_option("--color", global.color,
                   "Colour: auto (on a terminal, unless NO_COLOR is set), always or never")
        ->type_name("WHEN")
        ->check(CLI::IsMember(color_choices));
    app.set_version_flag("--version", std::string("backplan ") + BACKPLAN_VERSION);
}

void configure_logging(const GlobalOptions& global) {
    auto logger = std::make_shared<spdlog::logger>(
        "backplan", std::make_shared<spdlog::sinks::stderr_sink_st>());
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

} // namespace

Environment process_environment() {
    return {io::local_now(), io::stamp_now(), io::template_dirs_from_environment(),
            io::process_terminal()};
}

ExitCode run(const std::vector<std::string>& args, const Environment& environment,
             std::ostream& out) {
    CLI::App app{"Weekly training plans that progress toward a target volume.", "backplan"};
    app.fallthrough();
    app.require_subcommand(1);
    GlobalOptions global;
    GenerateOptions generate;
    ShowOptions show;
    LogOptions log;
    HistoryOptions history;
    CheckOptions check;
    WhyOptions why;
    TodayOptions today;
    ReportOptions report;
    CompletionOptions completion;
    add_global(app, global);
    // Making CLI11's options is most of a start's work, so only the subcommands named on the
    // command line are made; all of them when none is (--help, --version, a mistake), and for
    // completion, whose scripts list them all. Each one made is checked against its name here.
    struct Subcommand {
        std::string_view name;
        std::function<CLI::App*()> make;
        CLI::App* made = nullptr;
    };
    std::vector<Subcommand> subcommands{
        {"generate",
         [&] {
             return add_generate(app, generate);
         }},
        {"show",
         [&] {
             return add_show(app, show);
         }},
        {"log",
         [&] {
             return add_log(app, log);
         }},
        {"history",
         [&] {
             return add_history(app, history);
         }},
        {"today",
         [&] {
             return add_today(app, today);
         }},
        {"why",
         [&] {
             return add_why(app, why);
         }},
        {"report",
         [&] {
             return add_report(app, report);
         }},
        {"check",
         [&] {
             return add_check(app, check);
         }},
        {"completion",
         [&] {
             return add_completion(app, completion);
         }},
        {"config",
         [&] {
             return add_config(app);
         }},
    };
    auto named = [&](std::string_view name) {
        return std::find(args.begin(), args.end(), name) != args.end();
    };
    bool all = named("completion") || named("_actions") ||
               std::none_of(subcommands.begin(), subcommands.end(),
                            [&](const Subcommand& s) { return named(s.name); });
    for (Subcommand& subcommand : subcommands) {
        if (all || named(subcommand.name)) {
            subcommand.made = subcommand.make();
            if (subcommand.made->get_name() != subcommand.name) {
                throw std::logic_error("subcommand " + subcommand.made->get_name() + " made as " +
                                       std::string(subcommand.name));
            }
        }
    }
    auto used = [&](std::string_view name) {
        auto found = std::find_if(subcommands.begin(), subcommands.end(),
                                  [&](const Subcommand& s) { return s.name == name; });
        return found->made != nullptr && found->made->parsed();
    };
    CLI::App* actions_command = all ? app.get_subcommand("_actions") : nullptr;

    try {
        std::vector<std::string> reversed(args.rbegin(), args.rend());
        app.parse(reversed);
    } catch (const CLI::ParseError& error) {
        if (error.get_exit_code() == 0) {
            app.exit(error, out, out); // --help, --version
            return ExitCode::ok;
        }
        throw Error(ExitCode::usage, std::string(error.what()) + " (see backplan --help)");
    }
    configure_logging(global);
    Settings settings = io::load_config(environment.template_dirs.config_file);
    if (used("config")) {
        run_config(settings, global, environment, out);
        return ExitCode::ok;
    }
    apply_config(settings, global, generate);
    Environment env = environment;
    if (global.color != "auto") {
        env.terminal.color = global.color == "always";
    }

    if (used("generate")) {
        run_generate(generate, global, env, out);
    } else if (used("show")) {
        run_show(show, global, env, out);
    } else if (used("log")) {
        run_log(log, global, env, out);
    } else if (used("history")) {
        run_history(history, global, env, out);
    } else if (used("today")) {
        run_today(today, global, env, out);
    } else if (used("why")) {
        run_why(why, global, env, out);
    } else if (used("report")) {
        run_report(report, global, env, out);
    } else if (used("completion")) {
        run_completion(completion, app, out);
    } else if (actions_command != nullptr && actions_command->parsed()) {
        run_actions(global, env, out);
    } else if (used("check")) {
        return run_check(check, global, env, out);
    }
    return ExitCode::ok;
}

int main(int argc, char** argv) {
    configure_logging({});
    try {
        std::vector<std::string> args(argv + (argc > 0 ? 1 : 0), argv + argc);
        io::FdOutput standard_output(STDOUT_FILENO);
        std::ostream out(&standard_output);
        ExitCode code = run(args, process_environment(), out);
        if (int error = standard_output.finish()) {
            throw Error(ExitCode::io,
                        std::string("cannot write to standard output: ") + std::strerror(error));
        }
        return static_cast<int>(code);
    } catch (const DataError& error) {
        for (const Diagnostic& diagnostic : error.diagnostics()) {
            spdlog::error("{}", to_string(diagnostic));
        }
        return static_cast<int>(error.code());
    } catch (const Error& error) {
        spdlog::error("{}", error.what());
        return static_cast<int>(error.code());
    } catch (const std::exception& error) {
        spdlog::critical("internal error: {}", error.what());
        return static_cast<int>(ExitCode::software);
    }
}

} // namespace backplan::cli
