// Usage errors in-process: every one a sentence naming the option or argument, what was
// expected and what was given, and pointing at the subcommand's --help where that helps.
#include "cli/app.hpp"
#include "cli/usage.hpp"
#include "support/fake_system.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace backplan;

namespace {

// The message of the usage error the arguments give; fails when they give none.
std::string usage_error(const std::vector<std::string>& args) {
    test::FakeSystem system("2026-11-26");
    std::ostringstream out;
    try {
        cli::run(args, system, out);
    } catch (const Error& error) {
        CHECK(error.code() == ExitCode::usage);
        CHECK(out.str().empty());
        return error.what();
    }
    FAIL("no usage error");
    return "";
}

} // namespace

TEST_CASE("usage::usage_message") {
    SECTION("unknown options, with the closest names") {
        CHECK(usage_error({"generate", "-x"}) ==
              "generate: unknown option '-x' (see backplan generate --help)");
        CHECK(usage_error({"report", "--sinse", "2026-11-01"}) ==
              "report: unknown option '--sinse'; did you mean '--since'? (see backplan report "
              "--help)");
        CHECK(usage_error({"--verbos", "generate"}) ==
              "unknown option '--verbos'; did you mean '--verbose'? (see backplan --help)");
        CHECK(usage_error({"--wekes", "2"}) == "unknown option '--wekes' (see backplan --help)");
    }
    SECTION("a subcommand's option before the subcommand") {
        CHECK(usage_error({"--since", "2026-11-01", "history"}) ==
              "'--since' is an option of history: give it after 'history' (see backplan history "
              "--help)");
    }
    SECTION("an option without its value") {
        CHECK(usage_error({"report", "--since"}) ==
              "--since: expected a value (DATE), got nothing (see backplan report --help)");
        CHECK(usage_error({"generate", "--weeks="}) ==
              "--weeks: expected a value (N), got nothing (see backplan generate --help)");
        CHECK(usage_error({"generate", "-t"}) ==
              "--template: expected a value (PATH|NAME), got nothing (see backplan generate "
              "--help)");
    }
    SECTION("a flag given a value it cannot take") {
        CHECK(usage_error({"generate", "--fresh=maybe"}) ==
              "--fresh: expected no value, got 'maybe' (see backplan generate --help)");
    }
    SECTION("too few or too many arguments, said with what the subcommand takes") {
        CHECK(usage_error({"show", "a", "b"}) ==
              "show: expected [ACTION], got 'a' 'b' (see backplan show --help)");
        CHECK(usage_error({"why"}) ==
              "why: expected ACTION, got nothing (see backplan why --help)");
        CHECK(usage_error({"generate", "extra"}) ==
              "generate: unexpected argument 'extra' (see backplan generate --help)");
        CHECK(usage_error({"completion"}) ==
              "completion: expected SHELL, got nothing (see backplan completion --help)");
    }
    SECTION("a value a check refuses: the option, what it takes, what was given") {
        CHECK(usage_error({"--color", "sometimes", "generate"}) ==
              "--color: expected one of auto, always, never, got 'sometimes'");
        CHECK(usage_error({"generate", "-w", "1.5"}) ==
              "--weeks: expected a whole number from 1 to 104, got '1.5'");
        CHECK(usage_error({"generate", "--weeks=-1"}) ==
              "--weeks: expected a whole number from 1 to 104, got '-1'");
    }
    SECTION("subcommands") {
        CHECK(usage_error({"lg", "action2", "20"}) ==
              "unknown subcommand 'lg'; did you mean 'log'? (see backplan --help)");
        CHECK(usage_error({"-v"}) ==
              "expected a subcommand: generate, show, log, history, import, undo, pause, today, "
              "train, why, report, check, merge, merge-driver, completion or config (see "
              "backplan --help)");
    }
}

TEST_CASE("usage::whole_number and usage::one_of") {
    std::string text = "12";
    CHECK(cli::whole_number(1, 104)(text).empty());
    text = "0";
    CHECK(cli::whole_number(1, 104)(text) == "expected a whole number from 1 to 104, got '0'");
    text = "";
    CHECK(cli::whole_number(1, 104)(text) == "expected a whole number from 1 to 104, got ''");
    // Leading zeros: the value in decimal, for CLI11 to convert (it reads 010 as octal 8).
    text = "0000000010";
    CHECK(cli::whole_number(1, 104)(text).empty());
    CHECK(text == "10");
    text = "zsh";
    CHECK(cli::one_of({"bash", "zsh"})(text).empty());
    text = "ksh";
    CHECK(cli::one_of({"bash", "zsh"})(text) == "expected one of bash, zsh, got 'ksh'");
}
