#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace backplan::core {

// The length of the well-formed UTF-8 sequence starting at text[i], or 0 when there is none
// (a stray continuation byte, an overlong form, a surrogate, a truncated sequence).
std::size_t utf8_sequence_length(std::string_view text, std::size_t i);

// The number of characters (UTF-8 code points) in the text.
std::size_t text_length(std::string_view text);

// The text cut to at most width characters, ending in "..." when it was cut.
std::string truncate_text(std::string_view text, std::size_t width);

// The text without leading and trailing spaces and tabs.
std::string_view trim_blanks(std::string_view text);

// The position of the first byte that is not well-formed UTF-8 or is a control character
// other than TAB, or std::string_view::npos when the text is clean.
std::size_t find_bad_byte(std::string_view text);

} // namespace backplan::core
