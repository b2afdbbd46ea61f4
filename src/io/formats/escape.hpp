#pragma once

#include <string>
#include <string_view>

namespace backplan::io {

// A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break, quotes doubled.
std::string csv_field(std::string_view text);

// Text for HTML or XML content and attribute values: & < > " escaped.
std::string markup_text(std::string_view text);

} // namespace backplan::io
