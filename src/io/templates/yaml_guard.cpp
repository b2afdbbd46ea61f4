#include "io/templates/yaml_guard.hpp"

#include "core/text.hpp"

namespace backplan::io {
namespace {

constexpr int max_nesting = 64;
constexpr std::size_t max_indent = 256;

// A "---" or "..." line: the start or end of a YAML document.
bool is_document_marker(std::string_view text, std::size_t i) {
    std::string_view rest = text.substr(i);
    if (!rest.starts_with("---") && !rest.starts_with("...")) {
        return false;
    }
    return rest.size() == 3 || rest[3] == ' ' || rest[3] == '\t' || rest[3] == '\n' ||
           rest[3] == '\r';
}

// A '%' line before the document: a directive (%YAML 1.2, %TAG ...).
bool is_directive(std::string_view text, std::size_t i, bool content_seen) {
    return text[i] == '%' && !content_seen;
}

// The line starting at i, for a message.
std::string line_at(std::string_view text, std::size_t i) {
    std::string_view line = text.substr(i, text.find_first_of("\r\n", i) - i);
    return line.size() > 40 ? std::string(line.substr(0, 40)) + "..." : std::string(line);
}

} // namespace

std::string too_large_message(std::string_view kind, std::size_t bytes) {
    return "the " + std::string(kind) + " is " + std::to_string(bytes) + " bytes; at most " +
           std::to_string(max_yaml_bytes) + " are allowed";
}

std::optional<Diagnostic> guard_problem(const YamlSource& source) {
    std::string_view text = source.text;
    auto problem = [&](int line, int column, std::string message) {
        return Diagnostic{source.name, line, column, std::move(message)};
    };
    if (text.size() > max_yaml_bytes) {
        return problem(0, 0, too_large_message(source.kind, text.size()));
    }
    int line = 1;
    int column = 1;
    int depth = 0;
    std::size_t indent = 0;
    bool line_start = true;
    bool comment = false;
    bool content_seen = false; // anything but blanks and comments so far
    std::size_t values = 0;
    auto ends_token = [&](std::size_t at) {
        return at + 1 >= text.size() || text[at + 1] == ' ' || text[at + 1] == '\t' ||
               text[at + 1] == '\n' || text[at + 1] == '\r';
    };
    for (std::size_t i = 0; i < text.size();) {
        auto byte = static_cast<unsigned char>(text[i]);
        std::size_t length = core::utf8_sequence_length(text, i);
        if (length == 0) {
            return problem(line, column, core::describe_byte(text, i) + "; save the file as UTF-8");
        }
        if (byte != '\t' && byte != '\n' && byte != '\r' &&
            core::find_unprintable(text.substr(i, length)) == 0) {
            return problem(line, column, core::describe_byte(text, i) + " is not allowed");
        }
        if (byte == '\n') {
            ++line;
            column = 1;
            indent = 0;
            line_start = true;
            comment = false;
            ++i;
            continue;
        }
        if (column == 1 && !comment && is_directive(text, i, content_seen)) {
            return problem(line, column,
                           "YAML directive " + core::quoted(line_at(text, i)) +
                               " is not supported; delete the line");
        }
        if (column == 1 && is_document_marker(text, i) && (content_seen || byte == '.')) {
            return problem(line, column,
                           "more than one YAML document; " + std::string(source.holds));
        }
        if (line_start && (byte == ' ' || byte == '-')) {
            if (++indent > max_indent) {
                return problem(line, column,
                               "nesting deeper than " + std::to_string(max_indent) +
                                   " columns of indentation");
            }
        } else {
            line_start = false;
        }
        if (byte == '#' &&
            (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\t' || text[i - 1] == '\n')) {
            comment = true;
        }
        if (!comment && byte != ' ' && byte != '\t' && byte != '\r') {
            content_seen = true;
        }
        if (!comment && (byte == '[' || byte == '{') && ++depth > max_nesting) {
            return problem(line, column,
                           "brackets nested deeper than " + std::to_string(max_nesting) +
                               " levels");
        }
        if (!comment && (byte == ']' || byte == '}') && depth > 0) {
            --depth;
        }
        bool value = (byte == ',' && depth > 0) || (byte == ':' && ends_token(i)) ||
                     (byte == '-' && line_start && ends_token(i));
        if (!comment && value && ++values > max_yaml_values) {
            return problem(line, column,
                           "more than " + std::to_string(max_yaml_values) +
                               " keys and list items; a " + std::string(source.kind) +
                               " has a few hundred");
        }
        ++column;
        i += length;
    }
    return std::nullopt;
}

bool has_yaml_content(std::string_view text) {
    std::size_t at = 0;
    while (at < text.size()) {
        std::size_t end = std::min(text.find('\n', at), text.size());
        std::string_view line = core::trim_blanks(text.substr(at, end - at));
        if (!line.empty() && line != "\r" && line.front() != '#') {
            return true;
        }
        at = end + 1;
    }
    return false;
}

} // namespace backplan::io
