#pragma once

#include "core/error.hpp"
#include "core/routine.hpp"

#include <string>
#include <vector>

namespace backplan::io {

// A template's text and the name its diagnostics carry (a path, or "<built-in home-back>").
struct TemplateSource {
    std::string name;
    std::string text;
};

// Templates are small; anything larger is refused before parsing.
inline constexpr std::size_t max_template_bytes = 256 * 1024;

// Every problem in the template, each with file:line:col; empty when it is valid.
std::vector<Diagnostic> check_template(const TemplateSource& source);

// The routine the template declares; throws DataError listing every problem.
core::Routine parse_template(const TemplateSource& source);

// Reads a template file: only a regular file of at most max_template_bytes. Throws Error with
// ExitCode::no_input when it is missing or unreadable, ExitCode::data when it is not a regular
// file or too large.
TemplateSource read_template_file(const std::string& path);

} // namespace backplan::io
