#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace backplan::test {

// The columns a terminal in a UTF-8 locale gives the text, by the C library's wcswidth(3) in
// C.UTF-8: a measure apart from backplan's own (io::display_width). Throws std::runtime_error
// for text with a character wcswidth cannot place (a control character, bad UTF-8). glibc
// counts each character of an emoji sequence, so use it on text without them.
int terminal_columns(std::string_view text);

// The lines of the text, without their line ends.
std::vector<std::string> lines_of(std::string_view text);

// The widest line of the text, by terminal_columns.
int widest_line(std::string_view text);

} // namespace backplan::test
