#include "cli/commands.hpp"
#include "core/error.hpp"
#include "io/template_loader.hpp"

#include <spdlog/spdlog.h>

namespace backplan::cli {

CLI::App* add_check(CLI::App& app, CheckOptions& options) {
    CLI::App* command = app.add_subcommand(
        "check", "Validate templates: silent when valid, else every problem, one per line");
    command->add_option("files", options.files, "Template files (default: the active template)")
        ->type_name("FILE");
    return command;
}

ExitCode run_check(const CheckOptions& options, const GlobalOptions& global,
                   const Environment& environment, std::ostream& out) {
    std::vector<io::TemplateSource> sources;
    bool missing = false;
    bool problems = false;
    if (options.files.empty()) {
        sources.push_back(io::find_template(global.template_spec, environment.template_dirs));
    }
    for (const std::string& file : options.files) {
        try {
            sources.push_back(io::read_template_file(file));
        } catch (const Error& error) {
            // Report and go on, so one run shows everything that is wrong.
            if (error.code() == ExitCode::no_input) {
                spdlog::error("{}", error.what());
                missing = true;
            } else {
                out << error.what() << '\n';
                problems = true;
            }
        }
    }
    for (const io::TemplateSource& source : sources) {
        for (const Diagnostic& diagnostic : io::check_template(source)) {
            out << to_string(diagnostic) << '\n';
            problems = true;
        }
    }
    if (missing) {
        return ExitCode::no_input;
    }
    return problems ? ExitCode::data : ExitCode::ok;
}

} // namespace backplan::cli
