#include "io/system/paths.hpp"

#include "core/error.hpp"

#define XXH_INLINE_ALL
#include <xxhash.h>

namespace backplan::io {

std::string data_directory(const Environment& environment) {
    if (environment.xdg_data_home.starts_with('/')) {
        return environment.xdg_data_home + "/backplan";
    }
    if (!environment.home.empty()) {
        return environment.home + "/.local/share/backplan";
    }
    return "";
}

std::string checkpoint_path(const Environment& environment, const std::string& log_path) {
    std::string directory;
    if (environment.xdg_cache_home.starts_with('/')) {
        directory = environment.xdg_cache_home + "/backplan";
    } else if (environment.home.starts_with('/')) {
        directory = environment.home + "/.cache/backplan";
    } else {
        return "";
    }
    char name[] = "/replay-0123456789abcdef";
    XXH64_hash_t hash = XXH3_64bits(log_path.data(), log_path.size());
    for (std::size_t i = 0; i < 16; ++i) {
        name[sizeof name - 2 - i] = "0123456789abcdef"[(hash >> (4 * i)) & 15];
    }
    return directory + name;
}

std::string default_log_path(const Environment& environment) {
    if (std::string directory = data_directory(environment); !directory.empty()) {
        return directory + "/log.txt";
    }
    throw Error(ExitCode::usage, "cannot tell where the log is: HOME is not set; use --log FILE");
}

TemplateDirs template_dirs(const Environment& environment) {
    std::string config;
    if (environment.xdg_config_home.starts_with('/')) {
        config = environment.xdg_config_home + "/backplan";
    } else if (!environment.home.empty()) {
        config = environment.home + "/.config/backplan";
    }
    if (config.empty()) {
        return {"", ""};
    }
    return {config + "/plans", config + "/config.yaml"};
}

std::string expand_home(const std::string& path, const Environment& environment) {
    if (path.starts_with("~/") && !environment.home.empty()) {
        return environment.home + path.substr(1);
    }
    return path;
}

} // namespace backplan::io
