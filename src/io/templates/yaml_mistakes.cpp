#include "io/templates/yaml_mistakes.hpp"

#include "core/text.hpp"

#include <vector>

namespace backplan::io {
namespace {

// What one line holds, read from a column on: the mapping colon (at bracket depth 0), a quote
// not closed on the line, where its content ends (before a comment), and the bracket depth
// after it.
struct LineScan {
    std::size_t colon = std::string_view::npos;
    std::size_t open_quote = std::string_view::npos;
    std::size_t end = 0;
    int depth = 0;
};

bool blank(char c) {
    return c == ' ' || c == '\t';
}

LineScan scan(std::string_view line, std::size_t from, int depth) {
    LineScan s;
    s.depth = depth;
    std::size_t i = from;
    while (i < line.size()) {
        char c = line[i];
        if (c == '#' && (i == 0 || blank(line[i - 1]))) {
            break;
        }
        // A quote opens text only where a value starts, not inside a word ("don't").
        bool starts = i == from || blank(line[i - 1]) || line[i - 1] == '[' || line[i - 1] == '{' ||
                      line[i - 1] == ',';
        if ((c == '"' || c == '\'') && starts) {
            std::size_t close = closing_quote(line, i);
            if (close == std::string_view::npos) {
                s.open_quote = i;
                s.end = line.size();
                return s;
            }
            i = close + 1;
            continue;
        }
        if (c == '[' || c == '{') {
            ++s.depth;
        } else if ((c == ']' || c == '}') && s.depth > 0) {
            --s.depth;
        } else if (c == ':' && s.depth == 0 && s.colon == std::string_view::npos &&
                   (i + 1 == line.size() || blank(line[i + 1]))) {
            s.colon = i;
        }
        ++i;
    }
    s.end = i;
    while (s.end > from && blank(line[s.end - 1])) {
        --s.end;
    }
    return s;
}

// A block of mappings and lists open at a column: the last key seen in a mapping.
struct Level {
    std::size_t column;
    bool list;
    std::string key;
};

class Scanner {
  public:
    explicit Scanner(std::string_view name) : m_name(name) {}

    // The mistake on the line, or std::nullopt.
    std::optional<Diagnostic> line(int number, std::string_view line);

  private:
    Diagnostic at(std::string_view line, std::size_t i, std::string message) const {
        return {std::string(m_name), m_number,
                static_cast<int>(core::text_length(line.substr(0, i))) + 1, std::move(message)};
    }
    std::optional<Diagnostic> indentation(std::string_view line, std::size_t first, bool dash,
                                          const std::string& key);

    std::string_view m_name;
    int m_number = 0;
    std::vector<Level> m_levels;
    int m_depth = 0;          // brackets left open by the lines before
    bool m_opens = false;     // the line before ends in a key with no value, or a lone '-'
    std::size_t m_opened = 0; // the column of that key or '-'
    std::size_t m_block = std::string_view::npos; // in a block scalar under a key at this column
};

std::optional<Diagnostic> Scanner::line(int number, std::string_view line) {
    m_number = number;
    if (line.ends_with('\r')) {
        line.remove_suffix(1);
    }
    std::size_t first = line.find_first_not_of(" \t");
    bool empty = first == std::string_view::npos || line[first] == '#';
    if (m_block != std::string_view::npos) {
        if (empty || line.find_first_not_of(' ') > m_block) {
            return std::nullopt; // the block's own text, tabs and all
        }
        m_block = std::string_view::npos;
    }
    if (empty) {
        return std::nullopt;
    }
    if (m_depth > 0) { // inside brackets opened above: only quotes and brackets count
        LineScan s = scan(line, first, m_depth);
        m_depth = s.depth;
        if (s.open_quote != std::string_view::npos) {
            return at(line, s.open_quote,
                      "the quoted text is never closed; end it with " +
                          std::string(1, line[s.open_quote]) + " on the same line");
        }
        return std::nullopt;
    }
    if (std::size_t tab = line.find('\t'); tab < first) {
        return at(line, tab,
                  "a tab in the indentation; indent with spaces, as YAML allows no tabs");
    }
    std::size_t content = first;
    bool dash = false;
    while (line[content] == '-' && (content + 1 == line.size() || blank(line[content + 1]))) {
        dash = true;
        content = line.find_first_not_of(" \t", content + 1);
        if (content == std::string_view::npos) {
            content = line.size();
            break;
        }
    }
    LineScan s = scan(line, content, 0);
    std::string key;
    if (s.colon != std::string_view::npos && s.colon > content) {
        key = std::string(core::trim_blanks(line.substr(content, s.colon - content)));
    }
    if (!dash && key.empty() && !m_opens && !m_levels.empty() && first > m_levels.back().column) {
        m_depth = s.depth;
        return std::nullopt; // the plain text of the value above, folded onto this line
    }
    if (std::optional<Diagnostic> problem = indentation(line, first, dash, key)) {
        return problem;
    }
    if (s.open_quote != std::string_view::npos) {
        return at(line, s.open_quote,
                  "the quoted text is never closed; end it with " +
                      std::string(1, line[s.open_quote]) + " on the same line");
    }
    if (dash) {
        if (!key.empty()) {
            m_levels.push_back({content, false, key});
        }
    } else if (key.empty() && s.colon == std::string_view::npos && !(m_opens && first > m_opened)) {
        std::string_view text = line.substr(content, s.end - content);
        std::size_t word = text.find_first_of(" \t");
        if (text.front() != '[' && text.front() != '{' && text.front() != '|' &&
            text.front() != '>' && text.front() != '"' && text.front() != '\'') {
            std::string_view name = text.substr(0, word);
            std::string_view rest =
                word == std::string_view::npos ? "" : core::trim_blanks(text.substr(word));
            return at(line, content + name.size(),
                      "a colon is missing after " + core::quoted(name) + "; write " +
                          core::quoted(std::string(name) + ":" + (rest.empty() ? "" : " ") +
                                       std::string(rest)));
        }
    }
    std::string_view value = s.colon == std::string_view::npos
                                 ? std::string_view()
                                 : core::trim_blanks(line.substr(s.colon + 1, s.end - s.colon - 1));
    m_opens = (!key.empty() && value.empty()) || (dash && content == line.size());
    m_opened = key.empty() ? first : content;
    if (!value.empty() && (value.front() == '|' || value.front() == '>') &&
        value.find_first_not_of("|>-+0123456789") == std::string_view::npos) {
        m_block = content;
    }
    m_depth = s.depth;
    return std::nullopt;
}

// Checks the line's first column against the blocks open above, and leaves them as the line
// does: a key lines up with the keys of its mapping; deeper, it opens one under a key with no
// value.
std::optional<Diagnostic> Scanner::indentation(std::string_view line, std::size_t first, bool dash,
                                               const std::string& key) {
    bool child = m_opens && (first > m_opened || (dash && first == m_opened));
    if (!child && !m_levels.empty() && first > m_levels.back().column && !key.empty() && !dash &&
        !m_levels.back().list) {
        const Level& above = m_levels.back();
        return at(line, first,
                  core::quoted(key) + " is indented deeper than " + core::quoted(above.key) +
                      " above it; indent it " +
                      core::counted(static_cast<long long>(above.column), "space", "spaces") +
                      ", as " + core::quoted(above.key) + " is");
    }
    std::optional<Level> deeper;
    if (!child) {
        while (!m_levels.empty() &&
               (m_levels.back().column > first ||
                (m_levels.back().column == first && m_levels.back().list && !dash))) {
            if (!m_levels.back().list) {
                deeper = m_levels.back();
            }
            m_levels.pop_back();
        }
    }
    if (!child && !m_levels.empty() && m_levels.back().column != first && !key.empty()) {
        std::string message = core::quoted(key) + " is indented " +
                              core::counted(static_cast<long long>(first), "space", "spaces") +
                              ", lined up with no key above; indent it ";
        const Level* shallower = nullptr;
        for (auto it = m_levels.rbegin(); it != m_levels.rend() && !shallower; ++it) {
            shallower = it->list ? nullptr : &*it;
        }
        if (deeper) {
            message += std::to_string(deeper->column) + " (as " + core::quoted(deeper->key) + ")";
        }
        if (shallower) {
            message += std::string(deeper ? " or " : "") + std::to_string(shallower->column) +
                       " (as " + core::quoted(shallower->key) + ")";
        }
        return at(line, first, message);
    }
    if (dash && (m_levels.empty() || m_levels.back().column != first || !m_levels.back().list)) {
        m_levels.push_back({first, true, ""});
    } else if (!dash && !key.empty()) {
        if (m_levels.empty() || m_levels.back().column != first) {
            m_levels.push_back({first, false, key});
        }
        m_levels.back().key = key;
    }
    return std::nullopt;
}

} // namespace

std::size_t closing_quote(std::string_view text, std::size_t i) {
    char quote = text[i];
    for (std::size_t j = i + 1; j < text.size(); ++j) {
        if (quote == '"' && text[j] == '\\') {
            ++j; // an escaped character
        } else if (text[j] == quote) {
            if (quote == '\'' && j + 1 < text.size() && text[j + 1] == '\'') {
                ++j; // '' is a quote inside single quotes
            } else {
                return j;
            }
        }
    }
    return std::string_view::npos;
}

std::optional<Diagnostic> yaml_mistake(std::string_view name, std::string_view text) {
    Scanner scanner(name);
    int number = 0;
    for (std::size_t at = 0; at <= text.size();) {
        std::size_t end = std::min(text.find('\n', at), text.size());
        if (std::optional<Diagnostic> problem = scanner.line(++number, text.substr(at, end - at))) {
            return problem;
        }
        at = end + 1;
    }
    return std::nullopt;
}

} // namespace backplan::io
