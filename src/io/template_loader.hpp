#pragma once

#include "core/error.hpp"
#include "core/routine.hpp"

#include <array>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace backplan::io {

// A template's text and the name its diagnostics carry (a path, or "<built-in home-back>").
struct TemplateSource {
    std::string name;
    std::string text;
    bool builtin = false; // the text is builtin_template_text()
};

// Templates are small; anything larger is refused before parsing.
inline constexpr std::size_t max_template_bytes = 256 * 1024;

// Every problem in the template, each with file:line:col; empty when it is valid.
std::vector<Diagnostic> check_template(const TemplateSource& source);

// The routine the template declares; throws DataError listing every problem.
core::Routine parse_template(const TemplateSource& source);

// The keys of the config file, each the default of the option of the same name.
inline constexpr std::array<std::string_view, 6> config_keys = {"template", "days",   "time",
                                                                "duration", "remind", "log"};

// The limits of --duration and --remind, in minutes.
inline constexpr core::Range event_minutes{1, 24 * 60};
inline constexpr core::Range remind_minutes{0, 7 * 24 * 60};

// A value from the config file, and where it was set ("FILE:LINE").
struct Setting {
    std::string value; // days as "mon,wed,fri"
    std::string origin;
};

// The settings of a config file (the template guards apply), by key; throws DataError listing
// every problem.
std::map<std::string, Setting> parse_config(const TemplateSource& source);

// Reads a template file: only a regular file of at most max_template_bytes. Throws Error with
// ExitCode::no_input when it is missing or unreadable, ExitCode::data when it is not a regular
// file or too large.
// kind names the file in messages ("template", "config file").
TemplateSource read_template_file(const std::string& path, std::string_view kind = "template");

} // namespace backplan::io
