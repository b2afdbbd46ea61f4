#include "io/template_lookup.hpp"

#include "core/error.hpp"

#include <cstdlib>
#include <filesystem>
#include <sys/stat.h>

namespace backplan::io {
namespace {

bool exists(const std::string& path) {
    struct stat info {};
    return ::stat(path.c_str(), &info) == 0;
}

} // namespace

std::string installed_plans_dir() {
    std::error_code error;
    std::filesystem::path binary = std::filesystem::read_symlink("/proc/self/exe", error);
    if (error) {
        return std::string(plans_dir_from_binary_dir());
    }
    return (binary.parent_path() / plans_dir_from_binary_dir()).lexically_normal().string();
}

TemplateDirs template_dirs_from_environment() {
    const char* xdg = std::getenv("XDG_CONFIG_HOME");
    const char* home = std::getenv("HOME");
    std::string config;
    if (xdg != nullptr && xdg[0] == '/') {
        config = std::string(xdg) + "/backplan";
    } else if (home != nullptr && home[0] != '\0') {
        config = std::string(home) + "/.config/backplan";
    }
    if (config.empty()) {
        return {"", installed_plans_dir(), ""};
    }
    return {config + "/plans", installed_plans_dir(), config + "/config.yaml"};
}

std::map<std::string, Setting> load_config(const std::string& path) {
    struct stat info {};
    if (path.empty() || ::stat(path.c_str(), &info) != 0) { // none, or none we may see
        return {};
    }
    return parse_config(read_template_file(path, "config file"));
}

bool looks_like_path(std::string_view spec) {
    return spec.find('/') != std::string_view::npos || spec.ends_with(".yaml") ||
           spec.ends_with(".yml");
}

TemplateSource find_template(const std::optional<std::string>& spec, const TemplateDirs& dirs) {
    std::string name = spec.value_or(std::string(default_template_name));
    if (looks_like_path(name)) {
        return read_template_file(name);
    }
    if (!core::is_valid_id(name)) {
        throw Error(ExitCode::usage, "--template: expected a path or a template name such as '" +
                                         std::string(default_template_name) + "', got '" + name +
                                         "'");
    }
    // A user's own copy wins; the default routine's installed copy is the one compiled in.
    std::string user_path = dirs.config.empty() ? "" : dirs.config + "/" + name + ".yaml";
    if (!user_path.empty() && exists(user_path)) {
        return read_template_file(user_path);
    }
    if (name == default_template_name) {
        return {"<built-in " + name + ">", std::string(builtin_template_text()), true};
    }
    std::string installed_path = dirs.installed + "/" + name + ".yaml";
    if (exists(installed_path)) {
        return read_template_file(installed_path);
    }
    throw Error(ExitCode::no_input, "template '" + name + "' not found; looked for " +
                                        (user_path.empty() ? "" : user_path + " and ") +
                                        installed_path);
}

core::Routine load_routine(const std::optional<std::string>& spec, const TemplateDirs& dirs) {
    TemplateSource source = find_template(spec, dirs);
    return source.builtin ? builtin_routine() : parse_template(source);
}

} // namespace backplan::io
