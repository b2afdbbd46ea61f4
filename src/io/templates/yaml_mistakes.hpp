#pragma once

// The mistakes people make writing YAML by hand, found in the text itself: yaml-cpp stops
// where it gives up ("end of map not found", a line or two after), and names neither the
// mistake nor its fix.

#include "core/error.hpp"

#include <optional>
#include <string_view>

namespace backplan::io {

// The first of these in the text, at its LINE:COL (1-based), with what to write instead, or
// std::nullopt: a tab in a line's indentation; a key indented deeper than a key above it that
// already has a value, or between the columns of the keys above it; a first key indented right
// of a key below it; a list item's '-' between the columns of the items above it; a quote not
// closed on its line, or closed by an apostrophe; a key with no colon after it; the name is the
// file's. Only a text yaml-cpp refused, or read only in part, is looked at: a valid document may
// hold quoted text over several lines.
std::optional<Diagnostic> yaml_mistake(std::string_view name, std::string_view text);

} // namespace backplan::io
