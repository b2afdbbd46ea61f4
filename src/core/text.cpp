#include "core/text.hpp"

#include <algorithm>
#include <charconv>

namespace backplan::core {
namespace {

bool is_continuation(char c) {
    return (static_cast<unsigned char>(c) & 0xc0) == 0x80;
}

// The start of the UTF-8 character that byte `at` is part of: back over continuation bytes,
// never before `floor`.
std::size_t character_start(std::string_view text, std::size_t at, std::size_t floor) {
    while (at > floor && is_continuation(text[at])) {
        --at;
    }
    return at;
}

// The length of the control character at text[i] (1 for C0 and DEL, 2 for C1), or 0.
std::size_t control_length(std::string_view text, std::size_t i) {
    auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x20 || byte == 0x7f) {
        return 1;
    }
    if (byte == 0xc2 && i + 1 < text.size()) {
        auto next = static_cast<unsigned char>(text[i + 1]);
        return next >= 0x80 && next <= 0x9f ? 2 : 0;
    }
    return 0;
}

void append_hex(std::string& out, unsigned char byte) {
    constexpr std::string_view digits = "0123456789abcdef";
    out += "\\x";
    out += digits[byte >> 4];
    out += digits[byte & 0xf];
}

} // namespace

std::size_t utf8_sequence_length(std::string_view text, std::size_t i) {
    auto at = [&](std::size_t k) {
        return k < text.size() ? static_cast<unsigned char>(text[k]) : 0u;
    };
    auto continuation = [&](std::size_t k) {
        return k < text.size() && is_continuation(text[k]);
    };
    unsigned b0 = at(i);
    if (b0 < 0x80) {
        return 1;
    }
    if (b0 >= 0xc2 && b0 <= 0xdf) {
        return continuation(i + 1) ? 2 : 0;
    }
    if (b0 >= 0xe0 && b0 <= 0xef) {
        unsigned b1 = at(i + 1);
        bool ok = continuation(i + 1) && continuation(i + 2) && !(b0 == 0xe0 && b1 < 0xa0) &&
                  !(b0 == 0xed && b1 >= 0xa0); // no overlong forms, no surrogates
        return ok ? 3 : 0;
    }
    if (b0 >= 0xf0 && b0 <= 0xf4) {
        unsigned b1 = at(i + 1);
        bool ok = continuation(i + 1) && continuation(i + 2) && continuation(i + 3) &&
                  !(b0 == 0xf0 && b1 < 0x90) && !(b0 == 0xf4 && b1 >= 0x90);
        return ok ? 4 : 0;
    }
    return 0;
}

std::size_t text_length(std::string_view text) {
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return !is_continuation(c); }));
}

std::string_view trim_blanks(std::string_view text) {
    std::size_t first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(" \t") + 1 - first);
}

std::size_t find_bad_byte(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        auto byte = static_cast<unsigned char>(text[i]);
        std::size_t length = utf8_sequence_length(text, i);
        if (length == 0 || (byte < 0x20 && byte != '\t') || byte == 0x7f) {
            return i;
        }
        i += length;
    }
    return std::string_view::npos;
}

std::size_t find_unprintable(std::string_view text, std::string_view allowed) {
    for (std::size_t i = 0; i < text.size();) {
        std::size_t length = utf8_sequence_length(text, i);
        if (length == 0 ||
            (control_length(text, i) > 0 && allowed.find(text[i]) == std::string_view::npos)) {
            return i;
        }
        i += length;
    }
    return std::string_view::npos;
}

std::string describe_byte(std::string_view text, std::size_t position) {
    std::string shown;
    std::size_t control = control_length(text, position);
    for (std::size_t i = 0; i < std::max<std::size_t>(control, 1); ++i) {
        append_hex(shown, static_cast<unsigned char>(text[position + i]));
    }
    return control > 0 ? "control character " + shown : "byte " + shown + " that is not UTF-8";
}

std::string escape_bytes(std::string_view text) {
    std::string escaped;
    escaped.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        std::size_t length = utf8_sequence_length(text, i);
        std::size_t bad = length == 0 ? 1 : control_length(text, i);
        if (bad > 0) {
            for (std::size_t k = 0; k < bad; ++k) {
                append_hex(escaped, static_cast<unsigned char>(text[i + k]));
            }
            i += bad;
        } else {
            escaped.append(text.substr(i, length));
            i += length;
        }
    }
    return escaped;
}

std::string cut_long_words(std::string_view text) {
    std::string shown;
    std::size_t at = 0;
    while (at < text.size()) {
        std::size_t end = text.find(' ', at);
        end = end == std::string_view::npos ? text.size() : end;
        if (end - at <= max_word_bytes) {
            shown.append(text.substr(at, end - at));
        } else {
            // Never inside a UTF-8 sequence, and never past the word's ends (bytes that are
            // not UTF-8 may all look like the middle of one).
            std::size_t head = character_start(text, at + max_word_head, at);
            std::size_t tail = end - max_word_tail;
            while (tail < end && is_continuation(text[tail])) {
                ++tail;
            }
            shown.append(text.substr(at, head - at)).append("...");
            shown.append(text.substr(tail, end - tail));
        }
        if (end < text.size()) {
            shown += ' ';
        }
        at = end + 1;
    }
    return shown;
}

std::string quoted(std::string_view text) {
    if (text.size() <= max_quoted_bytes) {
        return "'" + escape_bytes(text) + "'";
    }
    std::size_t cut = character_start(text, max_quoted_bytes, 0); // never inside a character
    return "'" + escape_bytes(text.substr(0, cut)) + "...'";
}

std::string counted(long long count, std::string_view one, std::string_view many) {
    std::string text;
    append_counted(text, count, one, many);
    return text;
}

void append_counted(std::string& text, long long count, std::string_view one,
                    std::string_view many) {
    // Written in place, without a string made for the number: a report of years writes tens of
    // thousands.
    std::size_t size = text.size();
    text.resize(size + 21 + std::max(one.size(), many.size()));
    text.resize(static_cast<std::size_t>(write_counted(text.data() + size, count, one, many) -
                                         text.data()));
}

char* write_counted(char* at, long long count, std::string_view one, std::string_view many) {
    at = std::to_chars(at, at + 20, count).ptr;
    *at++ = ' ';
    std::string_view noun = count == 1 ? one : many;
    return std::copy(noun.begin(), noun.end(), at);
}

std::string ascii_lowercase(std::string_view text) {
    std::string result(text);
    std::transform(result.begin(), result.end(), result.begin(), ascii_lower);
    return result;
}

bool equal_ignoring_case(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return ascii_lower(x) == ascii_lower(y);
           });
}

std::optional<int> parse_digits(std::string_view text, std::size_t max_digits) {
    if (text.empty() || text.front() < '0' || text.front() > '9') {
        return std::nullopt;
    }
    // Leading zeros count for nothing, however many: 00010 is 10, as 010 is.
    std::size_t zeros = std::min(text.find_first_not_of('0'), text.size() - 1);
    text.remove_prefix(zeros);
    if (text.size() > std::min<std::size_t>(max_digits, 9)) {
        return std::nullopt;
    }
    int value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size()) {
        return std::nullopt;
    }
    return value;
}

std::string home_as_tilde(std::string_view text, std::string_view home) {
    while (home.size() > 1 && home.back() == '/') {
        home.remove_suffix(1);
    }
    if (home.empty() || home == "/") {
        return std::string(text);
    }
    std::string prefix = std::string(home) + '/';
    auto starts_word = [&](std::size_t at) {
        if (at == 0) {
            return true;
        }
        char before = text[at - 1];
        return before == ' ' || before == '\t' || before == '\'' || before == '"' ||
               before == '(' || before == '[' || before == '=' || before == ':' || before == '<';
    };
    std::string result;
    std::size_t from = 0;
    for (std::size_t at = text.find(prefix); at != std::string_view::npos;
         at = text.find(prefix, at + 1)) {
        if (at >= from && starts_word(at)) {
            result.append(text, from, at - from);
            result += "~/";
            from = at + prefix.size();
        }
    }
    result.append(text, from);
    return result;
}

} // namespace backplan::core
