#pragma once

// How wide text is on a terminal or a printed page, in columns: each character as wide as the C
// library's wcswidth(3) makes it in a UTF-8 locale (the measure of xterm, VTE, tmux and the
// Linux console), text cut only between graphemes (utf8proc's breaks, UAX #29). What lines up
// the columns of every text output and keeps it within its width.

#include <cstddef>
#include <string>
#include <string_view>

namespace backplan::io {

// The marker at the end of text cut to fit.
inline constexpr std::string_view cut_marker = "...";

// The columns the text takes, as wcswidth counts them in C.UTF-8: 2 for each East Asian wide
// character and each emoji, 0 for combining marks, zero-width joiners and variation selectors, 1
// for the rest; so an emoji sequence takes the columns of each of its emoji (a family of three,
// 6), and a terminal that draws it as one shows the line narrower, never wider. A byte that is
// not UTF-8 takes 1 (a terminal shows it as U+FFFD).
std::size_t display_width(std::string_view text);

// The length in bytes of the longest start of the text that ends between graphemes and takes
// at most width columns.
std::size_t fitting_prefix(std::string_view text, std::size_t width);

// The text when it takes at most width columns; otherwise cut between graphemes, spaces at
// the cut dropped, and ended with cut_marker, all within width columns.
std::string truncate_to_width(std::string_view text, std::size_t width);

// The text followed by spaces up to width columns (none when it is that wide already).
std::string pad_to_width(std::string_view text, std::size_t width);

// Spaces up to width columns, then the text.
std::string pad_left_to_width(std::string_view text, std::size_t width);

// The text cut (truncate_to_width) and padded (pad_to_width) to exactly width columns.
std::string fit_to_width(std::string_view text, std::size_t width);

// Appends pad_to_width(text, width) to line, or with right, pad_left_to_width: nothing built (a
// report of years writes thousands of rows).
void append_padded(std::string& line, std::string_view text, std::size_t width, bool right = false);

// Appends fit_to_width(text, width) to line, or with right, the same text padded on its left:
// nothing built when the text fits.
void append_fitted(std::string& line, std::string_view text, std::size_t width, bool right = false);

} // namespace backplan::io
