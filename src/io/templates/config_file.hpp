#pragma once

// The config file: defaults for options, read with the same guards as templates but in its own
// words ("config file", not "template").

#include "io/system/system.hpp"

#include <array>
#include <map>
#include <string>
#include <string_view>

namespace backplan::io {

// The keys of the config file, each the default of the option of the same name.
inline constexpr std::array<std::string_view, 7> config_keys = {
    "template", "days", "time", "duration", "remind", "log", "map"};

// A value from the config file, and where it was set ("FILE:LINE", and the line alone).
struct Setting {
    std::string value; // days as "mon,wed,fri"; map as "NAME=id" lines, joined by '\n'
    std::string origin;
    int line = 0;
};

// The config file's settings, by key.
using Settings = std::map<std::string, Setting>;

// The settings of a config file's text (name is its path, for messages); empty text sets
// nothing. Throws DataError listing every problem.
Settings parse_config(const std::string& name, std::string_view text);

// The settings of the config file at path; none when the path is empty or nothing is there.
// Throws DataError for a config with problems, Error for one that cannot be read.
Settings load_config(const System& system, const std::string& path);

} // namespace backplan::io
