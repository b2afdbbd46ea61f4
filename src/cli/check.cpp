#include "cli/commands.hpp"
#include "core/error.hpp"
#include "core/log.hpp"
#include "io/log_store.hpp"
#include "io/template_loader.hpp"

#include <spdlog/spdlog.h>

#include <unistd.h>

namespace backplan::cli {
namespace {

bool is_template_file(const std::string& file) {
    return file.ends_with(".yaml") || file.ends_with(".yml");
}

// Prints the template's problems; returns whether there were any.
bool check_template_source(const io::TemplateSource& source, std::ostream& out) {
    std::vector<Diagnostic> diagnostics = io::check_template(source);
    for (const Diagnostic& diagnostic : diagnostics) {
        out << to_string(diagnostic) << '\n';
    }
    return !diagnostics.empty();
}

// Prints the log's problems and warnings; returns whether there were problems.
bool check_log(const std::string& path, const core::Routine& routine, std::ostream& out) {
    core::LogChecker checker(routine);
    std::vector<core::LogProblem> problems;
    bool invalid = false;
    io::read_log_lines(path, [&](std::size_t number, std::string_view text, bool too_long) {
        problems.clear();
        if (too_long) {
            problems.push_back({number, 1, io::too_long_line_message(), false});
        } else {
            checker.check(number, text, problems);
        }
        for (const core::LogProblem& problem : problems) {
            int line = static_cast<int>(problem.line);
            out << (problem.warning
                        ? to_string(Diagnostic{path, line, 0, "warning: " + problem.message})
                        : to_string(Diagnostic{path, line, problem.column, problem.message}))
                << '\n';
            invalid = invalid || !problem.warning;
        }
    });
    return invalid;
}

} // namespace

CLI::App* add_check(CLI::App& app, CheckOptions& options) {
    CLI::App* command = app.add_subcommand(
        "check", "Validate templates (*.yaml) and logs: silent when valid, else every problem");
    command
        ->add_option("files", options.files,
                     "Templates and logs (default: the active template and log)")
        ->type_name("FILE");
    return command;
}

ExitCode run_check(const CheckOptions& options, const GlobalOptions& global,
                   const Environment& environment, std::ostream& out) {
    bool missing = false;
    bool problems = false;
    // Report a file that cannot be read and go on, so one run shows everything that is wrong.
    auto guarded = [&](auto check) {
        try {
            problems = check() || problems;
        } catch (const Error& error) {
            if (dynamic_cast<const DataError*>(&error) && options.files.empty()) {
                problems = true; // the active template's problems, already printed
            } else if (error.code() == ExitCode::no_input) {
                spdlog::error("{}", error.what());
                missing = true;
            } else {
                out << error.what() << '\n';
                problems = true;
            }
        }
    };

    std::vector<std::string> logs;
    if (options.files.empty()) {
        guarded([&] {
            return check_template_source(
                io::find_template(global.template_spec, environment.template_dirs), out);
        });
        std::string log = io::log_path(global.log);
        if (::access(log.c_str(), F_OK) == 0) {
            logs.push_back(log);
        }
    }
    for (const std::string& file : options.files) {
        if (is_template_file(file)) {
            guarded([&] { return check_template_source(io::read_template_file(file), out); });
        } else {
            logs.push_back(file);
        }
    }
    if (!logs.empty()) {
        // Logs are checked against the active template; a broken one is reported once.
        std::optional<core::Routine> routine;
        guarded([&] {
            routine = io::load_routine(global.template_spec, environment.template_dirs);
            return false;
        });
        for (const std::string& log : logs) {
            if (routine) {
                guarded([&] { return check_log(log, *routine, out); });
            }
        }
    }
    if (missing) {
        return ExitCode::no_input;
    }
    return problems ? ExitCode::data : ExitCode::ok;
}

} // namespace backplan::cli
