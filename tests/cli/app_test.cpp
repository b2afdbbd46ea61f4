// The CLI wiring, in-process on a fake System: a fixed date, an empty file system.
#include "cli/app.hpp"
#include "support/fake_system.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace backplan;

namespace {

const char* const today = "2026-11-26";

} // namespace

TEST_CASE("app::run generate") {
    test::FakeSystem system(today);
    std::ostringstream out;
    SECTION("the default start is the Monday of today's week") {
        cli::run({"generate", "--weeks", "1"}, system, out);
        CHECK(out.str().find("Week 1: 2026-11-23 to 2026-11-29\n") != std::string::npos);
    }
    SECTION("options may come before the subcommand or after it") {
        std::ostringstream other;
        cli::run({"-q", "generate", "--weeks", "2"}, system, out);
        cli::run({"generate", "--weeks", "2", "-q"}, system, other);
        CHECK(out.str() == other.str());
    }
    SECTION("usage errors carry exit status 64") {
        try {
            cli::run({"generate", "--weeks", "x"}, system, out);
            FAIL("no exception");
        } catch (const Error& error) {
            CHECK(error.code() == ExitCode::usage);
            CHECK(std::string(error.what()) ==
                  "--weeks: expected a whole number from 1 to 104, got 'x'");
        }
    }
}

TEST_CASE("app::run check of the built-in template") {
    test::FakeSystem system(today);
    std::ostringstream out;
    CHECK(cli::run({"check"}, system, out) == ExitCode::ok);
    CHECK(out.str().empty());
}

TEST_CASE("app::run makes only the subcommands named, and still parses like before") {
    test::FakeSystem system(today);
    std::ostringstream out;
    SECTION("--help lists every subcommand") {
        CHECK(cli::run({"--help"}, system, out) == ExitCode::ok);
        for (const char* name : {"generate", "show", "log", "history", "today", "why", "report",
                                 "check", "completion", "config"}) {
            CAPTURE(name);
            CHECK(out.str().find(std::string("\n  ") + name + " ") != std::string::npos);
        }
    }
    SECTION("another subcommand's name as an option's value") {
        // generate's --weeks is parsed; the template NAME "log" is then looked for.
        try {
            cli::run({"-t", "log", "generate", "--weeks", "1"}, system, out);
            FAIL("no exception");
        } catch (const Error& error) {
            CHECK(error.code() == ExitCode::no_input);
            CHECK(std::string(error.what()).starts_with("template 'log' not found"));
        }
    }
    SECTION("a misspelt subcommand is a usage error naming what is expected") {
        try {
            cli::run({"generat", "--weeks", "1"}, system, out);
            FAIL("no exception");
        } catch (const Error& error) {
            CHECK(error.code() == ExitCode::usage);
        }
    }
    SECTION("the completion script knows every subcommand's options") {
        cli::run({"completion", "bash"}, system, out);
        for (const char* option : {"--weeks", "--since", "--chart", "--note", "--action"}) {
            CAPTURE(option);
            CHECK(out.str().find(option) != std::string::npos);
        }
    }
}

TEST_CASE("app::run reads the fake system's log and config, never the real HOME") {
    test::FakeSystem system(today);
    const std::string log = "/home/u/.local/share/backplan/log.txt";
    const std::string config = "/home/u/.config/backplan/config.yaml";
    std::ostringstream out;
    SECTION("generate follows the log at the default place") {
        // 2 x 15 met on 2 of 3 days in the week of 2026-11-16: this week's step is 2 x 16.
        system.files[log] = "2026-11-16T07:30:00+00:00 action1 15 15\n"
                            "2026-11-18T07:30:00+00:00 action1 15 15\n";
        cli::run({"generate", "--weeks", "1"}, system, out);
        CHECK(out.str().find("  action1  Prone back extension       2 x 16 reps  [ ] [ ]\n") !=
              std::string::npos);
        CHECK(out.str().find("  action2  Towel prone row            2 x 15 reps  [ ] [ ]\n") !=
              std::string::npos);
    }
    SECTION("log appends there, checked, and says what it wrote") {
        CHECK(cli::run({"log", "prone-row", "20", "18", "--at", "2026-11-25T07:30"}, system, out) ==
              ExitCode::ok);
        CHECK(out.str() == "2026-11-25T07:30:00+00:00 action2 20 18\n");
        CHECK(system.files[log] == out.str());
    }
    SECTION("the config file's days are generate's default, the command line's beat them") {
        system.files[config] = "days: [tue]\n";
        cli::run({"generate", "--weeks", "1"}, system, out);
        CHECK(out.str().find("\nTue 2026-11-24\n") != std::string::npos);
        CHECK(out.str().find("\nMon ") == std::string::npos);
        std::ostringstream option;
        cli::run({"generate", "--weeks", "1", "--days", "sat"}, system, option);
        CHECK(option.str().find("\nSat 2026-11-28\n") != std::string::npos);
        CHECK(option.str().find("\nTue ") == std::string::npos);
    }
}

TEST_CASE("app::run report and history: --since after --until, given or by default") {
    test::FakeSystem system(today);
    std::ostringstream out;
    auto usage_error = [&](const std::vector<std::string>& args) -> std::string {
        try {
            cli::run(args, system, out);
        } catch (const Error& error) {
            CHECK(error.code() == ExitCode::usage);
            return error.what();
        }
        return "no error";
    };
    SECTION("report's --until is today by default: a later --since is reversed") {
        CHECK(usage_error({"report", "--since", "2026-11-27"}) ==
              "--since: 2026-11-27 is after today, 2026-11-26, the default --until");
        CHECK(usage_error({"report", "--since", "2026-11-27", "--until", "2026-11-01"}) ==
              "--since: 2026-11-27 is after --until 2026-11-01");
    }
    SECTION("history's range is open at the end unless --until is given") {
        system.files["/home/u/.local/share/backplan/log.txt"] =
            "2026-11-20T07:00:00+00:00 action1 15 15\n";
        CHECK(cli::run({"history", "--since", "2026-11-27"}, system, out) == ExitCode::ok);
        CHECK(usage_error({"history", "--since", "2026-11-27", "--until", "2026-11-26"}) ==
              "--since: 2026-11-27 is after --until 2026-11-26");
    }
    CHECK(out.str().empty());
}

TEST_CASE("app::run log takes now from the clock's instant, and --at from the time zone") {
    // New York's autumn change: EDT (-04:00) until 2026-11-01 06:00Z, then EST (-05:00).
    test::FakeSystem system("2026-11-01");
    system.utc_offset = -4 * 60;
    system.offset_changes = {
        {std::chrono::sys_days(core::parse_date("2026-11-01")) + std::chrono::hours(6), -5 * 3600}};
    system.zone = "America/New_York";
    system.clock = std::chrono::sys_days(core::parse_date("2026-11-01")) + std::chrono::hours(6) +
                   std::chrono::minutes(10); // the second 01:10
    std::ostringstream out;
    SECTION("now: the second 01:10, with the offset of that instant") {
        CHECK(cli::run({"log", "action1", "15"}, system, out) == ExitCode::ok);
        CHECK(out.str() == "2026-11-01T01:10:00-05:00 action1 15\n");
    }
    SECTION("--at the repeated 01:10: the earlier instant") {
        CHECK(cli::run({"log", "action1", "15", "--at", "01:10"}, system, out) == ExitCode::ok);
        CHECK(out.str() == "2026-11-01T01:10:00-04:00 action1 15\n");
    }
    SECTION("--at a time the change skips is refused as data") {
        system.offset_changes.push_back(
            {std::chrono::sys_days(core::parse_date("2026-11-02")) + std::chrono::hours(7),
             -4 * 3600}); // a made-up spring-forward the next night, 02:00 to 03:00
        try {
            cli::run({"log", "action1", "15", "--at", "2026-11-02T02:30"}, system, out);
            FAIL("no exception");
        } catch (const Error& error) {
            CHECK(error.code() == ExitCode::data);
            CHECK(std::string(error.what()) ==
                  "--at: 2026-11-02T02:30 does not exist in America/New_York: clocks went from "
                  "02:00 to 03:00");
        }
        CHECK(system.appends == 0);
    }
}

TEST_CASE("app::run never writes an output over an input") {
    test::FakeSystem system(today);
    const std::string log = "/home/u/.local/share/backplan/log.txt";
    system.files[log] = "2026-11-16T07:30:00+00:00 action1 15 15\n";
    system.files["/plans/t.yaml"] = "name: T\nprogression: {start: {sets: 2, reps: 10}, target: "
                                    "{sets: 3, reps: 20}}\nexercises: [{id: a, name: A}]\n";
    std::ostringstream out;
    auto refused = [&](const std::vector<std::string>& args) {
        try {
            cli::run(args, system, out);
        } catch (const Error& error) {
            CHECK(error.code() == ExitCode::usage);
            return std::string(error.what());
        }
        return std::string("no exception");
    };
    CHECK(refused({"generate", "-o", log}) ==
          "-o: " + log + " is the active log; refusing to overwrite it");
    CHECK(refused({"generate", "-o", "/home/u/.local/share/x/../backplan/log.txt"}) ==
          "-o: /home/u/.local/share/x/../backplan/log.txt is the active log; refusing to "
          "overwrite it");
    CHECK(refused({"report", "--chart", "/other.txt", "--log", "/other.txt"}) ==
          "--chart: /other.txt is the active log; refusing to overwrite it");
    CHECK(refused({"-t", "/plans/t.yaml", "generate", "-o", "/plans/t.yaml"}) ==
          "-o: /plans/t.yaml is the active template; refusing to overwrite it");
    CHECK(refused({"-t", "/plans/t.yaml", "report", "--chart", "/plans/./t.yaml"}) ==
          "--chart: /plans/./t.yaml is the active template; refusing to overwrite it");
    CHECK(refused({"generate", "-o", "/home/u/.config/backplan/config.yaml"}) ==
          "-o: /home/u/.config/backplan/config.yaml is the active config file; refusing to "
          "overwrite it");
    CHECK(system.replacements == 0);
    CHECK(out.str().empty());
    SECTION("any other file is written") {
        CHECK(cli::run({"generate", "-o", "/plan.txt"}, system, out) == ExitCode::ok);
        CHECK(system.replacements == 1);
    }
}

TEST_CASE("app::run log: once the line is recorded, a failed echo is not a failure") {
    test::FakeSystem system(today);
    std::ostream broken(nullptr); // every write fails
    CHECK(cli::run({"-q", "log", "action1", "15", "--at", "2026-11-25T07:30"}, system, broken) ==
          ExitCode::ok);
    CHECK(system.files["/home/u/.local/share/backplan/log.txt"] ==
          "2026-11-25T07:30:00+00:00 action1 15\n");
}
