// Where backplan's files are, worked out from the environment alone: nothing here reads the
// process's environment or touches a file.
#include "core/error.hpp"
#include "io/system/paths.hpp"

#include <catch2/catch.hpp>

using namespace backplan;
using namespace backplan::io;

TEST_CASE("paths::default_log_path: XDG_DATA_HOME, then HOME") {
    Environment environment;
    environment.home = "/home/u";
    CHECK(default_log_path(environment) == "/home/u/.local/share/backplan/log.txt");
    SECTION("XDG_DATA_HOME beats HOME") {
        environment.xdg_data_home = "/data";
        CHECK(default_log_path(environment) == "/data/backplan/log.txt");
    }
    SECTION("a relative XDG_DATA_HOME is ignored, as the XDG spec says") {
        environment.xdg_data_home = "relative";
        CHECK(default_log_path(environment) == "/home/u/.local/share/backplan/log.txt");
    }
    SECTION("with neither, a usage error that says what to do") {
        environment.home.clear();
        CHECK_THROWS_WITH(default_log_path(environment),
                          "cannot tell where the log is: HOME is not set; use --log FILE");
    }
}

TEST_CASE("paths::template_dirs: XDG_CONFIG_HOME, else ~/.config") {
    Environment environment;
    environment.home = "/home/u";
    TemplateDirs dirs = template_dirs(environment);
    CHECK(dirs.config == "/home/u/.config/backplan/plans");
    CHECK(dirs.config_file == "/home/u/.config/backplan/config.yaml");
    environment.xdg_config_home = "/conf";
    CHECK(template_dirs(environment).config_file == "/conf/backplan/config.yaml");
    environment.xdg_config_home = "relative";
    CHECK(template_dirs(environment).config == "/home/u/.config/backplan/plans");
    environment.home.clear();
    CHECK(template_dirs(environment).config.empty());
    CHECK(template_dirs(environment).config_file.empty());
}

TEST_CASE("paths::expand_home") {
    Environment environment;
    environment.home = "/home/u";
    CHECK(expand_home("~/Sync/log.txt", environment) == "/home/u/Sync/log.txt");
    CHECK(expand_home("/abs/log.txt", environment) == "/abs/log.txt");
    CHECK(expand_home("~user/log.txt", environment) == "~user/log.txt");
    environment.home.clear();
    CHECK(expand_home("~/log.txt", environment) == "~/log.txt");
}

TEST_CASE("paths::checkpoint_path: XDG_CACHE_HOME, else ~/.cache, never relative") {
    Environment environment;
    environment.home = "/home/u";
    std::string path = checkpoint_path(environment, "/home/u/log.txt");
    // ~/.cache/backplan/replay- and 16 hex digits, the hash of the log's path.
    REQUIRE(path.size() == std::string("/home/u/.cache/backplan/replay-").size() + 16);
    CHECK(path.starts_with("/home/u/.cache/backplan/replay-"));
    CHECK(path.find_first_not_of("0123456789abcdef", path.size() - 16) == std::string::npos);
    CHECK(checkpoint_path(environment, "/home/u/log.txt") == path);
    CHECK(checkpoint_path(environment, "/home/u/other.txt") != path);
    SECTION("XDG_CACHE_HOME beats HOME; a relative one is ignored") {
        environment.xdg_cache_home = "/cache";
        CHECK(
            checkpoint_path(environment, "/home/u/log.txt").starts_with("/cache/backplan/replay-"));
        environment.xdg_cache_home = "cache";
        CHECK(checkpoint_path(environment, "/home/u/log.txt") == path);
    }
    SECTION("a relative HOME, or none: no place for it (never the working directory)") {
        environment.home = "relhome";
        CHECK(checkpoint_path(environment, "/home/u/log.txt").empty());
        environment.home.clear();
        CHECK(checkpoint_path(environment, "/home/u/log.txt").empty());
    }
}
