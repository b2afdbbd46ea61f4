#pragma once

// Usage errors a person understands: what CLI11 refused, said as one line naming the option or
// argument, what was expected and what was given, and where to read more.

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace backplan::cli {

// Accepts a whole number from low to high, leading zeros and all (core::parse_digits); otherwise
// "expected a whole number from 1 to 104, got 'four'". It writes the value back in decimal
// without them: an int option takes it through ->transform, or CLI11 reads 010 as octal 8.
CLI::Validator whole_number(int low, int high);

// Accepts one of the choices; otherwise "expected one of auto, always, never, got 'x'".
CLI::Validator one_of(const std::vector<std::string>& choices);

// The message for a command line that CLI11 refused with error (args without the program
// name, in order): an unknown subcommand or option (with the closest names), a missing or
// extra argument, an option without its value, or a value its check refused; each pointing at
// the subcommand's --help where reading it helps.
std::string usage_message(const CLI::App& app, const std::vector<std::string>& args,
                          const CLI::ParseError& error);

} // namespace backplan::cli
