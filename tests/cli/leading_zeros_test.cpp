// Numbers with leading zeros read the same in every option and variable (issue #24): 010 and
// 00010 are 10, never 8 (octal) nor refused for their length. In-process on the fake System.
#include "cli/in_process.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace backplan;
using test::default_log;
using test::output;
using test::Refusal;
using test::refusal;

TEST_CASE("leading zeros: options, arguments and variables") {
    test::FakeSystem system("2026-11-23"); // Monday, 08:00 UTC
    SECTION("--weeks") {
        CHECK(output(system, {"generate", "--fresh", "--weeks", "0000000002"}) ==
              output(system, {"generate", "--fresh", "--weeks", "2"}));
    }
    SECTION("--rest: 010 is 10 s, not 8") {
        system.answers.str("\nq\n");
        CHECK(output(system, {"train", "--rest", "010"}).find("Rest 10 s\n") != std::string::npos);
    }
    SECTION("--pain and the amounts of log") {
        CHECK(output(system, {"log", "action2", "020", "0020", "--pain", "0000000002"}) ==
              "2026-11-23T08:00:00+00:00 action2 20 20 pain=2\n");
    }
    SECTION("BACKPLAN_LOCK_TIMEOUT=00010 is 10 s, as 0010 and 10 are") {
        system.variables.lock_timeout = "00010";
        CHECK(output(system, {"log", "action2", "20"}) == "2026-11-23T08:00:00+00:00 action2 20\n");
        system.variables.lock_timeout = "0x10";
        CHECK(refusal(system, {"log", "action2", "20"}) ==
              Refusal{ExitCode::usage,
                      "BACKPLAN_LOCK_TIMEOUT: expected whole seconds from 0 to 3600, got '0x10'"});
    }
}

TEST_CASE("messages stay short: a long value is quoted cut, with ...") {
    test::FakeSystem system("2026-11-23");
    const std::string huge(120 * 1024, 'x');
    const std::string shown = "'" + std::string(40, 'x') + "...'";
    CHECK(refusal(system, {"log", huge, "20"}) ==
          Refusal{ExitCode::data, "unknown exercise " + shown +
                                      "; the exercises are 'action1', 'action2', "
                                      "'action3', 'action4', 'action5' and 'action6'"});
    Refusal at = refusal(system, {"log", "action2", "20", "--at", huge});
    CHECK(at.first == ExitCode::usage);
    CHECK(at.second.ends_with(", got " + shown));
    CHECK(at.second.size() < 300);
    CHECK(refusal(system, {"generate", "--weeks", huge}) ==
          Refusal{ExitCode::usage, "--weeks: expected a whole number from 1 to 104, got " + shown});
    // In the log too: a name of 60 KB, within the line limit.
    system.files[default_log] = "2026-11-23T07:00:00+00:00 " + huge.substr(0, 60 * 1024) + " 20\n";
    std::ostringstream out;
    CHECK(cli::run({"check", default_log}, system, out) == ExitCode::data);
    // The log under HOME (/home/u) is named from ~/.
    CHECK(out.str() == "~/.local/share/backplan/log.txt\n1:27: unknown exercise " + shown + "\n");
}
