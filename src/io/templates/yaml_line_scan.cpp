#include "io/templates/yaml_line_scan.hpp"

#include "core/text.hpp"

namespace backplan::io {
namespace {

// Whether c may follow a closing quote: a blank, what ends a value in brackets, a colon.
bool ends_quote(char c) {
    return std::string_view(" \t,]}:#").find(c) != std::string_view::npos;
}

// Whether a value starts at i: nothing but blanks before it since from, or before those blanks
// a list's '-' that starts the line (after other dashes), a colon, '[', '{' or ','.
bool value_starts(std::string_view line, std::size_t from, std::size_t i) {
    std::size_t j = i;
    while (j > from && blank(line[j - 1])) {
        --j;
    }
    if (j == from) {
        return true;
    }
    char before = line[j - 1];
    if (before == '-') {
        while (j > from && (line[j - 1] == '-' || blank(line[j - 1]))) {
            --j;
        }
        return j == from && blank(line[i - 1]);
    }
    return std::string_view(":[{,").find(before) != std::string_view::npos &&
           (before != ':' || j < i);
}

} // namespace

LineScan scan_line(std::string_view line, std::size_t from, int depth) {
    LineScan s;
    s.depth = depth;
    std::size_t i = from;
    while (i < line.size()) {
        char c = line[i];
        if (c == '#' && (i == 0 || blank(line[i - 1]))) {
            break;
        }
        // A quote opens text only where a value starts (the line's first word, after "- ",
        // ": ", '[', '{' or ','), not inside a word ("don't") or plain text ("say 'ha'.").
        if ((c == '"' || c == '\'') && value_starts(line, from, i)) {
            std::size_t close = closing_quote(line, i);
            if (close == std::string_view::npos) {
                s.open_quote = i;
                s.end = line.size();
                return s;
            }
            // Text right after a closing quote means the quote was an apostrophe ("'Don't").
            if (c == '\'' && s.early_close == std::string_view::npos && close + 1 < line.size() &&
                !ends_quote(line[close + 1])) {
                s.early_open = i;
                s.early_close = close;
            }
            i = close + 1;
            continue;
        }
        if (c == '[' || c == '{') {
            ++s.depth;
        } else if ((c == ']' || c == '}') && s.depth > 0) {
            --s.depth;
        } else if (c == ':' && s.depth == 0 && s.colon == std::string_view::npos &&
                   (i + 1 == line.size() || blank(line[i + 1]))) {
            s.colon = i;
        }
        ++i;
    }
    s.end = i;
    while (s.end > from && blank(line[s.end - 1])) {
        --s.end;
    }
    return s;
}

std::string colon_missing_message(std::string_view word, std::string_view rest) {
    return "a colon is missing after " + core::quoted(word) + "; write " +
           core::quoted(std::string(word) + ":" + (rest.empty() ? "" : " ") + std::string(rest));
}

std::string single_quoted_as_meant(std::string_view line, const LineScan& s) {
    std::size_t end = s.early_close + 1;
    while (end < s.end && !(line[end] == '\'' && (end + 1 == s.end || ends_quote(line[end + 1])))) {
        ++end;
    }
    std::string meant = "'";
    for (std::size_t i = s.early_open + 1; i < end; ++i) {
        meant += line[i];
        if (line[i] == '\'') {
            meant += '\'';
            if (i + 1 < end && line[i + 1] == '\'') {
                ++i; // already written twice
            }
        }
    }
    return meant + "'";
}

std::size_t closing_quote(std::string_view text, std::size_t i) {
    char quote = text[i];
    for (std::size_t j = i + 1; j < text.size(); ++j) {
        if (quote == '"' && text[j] == '\\') {
            ++j; // an escaped character
        } else if (text[j] == quote) {
            if (quote == '\'' && j + 1 < text.size() && text[j + 1] == '\'') {
                ++j; // '' is a quote inside single quotes
            } else {
                return j;
            }
        }
    }
    return std::string_view::npos;
}

} // namespace backplan::io
