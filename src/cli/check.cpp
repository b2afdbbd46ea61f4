#include "cli/command.hpp"
#include "cli/problems.hpp"
#include "core/match.hpp"
#include "core/text.hpp"
#include "io/formats/display_width.hpp"
#include "io/store/log_copies.hpp"
#include "io/templates/template_lookup.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>

namespace backplan::cli {
namespace {

// The widest line check prints, in display columns; a problem wider than this goes on under
// itself, each further line indented by continuation.
constexpr std::size_t check_width = 80;
constexpr std::string_view continuation = "    ";

// "12:3: ", "12: " or nothing: where in its file a problem is.
std::string location(std::size_t line, int column) {
    if (line == 0) {
        return "";
    }
    return std::to_string(line) + (column > 0 ? ":" + std::to_string(column) : "") + ": ";
}

// Writes the problem's line (escaped), wrapped within check_width: broken after the last ": "
// or "; ", or before the last " (", in the second half of what fits, when there is one (so that
// "would write it as:" leaves the line it gives whole on the next), else at the last space; a
// word wider than the line is left whole.
void print_wrapped(std::ostream& out, const std::string& problem) {
    std::string text = core::escape_bytes(problem);
    std::string_view rest = text;
    std::size_t indent = 0;
    while (indent + io::display_width(rest) > check_width) {
        std::string_view fits = rest.substr(0, io::fitting_prefix(rest, check_width - indent));
        std::size_t cut = 0;
        for (std::string_view mark : {": ", "; "}) {
            if (std::size_t at = fits.rfind(mark); at != std::string_view::npos) {
                cut = std::max(cut, at + 1);
            }
        }
        if (std::size_t at = fits.rfind(" ("); at != std::string_view::npos) {
            cut = std::max(cut, at);
        }
        if (cut <= fits.size() / 2) {
            cut = fits.rfind(' ');
        }
        if (cut == std::string_view::npos || cut == 0) {
            break;
        }
        out << std::string(indent, ' ') << rest.substr(0, cut) << '\n';
        rest.remove_prefix(cut + 1);
        indent = continuation.size();
    }
    out << std::string(indent, ' ') << rest << '\n';
}

// Prints the problems of files: each file's name once, on a line of its own, then its
// problems one a line as "LINE:COL: problem" (as ripgrep's --heading and gcc's locations do),
// a blank line between files; and what the exit status says of them.
class CheckReport {
  public:
    // Paths under home are written from ~/ (core::home_as_tilde), as every message writes them.
    CheckReport(std::ostream& out, std::string home) : m_out(out), m_home(std::move(home)) {}

    // The template's problems (the first max_problems_shown of them), or why it was not read.
    void add(const io::TemplateCheck& check) {
        if (check.unreadable) {
            unreadable(*check.unreadable);
            return;
        }
        for (std::size_t start = 0; start < check.problems.size();) {
            const std::string& file = check.problems[start].file;
            ProblemPrinter printer = begin(file);
            for (; start < check.problems.size() && check.problems[start].file == file; ++start) {
                const Diagnostic& d = check.problems[start];
                printer.print(location(static_cast<std::size_t>(d.line), d.column) + d.message);
            }
            printer.finish();
            m_invalid = true;
        }
    }

    // The log's problems, warnings and notes, or why it was not read; what is close to an
    // unknown exercise is worked out for the problems printed only.
    void add(const io::LogStore& log, const core::Routine& routine) {
        io::LogCheck check;
        if (auto failure =
                io::failure_of([&] { check = log.check(routine, max_problems_shown); })) {
            unreadable(*failure);
            return;
        }
        if (check.problems.empty() && check.more == 0) {
            return;
        }
        core::ExerciseSuggestions suggestions(routine);
        ProblemPrinter printer = begin(log.path());
        for (const core::LogProblem& problem : check.problems) {
            std::string where = location(problem.line, problem.column);
            switch (problem.severity) {
            case core::Severity::error:
                printer.print(where + problem.message +
                              suggestions.did_you_mean(problem.unknown_exercise));
                break;
            case core::Severity::warning:
                printer.print(where + "warning: " + problem.message);
                break;
            case core::Severity::note:
                printer.print(where + "note: " + problem.message);
                break;
            }
        }
        printer.skip(check.more);
        printer.finish();
        m_invalid = m_invalid || check.invalid;
    }

    // A file that could not be found or read: missing ones said on standard error (exit 66),
    // the others (not a regular file, too large, a bad template name) on standard output, in the
    // one line that names the file, as problems.
    void unreadable(const io::ReadFailure& failure) {
        if (failure.code == ExitCode::no_input) {
            spdlog::error("{}", core::escape_bytes(failure.message));
            m_missing = true;
            return;
        }
        separate();
        m_out << core::home_as_tilde(core::escape_bytes(failure.message), m_home) << '\n';
        m_invalid = true;
    }

    ExitCode status() const {
        return m_missing ? ExitCode::no_input : m_invalid ? ExitCode::data : ExitCode::ok;
    }

  private:
    void separate() {
        if (m_files++ > 0) {
            m_out << '\n';
        }
    }
    // The file's name on its line, and a printer of its problems under it.
    ProblemPrinter begin(const std::string& file) {
        separate();
        m_out << core::home_as_tilde(core::escape_bytes(file), m_home) << '\n';
        return ProblemPrinter(
            core::home_as_tilde(file, m_home),
            [&out = m_out](const std::string& line) { print_wrapped(out, line); });
    }

    std::ostream& m_out;
    std::string m_home;
    std::size_t m_files = 0;
    bool m_invalid = false;
    bool m_missing = false;
};

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
        // Every file is checked, whatever an earlier one held, so one run shows everything that
        // is wrong.
        CheckReport report(out, context.environment().home);
        std::optional<io::TemplateCheck> active;
        auto check_active = [&] {
            active = io::check_found_template(context.system(), context.template_spec(),
                                              context.template_dirs());
            report.add(*active);
        };
        std::vector<io::LogStore> logs;
        if (m_files.empty()) {
            check_active();
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
                report.add(io::check_template_file(context.system(), file));
            } else {
                logs.emplace_back(context.system(), file);
            }
        }
        if (logs.empty()) {
            return report.status();
        }
        // Logs are checked against the active template; a broken one is reported once.
        if (!active) {
            check_active();
        }
        if (active->routine) {
            core::Routine routine = context.scheduled(*active->routine);
            for (const io::LogStore& log : logs) {
                report.add(log, routine);
            }
        }
        return report.status();
    }

  private:
    std::vector<std::string> m_files;
};

} // namespace

std::unique_ptr<Command> make_check() {
    return std::make_unique<Check>();
}

} // namespace backplan::cli
