#pragma once

#include "cli/app.hpp"
#include "core/date.hpp"
#include "core/error.hpp"
#include "io/template_loader.hpp"

#include <CLI/CLI.hpp>

#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace backplan::cli {

// The values --color takes.
inline const std::vector<std::string> color_choices{"auto", "always", "never"};

// Options every subcommand shares; they may be given before or after the subcommand.
struct GlobalOptions {
    std::optional<std::string> template_spec;
    std::optional<std::string> log;
    int verbose = 0;
    bool quiet = false;
    std::string color = "auto";
};

struct GenerateOptions {
    int weeks = 4;
    std::optional<std::string> start;
    std::optional<std::string> days;
    std::optional<std::string> output;
    std::string format = "text";
    bool page_break = false;
    bool fresh = false;
    std::optional<std::string> time;
    std::optional<std::string> duration;
    std::optional<std::string> remind;
    bool calendar_options_given = false; // on the command line, not from the config file
};

struct ShowOptions {
    std::optional<std::string> action;
};

struct LogOptions {
    std::string action;
    std::vector<std::string> amounts;
    std::optional<std::string> note;
    std::optional<std::string> at;
};

struct HistoryOptions {
    std::optional<std::string> since;
    std::optional<std::string> until;
    std::optional<std::string> action;
};

struct WhyOptions {
    std::string action;
    std::optional<std::string> date;
};

struct TodayOptions {
    std::optional<std::string> date;
};

struct ReportOptions {
    std::optional<std::string> since;
    std::optional<std::string> until;
    std::optional<std::string> action;
    std::string format = "text";
    std::optional<std::string> chart;
    bool ascii = false;
};

struct CompletionOptions {
    std::string shell;
};

struct CheckOptions {
    std::vector<std::string> files;
};

CLI::App* add_generate(CLI::App& app, GenerateOptions& options);
void run_generate(const GenerateOptions& options, const GlobalOptions& global,
                  const Environment& environment, std::ostream& out);

CLI::App* add_show(CLI::App& app, ShowOptions& options);
void run_show(const ShowOptions& options, const GlobalOptions& global,
              const Environment& environment, std::ostream& out);

CLI::App* add_log(CLI::App& app, LogOptions& options);
void run_log(const LogOptions& options, const GlobalOptions& global, const Environment& environment,
             std::ostream& out);

CLI::App* add_history(CLI::App& app, HistoryOptions& options);
void run_history(const HistoryOptions& options, const GlobalOptions& global,
                 const Environment& environment, std::ostream& out);

CLI::App* add_why(CLI::App& app, WhyOptions& options);
void run_why(const WhyOptions& options, const GlobalOptions& global, const Environment& environment,
             std::ostream& out);

CLI::App* add_today(CLI::App& app, TodayOptions& options);
void run_today(const TodayOptions& options, const GlobalOptions& global,
               const Environment& environment, std::ostream& out);

CLI::App* add_report(CLI::App& app, ReportOptions& options);
void run_report(const ReportOptions& options, const GlobalOptions& global,
                const Environment& environment, std::ostream& out);

// Adds `completion SHELL`, and the hidden `_actions` the scripts call.
CLI::App* add_completion(CLI::App& app, CompletionOptions& options);
// Writes the completion script for the shell, made from app's own subcommands and options.
void run_completion(const CompletionOptions& options, const CLI::App& app, std::ostream& out);
// Writes the active template's exercise ids and aliases, one per line.
void run_actions(const GlobalOptions& global, const Environment& environment, std::ostream& out);

// The config file's settings, by key.
using Settings = std::map<std::string, io::Setting>;

// Fills the options not given on the command line from the config file (BACKPLAN_LOG still
// beats the config's log). Throws Error(usage) for --duration without a --time from anywhere.
void apply_config(const Settings& settings, GlobalOptions& global, GenerateOptions& generate);

CLI::App* add_config(CLI::App& app);
// Prints each setting's effective value and where it comes from.
void run_config(const Settings& settings, const GlobalOptions& global,
                const Environment& environment, std::ostream& out);

CLI::App* add_check(CLI::App& app, CheckOptions& options);
// Prints every problem to out; returns the exit status (65 for problems, 66 for unreadable files).
ExitCode run_check(const CheckOptions& options, const GlobalOptions& global,
                   const Environment& environment, std::ostream& out);

// A ValueError about an option's argument, as a usage error naming the option.
template <typename Parse> auto option_value(const char* option, Parse parse) {
    try {
        return parse();
    } catch (const ValueError& error) {
        throw Error(ExitCode::usage, std::string(option) + ": " + error.what());
    }
}

// The date a YYYY-MM-DD option gives, std::nullopt when it was not given; a bad date is a usage
// error naming the option.
inline std::optional<core::Date> date_option(const char* option,
                                             const std::optional<std::string>& text) {
    if (!text) {
        return std::nullopt;
    }
    return option_value(option, [&] { return core::parse_date(*text); });
}

} // namespace backplan::cli
