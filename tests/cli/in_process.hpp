#pragma once

// Running a command line in-process on a FakeSystem, for the cli tests: what it prints, or the
// Error it is refused with.

#include "cli/app.hpp"
#include "support/fake_system.hpp"

#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace backplan::test {

// The log a FakeSystem's commands use: the default one under its HOME.
inline const std::string default_log = "/home/u/.local/share/backplan/log.txt";

// What the command line prints on standard output; it must exit 0.
inline std::string output(FakeSystem& system, const std::vector<std::string>& args) {
    std::ostringstream out;
    REQUIRE(cli::run(args, system, out) == ExitCode::ok);
    return out.str();
}

// The exit status and message of the Error the command line throws.
using Refusal = std::pair<ExitCode, std::string>;

// The Error the command line is refused with; {ok, "not refused"} when it runs.
inline Refusal refusal(FakeSystem& system, const std::vector<std::string>& args) {
    std::ostringstream out;
    try {
        cli::run(args, system, out);
    } catch (const Error& error) {
        return {error.code(), error.what()};
    }
    return {ExitCode::ok, "not refused"};
}

} // namespace backplan::test
