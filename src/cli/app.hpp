#pragma once

#include "core/error.hpp"
#include "io/system/system.hpp"

#include <ostream>
#include <string>
#include <vector>

namespace backplan::cli {

// Parses the arguments (without the program name), then runs the subcommand against the system,
// writing its output to out; returns its exit status. Throws Error (with its exit status) on bad
// usage or data.
ExitCode run(const std::vector<std::string>& args, io::System& system, std::ostream& out);

// The program: runs with the process's arguments and environment, writes diagnostics through
// spdlog to stderr, and returns the exit status.
int main(int argc, char** argv);

} // namespace backplan::cli
