#include "io/system/paths.hpp"

#include "core/error.hpp"

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
        return {"", environment.installed_plans, ""};
    }
    return {config + "/plans", environment.installed_plans, config + "/config.yaml"};
}

std::string expand_home(const std::string& path, const Environment& environment) {
    if (path.starts_with("~/") && !environment.home.empty()) {
        return environment.home + path.substr(1);
    }
    return path;
}

} // namespace backplan::io
