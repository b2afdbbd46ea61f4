#pragma once

// The problems of a template or a config file as a user reads them, "FILE:LINE:COL: message".

#include "core/error.hpp"
#include "io/templates/config_file.hpp"
#include "io/templates/routine_schema.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace backplan::test {

inline std::vector<std::string> diagnostic_lines(const std::vector<Diagnostic>& diagnostics) {
    std::vector<std::string> lines;
    for (const Diagnostic& diagnostic : diagnostics) {
        lines.push_back(to_string(diagnostic));
    }
    return lines;
}

// Every problem of a template named t.yaml.
inline std::vector<std::string> template_problems(const std::string& text) {
    return diagnostic_lines(io::check_template({"t.yaml", text}));
}

// Every problem of a config file named c.yaml; none when it reads.
inline std::vector<std::string> config_problems(std::string_view text) {
    try {
        io::parse_config("c.yaml", text);
    } catch (const DataError& error) {
        return diagnostic_lines(error.diagnostics());
    }
    return {};
}

} // namespace backplan::test
