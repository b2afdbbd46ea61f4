#pragma once

#include "core/date.hpp"
#include "core/error.hpp"
#include "core/log.hpp"
#include "io/template_lookup.hpp"
#include "io/terminal.hpp"

#include <chrono>
#include <ostream>
#include <string>
#include <vector>

namespace backplan::cli {

// What a command takes from the world outside its arguments, so tests can pin it down.
struct Environment {
    core::LocalTime now;
    std::chrono::sys_seconds stamp; // when generated files say they were made
    io::TemplateDirs template_dirs;
    io::Terminal terminal;
};

// The environment of this process: the local time and the XDG lookup directories.
Environment process_environment();

// Parses the arguments (without the program name) and runs the subcommand, writing its output
// to out; returns the exit status of a command that reports problems itself. Throws Error (with
// its exit status) on bad usage or data.
ExitCode run(const std::vector<std::string>& args, const Environment& environment,
             std::ostream& out);

// The program: runs with the process's arguments and environment, writes diagnostics through
// spdlog to stderr, and returns the exit status.
int main(int argc, char** argv);

} // namespace backplan::cli
