#pragma once

// The byte-level guard in front of yaml-cpp: what it would accept silently or only at great
// cost is refused before it parses anything.

#include "core/error.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace backplan::io {

// A YAML file's text, the name its diagnostics carry (a path, or "<built-in home-back>"), what
// it is in messages ("template", "config file"), and what one such file holds.
struct YamlSource {
    std::string name;
    std::string_view text;
    std::string_view kind = "template";
    std::string_view holds = "a template file holds one routine";
};

// Templates and config files are small; anything larger is refused before parsing.
inline constexpr std::size_t max_yaml_bytes = 256 * 1024;

// yaml-cpp takes some 600 bytes for each value it holds: more keys and list items than this
// are refused before it parses them, to keep a template's cost bounded (a real one has a few
// hundred).
inline constexpr std::size_t max_yaml_values = 20000;

// The first thing in the text the guard refuses, or std::nullopt: more than max_yaml_bytes,
// bytes that are not UTF-8, control characters (C0 but tab and line ends, DEL, C1), a YAML
// directive, a second document, nesting deep enough to exhaust memory or the stack, and more
// than max_yaml_values keys and list items (counted as ": ", "- " and the commas inside
// brackets, a little over the true count).
std::optional<Diagnostic> guard_problem(const YamlSource& source);

// True when the text has something other than blank lines and comments.
bool has_yaml_content(std::string_view text);

// "the template is 300000 bytes; at most 262144 are allowed".
std::string too_large_message(std::string_view kind, std::size_t bytes);

} // namespace backplan::io
