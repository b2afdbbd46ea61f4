#pragma once

// One line of YAML as the mistakes scanner reads it (yaml_mistakes.cpp): its mapping colon, its
// quotes and brackets, where its content ends.

#include <cstddef>
#include <string>
#include <string_view>

namespace backplan::io {

// A space or a tab: what separates YAML's tokens on a line.
inline bool blank(char c) {
    return c == ' ' || c == '\t';
}

// "a colon is missing after 'WORD'; write 'WORD: REST'" ("'WORD:'" when there is no REST): how
// the scanner and the template's walker name a key written without its colon.
std::string colon_missing_message(std::string_view word, std::string_view rest);

// What one line holds, read from a column on: the mapping colon (at bracket depth 0), a quote
// not closed on the line, a single quote closed by an apostrophe (its opening and the
// apostrophe), where its content ends (before a comment), and the bracket depth after it.
struct LineScan {
    std::size_t colon = std::string_view::npos;
    std::size_t open_quote = std::string_view::npos;
    std::size_t early_open = std::string_view::npos;
    std::size_t early_close = std::string_view::npos;
    std::size_t end = 0;
    int depth = 0;
};

// The line read from column `from` on, inside `depth` brackets left open by the lines above.
LineScan scan_line(std::string_view line, std::size_t from, int depth);

// The single-quoted text an apostrophe cut short (s.early_open to s.early_close), as meant: up
// to the next quote that can close it, each quote inside it written twice ('Don''t arch').
std::string single_quoted_as_meant(std::string_view line, const LineScan& s);

// Where the quote (' or ") at i in text closes, or npos: after a backslash in double quotes a
// character is escaped, and '' in single quotes is a quote.
std::size_t closing_quote(std::string_view text, std::size_t i);

} // namespace backplan::io
