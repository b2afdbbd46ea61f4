#pragma once

// The routine schema: what a template may say, read into a core::Routine with every problem
// reported (backplan-template(5)).

#include "core/error.hpp"
#include "core/routine.hpp"
#include "io/templates/yaml_guard.hpp"

#include <string>
#include <vector>

namespace backplan::io {

// A template's text and the name its diagnostics carry (a path, or "<built-in home-back>").
struct TemplateSource {
    std::string name;
    std::string text;
    bool builtin = false; // the text is builtin_template_text()
};

// Templates are small; anything larger is refused before parsing.
inline constexpr std::size_t max_template_bytes = max_yaml_bytes;

// A template declares at most this many exercises: the bound on what a plan or a report of
// it costs (backplan(1), LIMITS).
inline constexpr std::size_t max_exercises = 100;

// Reads the routine the template declares into routine; returns every problem in the template,
// each with file:line:col, empty when it is valid (routine is then whole).
std::vector<Diagnostic> read_routine(const TemplateSource& source, core::Routine& routine);

// Every problem in the template, as read_routine finds them.
std::vector<Diagnostic> check_template(const TemplateSource& source);

// The routine the template declares; throws DataError listing every problem.
core::Routine parse_template(const TemplateSource& source);

} // namespace backplan::io
