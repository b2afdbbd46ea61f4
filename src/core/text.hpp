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

// The text without leading and trailing spaces and tabs.
std::string_view trim_blanks(std::string_view text);

// The position of the first byte that is not well-formed UTF-8 or is a control character
// other than TAB, or std::string_view::npos when the text is clean.
std::size_t find_bad_byte(std::string_view text);

// The position of the first byte of the text that is not well-formed UTF-8 or starts a
// control character, or std::string_view::npos: a C0 control (U+0000 to U+001F), DEL, or a C1
// control (U+0080 to U+009F, two bytes in UTF-8); the characters in allowed are let through.
std::size_t find_unprintable(std::string_view text, std::string_view allowed = {});

// What the byte at position is, for a message: "control character \x1b", "control character
// \xc2\x9b" (a C1 control) or "byte \xff that is not UTF-8".
std::string describe_byte(std::string_view text, std::size_t position);

// The text with every byte of a control character (C0, DEL, C1) and every byte that is not
// well-formed UTF-8 written as \xHH: input shown in a message can do nothing to a terminal.
// Applying it twice gives what applying it once gives.
std::string escape_bytes(std::string_view text);

// The text with each path under home written from "~/", as a shell would take it back: every
// home + "/" that starts the text or follows a character that cannot be in a path word (a
// space, a quote, a bracket, '=', ':'). The text as it is when home is empty or "/" (a trailing
// slash on home is ignored).
std::string home_as_tilde(std::string_view text, std::string_view home);

// How long a word of a message may be (a run of bytes without a space: a path, mostly), and how
// much of one that is longer is shown: its first max_word_head bytes, "...", its last
// max_word_tail (backplan(1), DIAGNOSTICS).
inline constexpr std::size_t max_word_bytes = 200;
inline constexpr std::size_t max_word_head = 100;
inline constexpr std::size_t max_word_tail = 60;

// The message with every word longer than max_word_bytes cut in its middle, never inside a
// UTF-8 character: "/home/u/aaaa...aaaa/log.txt: No such file" stays one short line.
std::string cut_long_words(std::string_view text);

// How much of a value a message quotes: the rest is left out, and "..." says so
// (backplan(1), DIAGNOSTICS).
inline constexpr std::size_t max_quoted_bytes = 40;

// The text in single quotes, its control characters and bad bytes escaped (escape_bytes), cut
// after max_quoted_bytes (never inside a character) with "..." before the closing quote: how
// every message quotes input, so that a message stays one short line whatever was given.
std::string quoted(std::string_view text);

// "1 exercise", "6 exercises", "0 exercises": the count and its noun, singular for 1 only.
std::string counted(long long count, std::string_view one, std::string_view many);
// Appends counted(count, one, many) to text, in the room it already has.
void append_counted(std::string& text, long long count, std::string_view one,
                    std::string_view many);
// Writes counted(count, one, many) at `at`, which has room for 21 characters and the longer
// noun; returns the end.
char* write_counted(char* at, long long count, std::string_view one, std::string_view many);

// The character in lowercase when it is an ASCII capital letter; any other byte unchanged.
constexpr char ascii_lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// The text with its ASCII capital letters in lowercase.
std::string ascii_lowercase(std::string_view text);

// a == b, ignoring the case of ASCII letters.
bool equal_ignoring_case(std::string_view a, std::string_view b);

// The value of text when it is decimal digits and nothing else (no sign, no spaces, no base
// prefix), at most max_digits of them after any leading zeros; std::nullopt otherwise. max_digits
// is at most 9, so any value fits. Every number of an option, a variable or a template is read
// through it, so that leading zeros read the same everywhere (0010 and 00010 are 10, never 8).
std::optional<int> parse_digits(std::string_view text, std::size_t max_digits = 9);

} // namespace backplan::core
