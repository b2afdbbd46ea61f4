// The config file, in its own words.
#include "core/error.hpp"
#include "io/templates/config_file.hpp"
#include "io/templates/yaml_guard.hpp"
#include "problems.hpp"
#include "support/fake_system.hpp"

#include <catch2/catch.hpp>

using namespace backplan;
using namespace backplan::io;

namespace {

std::vector<std::string> problems(std::string_view text) {
    return test::config_problems(text);
}

using Lines = std::vector<std::string>;

} // namespace

TEST_CASE("config_file::parse_config") {
    SECTION("each setting, normalized, with the line that set it") {
        Settings settings = parse_config("c.yaml", "days: [thu, mon]\ntime: \"07:30\"\n");
        CHECK(settings.at("days").value == "mon,thu");
        CHECK(settings.at("days").origin == "c.yaml:1");
        CHECK(settings.at("time").value == "07:30");
        CHECK(settings.at("time").origin == "c.yaml:2");
    }
    SECTION("map: import's names, a line each as NAME=id") {
        Settings settings =
            parse_config("c.yaml", "map:\n  Back Extension: action1\n  \"A: b\": action6\n");
        CHECK(settings.at("map").value == "Back Extension=action1\nA: b=action6");
        CHECK(settings.at("map").origin == "c.yaml:2");
        CHECK(problems("map: [action1]\n") ==
              Lines{"c.yaml:1:6: map: expected a mapping of names to exercise ids, like \"Back "
                    "Extension: action1\", got a list"});
    }
    SECTION("an empty file, or only comments, sets nothing") {
        CHECK(parse_config("c.yaml", "").empty());
        CHECK(parse_config("c.yaml", "# nothing yet\n").empty());
    }
    SECTION("problems speak of the config file, not of a template") {
        CHECK(problems("days: [mon]\n---\ntime: 07:30\n") ==
              Lines{"c.yaml:2:1: more than one YAML document; a config file holds one mapping "
                    "of settings"});
        CHECK(problems(std::string(max_yaml_bytes + 1, '#')) ==
              Lines{"c.yaml: the config file is 262145 bytes; at most 262144 are allowed"});
        CHECK(problems("time: 7.30\nremind: soon\n") ==
              Lines{"c.yaml:1:7: time: expected a time as HH:MM, 00:00 to 23:59, got '7.30'",
                    "c.yaml:2:9: remind: expected a duration like 30m, 1h or 1h15m, from 0m to "
                    "168h, got 'soon'"});
    }
}

TEST_CASE("config_file::parse_config refuses control characters, however written") {
    CHECK(problems(R"(time: "07:30\e[2J")"
                   "\n") ==
          Lines{"c.yaml:1:7: time: control character \\x1b is not allowed, got '07:30\\x1b[2J'"});
    CHECK(problems(R"(log: "~/log\0.txt")"
                   "\n") ==
          Lines{"c.yaml:1:6: log: control character \\x00 is not allowed, got '~/log\\x00.txt'"});
    CHECK(problems("template: \"a\\tb\"\n") ==
          Lines{"c.yaml:1:11: template: control character \\x09 is not allowed, got 'a\\x09b'"});
    CHECK(problems("%YAML 1.2\n---\nlog: x\n") ==
          Lines{"c.yaml:1:1: YAML directive '%YAML 1.2' is not supported; delete the line"});
}

TEST_CASE("config_file::load_config") {
    test::FakeSystem system;
    CHECK(load_config(system, "").empty());
    CHECK(load_config(system, "/home/u/.config/backplan/config.yaml").empty());
    system.files["/home/u/.config/backplan/config.yaml"] = "log: ~/Sync/log.txt\n";
    CHECK(load_config(system, "/home/u/.config/backplan/config.yaml").at("log").value ==
          "~/Sync/log.txt");
}
