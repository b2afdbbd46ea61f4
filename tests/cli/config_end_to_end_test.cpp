// The config file, `backplan config`, and colour, on the real binary.
#include "support/run.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

using namespace backplan::test;

namespace {

struct Home {
    std::string dir = scratch_directory();
    std::string config = dir + "/config/backplan/config.yaml";
    std::map<std::string, std::string> env{{"HOME", dir}, {"XDG_CONFIG_HOME", dir + "/config"}};
    Home() { std::filesystem::create_directories(dir + "/config/backplan"); }
    ~Home() { std::filesystem::remove_all(dir); }
};

} // namespace

TEST_CASE("config: command line > environment > config file > default") {
    Home home;
    write_file(home.config, "# my defaults\n"
                            "days: [tue, sat]\n"
                            "time: '07:30'\n"
                            "remind: 10m\n"
                            "log: ~/training.txt\n");
    SECTION("backplan config shows each value and where it comes from") {
        RunResult result = run_backplan({"config"}, home.env);
        CHECK(result.status == 0);
        CHECK(result.err.empty());
        // The values' column is as wide as the widest, the map's default; the file is named
        // once; paths under HOME are written from ~/.
        std::string log = "~/training.txt";
        std::string no_map = "none: import matches names";
        auto row = [&](std::string key, const std::string& value, const std::string& source) {
            key.resize(10, ' ');
            std::string padded = value;
            padded.resize(no_map.size(), ' ');
            return key + padded + "  " + source + "\n";
        };
        CHECK(result.out == "config file: ~/config/backplan/config.yaml\n" +
                                row("template", "home-back", "default (built in)") +
                                row("days", "tue,sat", "config file, line 2") +
                                row("time", "07:30", "config file, line 3") +
                                row("duration", "30m", "default") +
                                row("remind", "10m", "config file, line 4") +
                                row("log", log, "config file, line 5") +
                                row("map", no_map, "default"));
        home.env["BACKPLAN_LOG"] = home.dir + "/env.txt";
        RunResult with_env = run_backplan({"config", "--template", "x.yaml"}, home.env);
        CHECK(with_env.out.find("template  x.yaml") != std::string::npos);
        CHECK(with_env.out.find("command line\n") != std::string::npos);
        CHECK(with_env.out.find("log       ~/env.txt") != std::string::npos);
        CHECK(with_env.out.find("environment (BACKPLAN_LOG)\n") != std::string::npos);
    }
    SECTION("generate takes its defaults from the config; the command line beats them") {
        RunResult plan =
            run_backplan({"generate", "--weeks", "1", "--start", "2026-11-23"}, home.env);
        CHECK(plan.status == 0);
        CHECK(plan.err.empty()); // the config's time is no reason to warn about text output
        CHECK(plan.out.find("Tue 2026-11-24\n") != std::string::npos);
        CHECK(plan.out.find("Mon ") == std::string::npos);
        RunResult ics = run_backplan(
            {"generate", "--weeks", "1", "--start", "2026-11-23", "--format", "ics"}, home.env);
        CHECK(ics.out.find("DTSTART:20261124T073000\r\n") != std::string::npos);
        CHECK(ics.out.find("TRIGGER:-PT10M\r\n") != std::string::npos);
        RunResult given = run_backplan({"generate", "--weeks", "1", "--start", "2026-11-23",
                                        "--format", "ics", "--days", "mon", "--time", "18:00"},
                                       home.env);
        CHECK(given.out.find("DTSTART:20261123T180000\r\n") != std::string::npos);
        CHECK(given.out.find("DTSTART:20261124") == std::string::npos);
    }
    SECTION("log writes where the config says, with ~ as $HOME") {
        RunResult logged = run_backplan({"log", "action2", "20"}, home.env);
        CHECK(logged.status == 0);
        CHECK(read_file(home.dir + "/training.txt") == logged.out);
    }
    SECTION("a config with problems: every one with its place, exit 65") {
        write_file(home.config, "days: [mon, funday]\ntime: 25:00\ncolour: red\n");
        RunResult result = run_backplan({"generate"}, home.env);
        CHECK(result.status == 65);
        CHECK(result.out.empty());
        std::string file = "~/config/backplan/config.yaml"; // home.config, under HOME
        CHECK(result.err == "backplan: error: " + file +
                                ":1:13: days: expected a weekday (mon, tue, wed, thu, fri, sat, "
                                "sun), got 'funday'\n"
                                "backplan: error: " +
                                file +
                                ":2:7: time: expected a time as HH:MM, 00:00 to 23:59, got "
                                "'25:00'\n"
                                "backplan: error: " +
                                file +
                                ":3:1: colour: unknown key in config; expected one of template, "
                                "days, time, duration, remind, log, map\n");
    }
    SECTION("an empty config is no config") {
        write_file(home.config, "# nothing yet\n");
        RunResult result = run_backplan({"generate", "--fresh", "--start", "2026-11-23"}, home.env);
        CHECK(result.status == 0);
        CHECK(result.out ==
              read_file(std::string(BACKPLAN_SOURCE_DIR) + "/tests/data/home-back-4-weeks.txt"));
    }
}

TEST_CASE("colour: --color and NO_COLOR, on a real terminal") {
    // script(1) gives the command a pseudo-terminal for its standard output.
    Home home;
    std::string log = home.dir + "/log.txt";
    write_file(log, "2026-11-02T08:00:00+00:00 action1 15 15\n");
    std::string report = BACKPLAN_BINARY;
    report += " report --log ";
    report += log;
    report += " --until 2026-11-08 --action action1";
    auto on_terminal = [&](const std::string& command, const std::string& variables) {
        std::string out = home.dir + "/typescript";
        std::string line = "env -i PATH=/usr/bin:/bin HOME=" + home.dir + " " + variables +
                           " script -qec '" + command + "' /dev/null > " + out;
        REQUIRE(std::system(line.c_str()) == 0);
        return read_file(out);
    };
    CHECK(on_terminal(report, "").find("\033[") != std::string::npos);
    CHECK(on_terminal(report, "NO_COLOR=1").find("\033[") == std::string::npos);
    CHECK(on_terminal(report + " --color never", "").find("\033[") == std::string::npos);
    SECTION("never off a terminal, unless --color always") {
        CHECK(run_backplan({"report", "--log", log, "--until", "2026-11-08"}).out.find("\033[") ==
              std::string::npos);
        CHECK(run_backplan({"report", "--log", log, "--until", "2026-11-08", "--color", "always"})
                  .out.find("\033[") != std::string::npos);
    }
}
