#include "support/columns.hpp"

#include <algorithm>
#include <clocale>
#include <cwchar>
#include <locale.h>
#include <stdexcept>

namespace backplan::test {

int terminal_columns(std::string_view text) {
    locale_t utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", locale_t(0));
    if (utf8 == locale_t(0)) {
        throw std::runtime_error("no C.UTF-8 locale");
    }
    locale_t previous = uselocale(utf8);
    std::wstring wide;
    std::mbstate_t state{};
    bool bad = false;
    for (std::size_t at = 0; at < text.size();) {
        wchar_t c = 0;
        std::size_t length = std::mbrtowc(&c, text.data() + at, text.size() - at, &state);
        if (length == 0 || length > text.size() - at) {
            bad = true;
            break;
        }
        wide += c;
        at += length;
    }
    int columns = bad ? -1 : wcswidth(wide.c_str(), wide.size());
    uselocale(previous);
    freelocale(utf8);
    if (columns < 0) {
        throw std::runtime_error("wcswidth cannot measure '" + std::string(text) + "'");
    }
    return columns;
}

std::vector<std::string> lines_of(std::string_view text) {
    std::vector<std::string> lines;
    for (std::size_t start = 0; start < text.size();) {
        std::size_t end = std::min(text.find('\n', start), text.size());
        lines.emplace_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

int widest_line(std::string_view text) {
    int widest = 0;
    for (const std::string& line : lines_of(text)) {
        widest = std::max(widest, terminal_columns(line));
    }
    return widest;
}

} // namespace backplan::test
