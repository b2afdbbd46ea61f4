#include "io/templates/template_lookup.hpp"

#include "core/error.hpp"
#include "core/text.hpp"

#include <algorithm>

namespace backplan::io {

bool has_yaml_extension(std::string_view file) {
    std::string lower = core::ascii_lowercase(file);
    return lower.ends_with(".yaml") || lower.ends_with(".yml");
}

bool looks_like_path(std::string_view spec) {
    return spec.find('/') != std::string_view::npos || has_yaml_extension(spec);
}

TemplateSource read_template_file(const System& system, const std::string& path) {
    return {path, system.read_file(path, max_template_bytes, "template")};
}

std::optional<std::string> find_template_file(const System& system,
                                              const std::optional<std::string>& spec,
                                              const TemplateDirs& dirs) {
    std::string name = spec.value_or(std::string(default_template_name));
    if (looks_like_path(name)) {
        return name;
    }
    if (!core::is_valid_id(name)) {
        throw Error(ExitCode::usage, "--template: expected a path or a template name such as '" +
                                         std::string(default_template_name) + "', got " +
                                         core::quoted(name));
    }
    // A user's own copy wins; the default routine's installed copy is the one compiled in.
    std::string user_path = dirs.config.empty() ? "" : dirs.config + "/" + name + ".yaml";
    if (!user_path.empty() && system.exists(user_path)) {
        return user_path;
    }
    if (name == default_template_name) {
        return std::nullopt;
    }
    std::string installed_path = system.installed_plans() + "/" + name + ".yaml";
    if (system.exists(installed_path)) {
        return installed_path;
    }
    throw Error(ExitCode::no_input, "template " + core::quoted(name) + " not found; looked for " +
                                        (user_path.empty() ? "" : user_path + " and ") +
                                        installed_path);
}

TemplateSource find_template(const System& system, const std::optional<std::string>& spec,
                             const TemplateDirs& dirs) {
    if (std::optional<std::string> file = find_template_file(system, spec, dirs)) {
        return read_template_file(system, *file);
    }
    std::string name(default_template_name);
    return {"<built-in " + name + ">", std::string(builtin_template_text()), true};
}

std::vector<std::string> template_names(const System& system, const TemplateDirs& dirs) {
    std::vector<std::string> names{std::string(default_template_name)};
    for (const std::string& dir : {dirs.config, system.installed_plans()}) {
        if (dir.empty()) {
            continue;
        }
        for (const std::string& file : system.directory_entries(dir)) {
            std::string name = file.substr(0, file.size() - std::string_view(".yaml").size());
            if (file.ends_with(".yaml") && core::is_valid_id(name)) {
                names.push_back(name);
            }
        }
    }
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names;
}

core::Routine load_routine(const System& system, const std::optional<std::string>& spec,
                           const TemplateDirs& dirs) {
    TemplateSource source = find_template(system, spec, dirs);
    // The built-in routine was compiled to C++ data at build time: parsing its YAML was 4.6M
    // instructions, half of `generate`'s start (valgrind --tool=callgrind, README Performance).
    return source.builtin ? builtin_routine() : parse_template(source);
}

namespace {

// The check of the source that read gives.
TemplateCheck check_source(const std::function<TemplateSource()>& read) {
    TemplateCheck check;
    TemplateSource source;
    check.unreadable = failure_of([&] { source = read(); });
    if (check.unreadable) {
        return check;
    }
    check.file = source.name;
    core::Routine routine;
    check.problems = read_routine(source, routine);
    if (check.problems.empty()) {
        check.routine = std::move(routine);
    }
    return check;
}

} // namespace

TemplateCheck check_template_file(const System& system, const std::string& path) {
    return check_source([&] { return read_template_file(system, path); });
}

TemplateCheck check_found_template(const System& system, const std::optional<std::string>& spec,
                                   const TemplateDirs& dirs) {
    return check_source([&] { return find_template(system, spec, dirs); });
}

} // namespace backplan::io
