// Where each setting comes from: the command line, then the environment (the log's only), then
// the config file, then the default. Every command and `config` read them through this one
// resolver; the commands' own tests check that the value is used.
#include "cli/settings.hpp"
#include "core/error.hpp"

#include <catch2/catch.hpp>

using namespace backplan;
using namespace backplan::cli;

namespace {

io::Settings config_of(std::initializer_list<std::pair<const char*, const char*>> values) {
    io::Settings settings;
    int line = 0;
    for (auto [key, value] : values) {
        ++line;
        settings[key] = io::Setting{value, "c.yaml:" + std::to_string(line), line};
    }
    return settings;
}

} // namespace

TEST_CASE("settings: command line > environment > config file > default, for every key") {
    io::Environment environment;
    environment.home = "/home/u";
    Settings none(environment, {}, "/home/u/.config/backplan/config.yaml");
    Settings config(environment,
                    config_of({{"template", "~/plans/mine.yaml"},
                               {"days", "tue,sat"},
                               {"time", "07:30"},
                               {"duration", "45m"},
                               {"remind", "10m"},
                               {"log", "~/Sync/log.txt"}}),
                    "/home/u/.config/backplan/config.yaml");
    SECTION("the defaults: only the log's has a value") {
        for (const char* key : {"template", "days", "time", "duration", "remind"}) {
            Resolved resolved = none.get(key, std::nullopt);
            CHECK_FALSE(resolved.value);
            CHECK(resolved.source == Source::built_in);
        }
        CHECK(none.get("log", std::nullopt).value == "/home/u/.local/share/backplan/log.txt");
        CHECK(Settings::source_text("log", none.get("log", std::nullopt)) ==
              "default ($XDG_DATA_HOME)");
        CHECK(Settings::source_text("template", none.get("template", std::nullopt)) ==
              "default (built in)");
        CHECK(Settings::default_text("template") == "home-back");
        CHECK(Settings::default_text("duration") == "30m");
        CHECK(none.config_empty());
    }
    SECTION("the config file beats the defaults; ~/ is $HOME in its paths only") {
        CHECK(config.get("template", std::nullopt).value == "/home/u/plans/mine.yaml");
        CHECK(config.get("days", std::nullopt).value == "tue,sat");
        CHECK(config.get("time", std::nullopt).value == "07:30");
        CHECK(config.get("duration", std::nullopt).value == "45m");
        CHECK(config.get("remind", std::nullopt).value == "10m");
        Resolved log = config.get("log", std::nullopt);
        CHECK(log.value == "/home/u/Sync/log.txt");
        CHECK(log.source == Source::config_file);
        CHECK(Settings::source_text("log", log) == "config file, line 6");
        CHECK_FALSE(config.config_empty());
    }
    SECTION("BACKPLAN_LOG beats the config file, for the log alone") {
        environment.backplan_log = "/env/log.txt";
        Resolved log = config.get("log", std::nullopt);
        CHECK(log.value == "/env/log.txt");
        CHECK(Settings::source_text("log", log) == "environment (BACKPLAN_LOG)");
        CHECK(config.get("time", std::nullopt).value == "07:30");
    }
    SECTION("the command line beats everything, and is taken as typed") {
        environment.backplan_log = "/env/log.txt";
        Resolved log = config.get("log", std::string("~/cli.txt"));
        CHECK(log.value == "~/cli.txt"); // a shell expands ~ before backplan sees it
        CHECK(Settings::source_text("log", log) == "command line");
        CHECK(config.get("time", std::string("18:00")).value == "18:00");
        CHECK(config.get("template", std::string("x.yaml")).value == "x.yaml");
    }
    SECTION("a file cannot be '-', from the command line or the environment") {
        CHECK_THROWS_WITH(none.get("log", std::string("-")),
                          "--log: expected a file, got '-' (standard input and output are not "
                          "supported here)");
        CHECK_THROWS_WITH(none.get("template", std::string("-")),
                          "--template: expected a file, got '-' (standard input and output are "
                          "not supported here)");
        environment.backplan_log = "-";
        CHECK_THROWS_WITH(none.get("log", std::nullopt),
                          "BACKPLAN_LOG: expected a file, got '-' (standard input and output are "
                          "not supported here)");
        CHECK(none.get("time", std::string("-")).value == "-"); // not a file: its reader says
    }
    SECTION("no log can be worked out without HOME or XDG_DATA_HOME: a usage error") {
        environment.home.clear();
        try {
            none.get("log", std::nullopt);
            FAIL("no error");
        } catch (const Error& error) {
            CHECK(error.code() == ExitCode::usage);
        }
        CHECK(none.get("log", std::string("/x.txt")).value == "/x.txt");
    }
}
