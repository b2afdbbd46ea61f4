// The CLI wiring, in-process, with a fixed date and no template directories.
#include "cli/app.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace backplan;

namespace {

cli::Environment on(const char* today) {
    std::chrono::sys_seconds stamp{std::chrono::sys_days(core::parse_date(today))};
    return {{core::parse_date(today), 8 * 3600}, stamp, {"", "", ""}, {}};
}

} // namespace

TEST_CASE("app::run generate") {
    std::ostringstream out;
    SECTION("the default start is the Monday of today's week") {
        cli::run({"generate", "--weeks", "1"}, on("2026-11-26"), out);
        CHECK(out.str().find("Week 1: 2026-11-23 to 2026-11-29\n") != std::string::npos);
    }
    SECTION("options may come before the subcommand or after it") {
        std::ostringstream other;
        cli::run({"-q", "generate", "--weeks", "2"}, on("2026-11-26"), out);
        cli::run({"generate", "--weeks", "2", "-q"}, on("2026-11-26"), other);
        CHECK(out.str() == other.str());
    }
    SECTION("usage errors carry exit status 64") {
        try {
            cli::run({"generate", "--weeks", "x"}, on("2026-11-26"), out);
            FAIL("no exception");
        } catch (const Error& error) {
            CHECK(error.code() == ExitCode::usage);
            CHECK(std::string(error.what()) ==
                  "--weeks: Value x not in range 1 to 104 (see backplan --help)");
        }
    }
}

TEST_CASE("app::run check of the built-in template") {
    std::ostringstream out;
    CHECK(cli::run({"check"}, on("2026-11-26"), out) == ExitCode::ok);
    CHECK(out.str().empty());
}

TEST_CASE("app::run makes only the subcommands named, and still parses like before") {
    std::ostringstream out;
    SECTION("--help lists every subcommand") {
        CHECK(cli::run({"--help"}, on("2026-11-26"), out) == ExitCode::ok);
        for (const char* name : {"generate", "show", "log", "history", "today", "why", "report",
                                 "check", "completion", "config"}) {
            CAPTURE(name);
            CHECK(out.str().find(std::string("\n  ") + name + " ") != std::string::npos);
        }
    }
    SECTION("another subcommand's name as an option's value") {
        // generate's --weeks is parsed; the template NAME "log" is then looked for.
        try {
            cli::run({"-t", "log", "generate", "--weeks", "1"}, on("2026-11-26"), out);
            FAIL("no exception");
        } catch (const Error& error) {
            CHECK(error.code() == ExitCode::no_input);
            CHECK(std::string(error.what()).starts_with("template 'log' not found"));
        }
    }
    SECTION("a misspelt subcommand is a usage error naming what is expected") {
        try {
            cli::run({"generat", "--weeks", "1"}, on("2026-11-26"), out);
            FAIL("no exception");
        } catch (const Error& error) {
            CHECK(error.code() == ExitCode::usage);
        }
    }
    SECTION("the completion script knows every subcommand's options") {
        cli::run({"completion", "bash"}, on("2026-11-26"), out);
        for (const char* option : {"--weeks", "--since", "--chart", "--note", "--action"}) {
            CAPTURE(option);
            CHECK(out.str().find(option) != std::string::npos);
        }
    }
}
