#pragma once

// Which template a --template argument names, and the built-in one.

#include "core/routine.hpp"
#include "io/system/paths.hpp"
#include "io/system/system.hpp"
#include "io/templates/routine_schema.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace backplan::io {

// The name of the default routine, also the name of its file in plans/.
inline constexpr std::string_view default_template_name = "home-back";

// The default routine's YAML as compiled into the binary.
std::string_view builtin_template_text();

// The routine builtin_template_text() describes, built from data the build made by parsing it
// (src/tools/embed_routine.cpp): no YAML is parsed at run time.
core::Routine builtin_routine();

// True when the file name ends in .yaml or .yml, in any case (T.YAML too).
bool has_yaml_extension(std::string_view file);

// True when the --template argument is a path (has a '/' or ends in .yaml/.yml), not a NAME.
bool looks_like_path(std::string_view spec);

// Reads a template file: only a regular file of at most max_template_bytes. Throws Error with
// ExitCode::no_input when it is missing or unreadable, ExitCode::data when it is not a regular
// file or too large.
TemplateSource read_template_file(const System& system, const std::string& path);

// The template a --template argument selects (std::nullopt: the default routine). A PATH is read
// as it is; a NAME is looked up in dirs.config, then system.installed_plans(), except that the
// default routine's installed copy is the built-in one. Throws Error(no_input) when nothing is
// found, naming where it looked, and Error(usage) for a NAME that cannot be a template name.
TemplateSource find_template(const System& system, const std::optional<std::string>& spec,
                             const TemplateDirs& dirs);

// The file find_template would read, or std::nullopt for the built-in routine; throws as
// find_template does.
std::optional<std::string> find_template_file(const System& system,
                                              const std::optional<std::string>& spec,
                                              const TemplateDirs& dirs);

// The NAMEs --template accepts here, sorted: the default routine's, and those of the *.yaml
// files in dirs.config and system.installed_plans() that are valid names.
std::vector<std::string> template_names(const System& system, const TemplateDirs& dirs);

// The routine of find_template(system, spec, dirs); throws DataError when the template is
// invalid. The built-in routine is builtin_routine(), not parsed.
core::Routine load_routine(const System& system, const std::optional<std::string>& spec,
                           const TemplateDirs& dirs);

// What `check` found in a template: every problem of its text (read_routine), or why it could
// not be found or read; its routine when it has neither.
struct TemplateCheck {
    std::string file; // as its problems name it: a path, or "<built-in home-back>"
    std::vector<Diagnostic> problems;
    std::optional<ReadFailure> unreadable;
    std::optional<core::Routine> routine;
};

// Checks the template file at path (read as read_template_file reads it). Throws nothing that
// reading it throws: that is the result's unreadable.
TemplateCheck check_template_file(const System& system, const std::string& path);

// Checks the template find_template selects, as check_template_file does.
TemplateCheck check_found_template(const System& system, const std::optional<std::string>& spec,
                                   const TemplateDirs& dirs);

} // namespace backplan::io
