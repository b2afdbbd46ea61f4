#include "io/terminal.hpp"

#include <cstdlib>
#include <string_view>
#include <unistd.h>

namespace backplan::io {
namespace {

// The first of the variables that is set and not empty, as POSIX orders locale categories.
std::string_view locale_name() {
    for (const char* name : {"LC_ALL", "LC_CTYPE", "LANG"}) {
        const char* value = std::getenv(name);
        if (value != nullptr && *value != '\0') {
            return value;
        }
    }
    return "";
}

bool is_utf8(std::string_view locale) {
    for (std::string_view marker : {"UTF-8", "utf-8", "UTF8", "utf8"}) {
        if (locale.find(marker) != std::string_view::npos) {
            return true;
        }
    }
    return false;
}

} // namespace

Terminal process_terminal() {
    const char* no_color = std::getenv("NO_COLOR");
    bool color = ::isatty(STDOUT_FILENO) == 1 && (no_color == nullptr || *no_color == '\0');
    return {color, is_utf8(locale_name())};
}

} // namespace backplan::io
