#include "cli/app.hpp"

#include "cli/commands.hpp"
#include "core/error.hpp"
#include "io/clock.hpp"
#include "io/fd_output.hpp"
#include "io/terminal.hpp"

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <cstring>
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
    CLI::App* generate_command = add_generate(app, generate);
    CLI::App* show_command = add_show(app, show);
    CLI::App* log_command = add_log(app, log);
    CLI::App* history_command = add_history(app, history);
    CLI::App* today_command = add_today(app, today);
    CLI::App* why_command = add_why(app, why);
    CLI::App* report_command = add_report(app, report);
    CLI::App* check_command = add_check(app, check);
    CLI::App* completion_command = add_completion(app, completion);
    CLI::App* config_command = add_config(app);
    CLI::App* actions_command = app.get_subcommand("_actions");

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
    if (config_command->parsed()) {
        run_config(settings, global, environment, out);
        return ExitCode::ok;
    }
    apply_config(settings, global, generate);
    Environment env = environment;
    if (global.color != "auto") {
        env.terminal.color = global.color == "always";
    }

    if (generate_command->parsed()) {
        run_generate(generate, global, env, out);
    } else if (show_command->parsed()) {
        run_show(show, global, env, out);
    } else if (log_command->parsed()) {
        run_log(log, global, env, out);
    } else if (history_command->parsed()) {
        run_history(history, global, env, out);
    } else if (today_command->parsed()) {
        run_today(today, global, env, out);
    } else if (why_command->parsed()) {
        run_why(why, global, env, out);
    } else if (report_command->parsed()) {
        run_report(report, global, env, out);
    } else if (completion_command->parsed()) {
        run_completion(completion, app, out);
    } else if (actions_command->parsed()) {
        run_actions(global, env, out);
    } else if (check_command->parsed()) {
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
