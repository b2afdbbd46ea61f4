#pragma once

#include "io/system/system.hpp"

namespace backplan::io {

// What the process's standard output and locale allow.
struct Terminal {
    bool color = false; // standard output is a terminal and NO_COLOR is unset or empty
    bool utf8 = false;  // the locale (LC_ALL, else LC_CTYPE, else LANG) is UTF-8
};

// The terminal the environment describes.
Terminal terminal_of(const Environment& environment);

} // namespace backplan::io
