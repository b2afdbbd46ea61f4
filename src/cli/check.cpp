#include "cli/command.hpp"
#include "cli/problems.hpp"
#include "core/match.hpp"
#include "core/text.hpp"
#include "io/store/log_copies.hpp"
#include "io/templates/template_lookup.hpp"

#include <spdlog/spdlog.h>

namespace backplan::cli {
namespace {

// Prints the template's problems (the first max_problems_shown of them); returns whether
// there were any.
bool check_template_source(const io::TemplateSource& source, std::ostream& out) {
    std::vector<Diagnostic> diagnostics = io::check_template(source);
    print_diagnostics(diagnostics, [&](const std::string& line) { out << line << '\n'; });
    return !diagnostics.empty();
}

// Prints the log's problems, warnings and notes (the first max_problems_shown of them); returns
// whether there were problems, counting those not printed.
bool check_log(const io::LogStore& log, const core::Routine& routine, std::ostream& out) {
    bool invalid = false;
    ProblemPrinter printer(log.path(), [&](const std::string& line) { out << line << '\n'; });
    core::ExerciseSuggestions suggestions(routine);
    std::size_t more = log.check(
        routine,
        [&](const core::LogProblem& problem) {
            invalid = invalid || problem.severity == core::Severity::error;
            if (!printer.printing()) {
                printer.skip(1); // counted, never built: a log may hold a million problems
                return;
            }
            int line = static_cast<int>(problem.line);
            switch (problem.severity) {
            case core::Severity::error:
                // What is close to an unknown name, only for the problems printed.
                printer.print(to_string(Diagnostic{
                    log.path(), line, problem.column,
                    problem.message + suggestions.did_you_mean(problem.unknown_exercise)}));
                break;
            case core::Severity::warning:
                printer.print(
                    to_string(Diagnostic{log.path(), line, 0, "warning: " + problem.message}));
                break;
            case core::Severity::note:
                printer.print(
                    to_string(Diagnostic{log.path(), line, 0, "note: " + problem.message}));
                break;
            }
        },
        max_problems_shown);
    printer.skip(more);
    printer.finish();
    return invalid;
}

class Check : public Command {
  public:
    CLI::App* add(CLI::App& app) override {
        CLI::App* command = app.add_subcommand(
            "check", "Validate templates (*.yaml) and logs: silent when valid, else every problem "
                     "(and notes on lines written by hand)");
        completes(command
                      ->add_option("files", m_files,
                                   "Templates and logs (default: the active template and log)")
                      ->type_name("FILE"),
                  file_completion);
        return command;
    }

    ExitCode run(const Context& context, std::ostream& out) override {
        for (const std::string& file : m_files) {
            file_argument("check", file); // before anything is checked: a usage error
        }
        bool missing = false;
        bool problems = false;
        // Report a file that cannot be read and go on, so one run shows everything that is wrong.
        auto guarded = [&](auto check) {
            try {
                problems = check() || problems;
            } catch (const Error& error) {
                if (dynamic_cast<const DataError*>(&error) && m_files.empty()) {
                    problems = true; // the active template's problems, already printed
                } else if (error.code() == ExitCode::no_input) {
                    spdlog::error("{}", core::escape_bytes(error.what()));
                    missing = true;
                } else if (const auto* data = dynamic_cast<const DataError*>(&error)) {
                    for (const Diagnostic& diagnostic : data->diagnostics()) {
                        out << to_string(diagnostic) << '\n';
                    }
                    problems = true;
                } else {
                    out << core::escape_bytes(error.what()) << '\n';
                    problems = true;
                }
            }
        };

        std::vector<io::LogStore> logs;
        if (m_files.empty()) {
            guarded([&] { return check_template_source(context.template_source(), out); });
            io::LogStore log = context.log();
            if (context.system().exists(log.path())) {
                logs.push_back(log);
            }
            for (const std::string& copy : io::copies_beside(context.system(), log.path())) {
                spdlog::warn("{}: a copy of the log (a sync conflict or a backup); backplan "
                             "merge {} appends what it holds that the log lacks",
                             copy, copy);
            }
        }
        for (const std::string& file : m_files) {
            if (io::has_yaml_extension(file)) {
                guarded([&] {
                    return check_template_source(io::read_template_file(context.system(), file),
                                                 out);
                });
            } else {
                logs.emplace_back(context.system(), file);
            }
        }
        if (!logs.empty()) {
            // Logs are checked against the active template; a broken one is reported once.
            std::optional<core::Routine> routine;
            guarded([&] {
                routine = context.routine();
                return false;
            });
            for (const io::LogStore& log : logs) {
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

  private:
    std::vector<std::string> m_files;
};

} // namespace

std::unique_ptr<Command> make_check() {
    return std::make_unique<Check>();
}

} // namespace backplan::cli
