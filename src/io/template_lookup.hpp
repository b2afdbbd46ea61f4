#pragma once

#include "core/routine.hpp"
#include "io/template_loader.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace backplan::io {

// The name of the default routine, also the name of its file in plans/.
inline constexpr std::string_view default_template_name = "home-back";

// The default routine's YAML as compiled into the binary.
std::string_view builtin_template_text();

// The routine builtin_template_text() describes, built from data the build made by parsing it
// (src/tools/embed_routine.cpp): no YAML is parsed at run time.
core::Routine builtin_routine();

// Where `cmake --install` puts the shipped templates, from the binary's directory
// ("../share/backplan/plans"), so that an installed tree works wherever it is put.
std::string_view plans_dir_from_binary_dir();

// The shipped templates' directory for this running binary.
std::string installed_plans_dir();

// The directories a template NAME is looked up in, in order.
struct TemplateDirs {
    std::string config; // $XDG_CONFIG_HOME/backplan/plans, or ~/.config/backplan/plans
    std::string installed;
    std::string config_file; // $XDG_CONFIG_HOME/backplan/config.yaml, or ~/.config/...
};

// The lookup directories for this process's environment.
TemplateDirs template_dirs_from_environment();

// True when the --template argument is a path (has a '/' or ends in .yaml/.yml), not a NAME.
bool looks_like_path(std::string_view spec);

// The template a --template argument selects (std::nullopt: the default routine). A PATH is read
// as it is; a NAME is looked up in dirs.config, then dirs.installed, except that the default
// routine's installed copy is the built-in one. Throws Error(no_input) when nothing is found,
// naming where it looked, and Error(usage) for a NAME that cannot be a template name.
TemplateSource find_template(const std::optional<std::string>& spec, const TemplateDirs& dirs);

// The settings of the config file; none when the path is empty or the file does not exist.
// Throws DataError for a config with problems, Error for one that cannot be read.
std::map<std::string, Setting> load_config(const std::string& path);

// The routine of find_template(spec, dirs); throws DataError when the template is invalid.
// The built-in routine is builtin_routine(), not parsed.
core::Routine load_routine(const std::optional<std::string>& spec, const TemplateDirs& dirs);

} // namespace backplan::io
