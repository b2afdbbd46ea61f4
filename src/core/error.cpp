#include "core/error.hpp"

#include "core/text.hpp"

namespace backplan {
namespace {

std::string join_lines(const std::vector<Diagnostic>& diagnostics) {
    std::string text;
    for (const Diagnostic& diagnostic : diagnostics) {
        text += (text.empty() ? "" : "\n") + to_string(diagnostic);
    }
    return text;
}

} // namespace

std::string to_string(const Diagnostic& d) {
    std::string text = d.file;
    if (d.line > 0) {
        text += ":" + std::to_string(d.line);
        if (d.column > 0) {
            text += ":" + std::to_string(d.column);
        }
    }
    // Escaped whole, file name included: no byte of input reaches a terminal raw, whoever
    // built the message.
    return core::escape_bytes(text.empty() ? d.message : text + ": " + d.message);
}

DataError::DataError(std::vector<Diagnostic> diagnostics)
    : Error(ExitCode::data, join_lines(diagnostics)), m_diagnostics(std::move(diagnostics)) {}

} // namespace backplan
