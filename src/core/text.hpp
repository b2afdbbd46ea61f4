#pragma once

#include <cstddef>
#include <optional>
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

// The character in lowercase when it is an ASCII capital letter; any other byte unchanged.
constexpr char ascii_lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// The text with its ASCII capital letters in lowercase.
std::string ascii_lowercase(std::string_view text);

// a == b, ignoring the case of ASCII letters.
bool equal_ignoring_case(std::string_view a, std::string_view b);

// The value of text when it is 1 to max_digits decimal digits and nothing else (no sign, no
// spaces, no base prefix); std::nullopt otherwise. max_digits is at most 9, so any value fits.
std::optional<int> parse_digits(std::string_view text, std::size_t max_digits = 9);

} // namespace backplan::core
