#pragma once

#include "cli/app.hpp"
#include "core/error.hpp"

#include <CLI/CLI.hpp>

#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace backplan::cli {

// Options every subcommand shares; they may be given before or after the subcommand.
struct GlobalOptions {
    std::optional<std::string> template_spec;
    int verbose = 0;
    bool quiet = false;
};

struct GenerateOptions {
    int weeks = 4;
    std::optional<std::string> start;
    std::optional<std::string> days;
    std::optional<std::string> output;
    std::string format = "text";
    bool page_break = false;
};

struct ShowOptions {
    std::optional<std::string> action;
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

CLI::App* add_check(CLI::App& app, CheckOptions& options);
// Prints every problem to out; returns the exit status (65 for problems, 66 for unreadable files).
ExitCode run_check(const CheckOptions& options, const GlobalOptions& global,
                   const Environment& environment, std::ostream& out);

} // namespace backplan::cli
