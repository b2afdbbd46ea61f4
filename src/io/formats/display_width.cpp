#include "io/formats/display_width.hpp"

#include <algorithm>
#include <clocale>
#include <cstdint>
#include <cstring>
#include <cwchar>
#include <locale.h>
#include <utf8proc.h>

namespace backplan::io {
namespace {

// Printable ASCII is a grapheme of one column a character: most of what is measured, and
// measured at a small part of the cost of the rest (generate --weeks 4: 2.3M instructions
// without this test, 1.1M with it; valgrind --tool=callgrind).
bool is_printable_ascii(std::string_view text) {
    // Eight bytes at a time (a report of years measures tens of thousands of cells): a byte
    // from 0x80, below a blank, or DEL (each test is exact: Bit Twiddling Hacks, "Determine if
    // a word has a byte less than n").
    constexpr std::uint64_t ones = 0x0101010101010101, highs = 0x8080808080808080;
    std::size_t i = 0;
    for (; i + 8 <= text.size(); i += 8) {
        std::uint64_t word;
        std::memcpy(&word, text.data() + i, sizeof word);
        std::uint64_t del = word ^ (0x7F * ones);
        if (((word | ((word - ' ' * ones) & ~word) | ((del - ones) & ~del)) & highs) != 0) {
            return false;
        }
    }
    return std::all_of(text.begin() + static_cast<std::ptrdiff_t>(i), text.end(),
                       [](char c) { return c >= ' ' && c <= '~'; });
}

// The C library's wcwidth(3) in C.UTF-8, whatever the process's locale: the measure of xterm,
// VTE, tmux and the Linux console, and of the tests (tests/support/columns.hpp). Set while it
// lives.
class Utf8Widths {
  public:
    Utf8Widths() {
        static const locale_t utf8 = ::newlocale(LC_CTYPE_MASK, "C.UTF-8", locale_t(0));
        if (utf8 != locale_t(0)) {
            m_previous = ::uselocale(utf8);
        }
    }
    Utf8Widths(const Utf8Widths&) = delete;
    Utf8Widths& operator=(const Utf8Widths&) = delete;
    ~Utf8Widths() {
        if (m_previous != locale_t(0)) {
            ::uselocale(m_previous);
        }
    }
    // The columns of one character: 2 for East Asian wide characters and emoji, 0 for combining
    // marks, joiners and variation selectors, 1 for anything the C library cannot place.
    std::size_t of(utf8proc_int32_t c) const {
        int width =
            m_previous != locale_t(0) ? ::wcwidth(static_cast<wchar_t>(c)) : utf8proc_charwidth(c);
        return width < 0 ? 1 : static_cast<std::size_t>(width);
    }

  private:
    locale_t m_previous = locale_t(0);
};

// Walks the text one grapheme at a time.
class Graphemes {
  public:
    explicit Graphemes(std::string_view text) : m_text(text) {}
    Graphemes(const Graphemes&) = delete;
    Graphemes& operator=(const Graphemes&) = delete;

    // Moves to the next grapheme; false at the end of the text.
    bool next() {
        m_start = m_end;
        if (m_start == m_text.size()) {
            return false;
        }
        std::size_t width = 0;
        utf8proc_int32_t previous = -1;
        utf8proc_int32_t state = 0;
        while (m_end < m_text.size()) {
            utf8proc_int32_t c = 0;
            utf8proc_ssize_t length =
                utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(m_text.data() + m_end),
                                 static_cast<utf8proc_ssize_t>(m_text.size() - m_end), &c);
            if (length <= 0) {
                if (previous < 0) { // a bad byte is a grapheme of its own
                    ++m_end;
                    width = 1;
                }
                break;
            }
            if (previous >= 0 && utf8proc_grapheme_break_stateful(previous, c, &state)) {
                break;
            }
            // Each character its own columns, as the C library's wcswidth counts them: an emoji
            // sequence joined by zero-width joiners takes the columns of each of its emoji.
            width += m_widths.of(c);
            previous = c;
            m_end += static_cast<std::size_t>(length);
        }
        m_width = width;
        return true;
    }

    std::size_t end() const { return m_end; }
    std::size_t width() const { return m_width; }

  private:
    Utf8Widths m_widths;
    std::string_view m_text;
    std::size_t m_start = 0;
    std::size_t m_end = 0;
    std::size_t m_width = 0;
};

} // namespace

std::size_t display_width(std::string_view text) {
    if (is_printable_ascii(text)) {
        return text.size();
    }
    std::size_t width = 0;
    for (Graphemes graphemes(text); graphemes.next();) {
        width += graphemes.width();
    }
    return width;
}

std::size_t fitting_prefix(std::string_view text, std::size_t width) {
    if (is_printable_ascii(text)) {
        return std::min(width, text.size());
    }
    std::size_t used = 0;
    std::size_t end = 0;
    for (Graphemes graphemes(text); graphemes.next();) {
        used += graphemes.width();
        if (used > width) {
            break;
        }
        end = graphemes.end();
    }
    return end;
}

std::string truncate_to_width(std::string_view text, std::size_t width) {
    if (display_width(text) <= width) {
        return std::string(text);
    }
    std::size_t room = width - std::min(width, cut_marker.size());
    std::string_view kept = text.substr(0, fitting_prefix(text, room));
    while (!kept.empty() && kept.back() == ' ') {
        kept.remove_suffix(1);
    }
    return std::string(kept) +
           std::string(cut_marker.substr(0, std::min(width, cut_marker.size())));
}

std::string pad_to_width(std::string_view text, std::size_t width) {
    std::string result;
    append_padded(result, text, width);
    return result;
}

std::string pad_left_to_width(std::string_view text, std::size_t width) {
    std::string result;
    append_padded(result, text, width, true);
    return result;
}

std::string fit_to_width(std::string_view text, std::size_t width) {
    std::string result;
    append_fitted(result, text, width);
    return result;
}

namespace {

// Appends text, used columns wide, padded with spaces to width on its right (or left).
void append_aligned(std::string& line, std::string_view text, std::size_t used, std::size_t width,
                    bool right) {
    std::size_t pad = width - std::min(width, used);
    if (right) {
        line.append(pad, ' ').append(text);
    } else {
        line.append(text).append(pad, ' ');
    }
}

} // namespace

void append_padded(std::string& line, std::string_view text, std::size_t width, bool right) {
    append_aligned(line, text, display_width(text), width, right);
}

void append_fitted(std::string& line, std::string_view text, std::size_t width, bool right) {
    // Measured once when it fits, as most cells do.
    std::size_t used = display_width(text);
    if (used <= width) {
        append_aligned(line, text, used, width, right);
    } else {
        append_padded(line, truncate_to_width(text, width), width, right);
    }
}

} // namespace backplan::io
