#include "io/system/terminal.hpp"

#include <string_view>

namespace backplan::io {
namespace {

bool is_utf8(std::string_view locale) {
    for (std::string_view marker : {"UTF-8", "utf-8", "UTF8", "utf8"}) {
        if (locale.find(marker) != std::string_view::npos) {
            return true;
        }
    }
    return false;
}

} // namespace

Terminal terminal_of(const Environment& environment) {
    return {environment.stdout_is_terminal && environment.no_color.empty(),
            is_utf8(environment.locale)};
}

} // namespace backplan::io
