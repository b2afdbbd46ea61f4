#include "io/templates/yaml_mistakes.hpp"

#include "core/text.hpp"
#include "io/templates/yaml_line_scan.hpp"

#include <algorithm>
#include <utility>
#include <vector>

namespace backplan::io {
namespace {

// A block of mappings and lists open at a column: the last key seen in a mapping, the line of
// the last '-' seen in a list.
struct Level {
    std::size_t column;
    bool list;
    std::string key;
    int line = 0;
};

// A word as the template's and the config file's keys are written: lowercase, digits, '_', '-'.
bool key_like(std::string_view word) {
    return !word.empty() && word.front() >= 'a' && word.front() <= 'z' &&
           word.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_-") ==
               std::string_view::npos;
}

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
    std::optional<Diagnostic> quote_problem(std::string_view line, const LineScan& s) const;
    Diagnostic colon_missing(std::string_view line, std::size_t from, std::size_t end) const;

    std::string_view m_name;
    int m_number = 0;
    std::vector<Level> m_levels;
    int m_depth = 0;          // brackets left open by the lines before
    bool m_opens = false;     // the line before ends in a key with no value, or a lone '-'
    std::size_t m_opened = 0; // the column of that key or '-'
    std::size_t m_block = std::string_view::npos;  // in a block scalar under a key at this column
    std::size_t m_indent = std::string_view::npos; // the block's indentation, from its first line
    int m_indent_line = 0;
    std::size_t m_short = std::string_view::npos; // the indentation of a block the line ended
    int m_root_line = 0;                          // the document's first line, its column and key
    std::size_t m_root_column = 0;
    std::string m_root_key;
    // A word with no colon where a key may stand, named if a key follows at its column.
    std::optional<Diagnostic> m_unkeyed;
    std::size_t m_unkeyed_column = 0;
};

std::optional<Diagnostic> Scanner::line(int number, std::string_view line) {
    m_number = number;
    if (line.ends_with('\r')) {
        line.remove_suffix(1);
    }
    std::size_t first = line.find_first_not_of(" \t");
    bool empty = first == std::string_view::npos || line[first] == '#';
    if (m_block != std::string_view::npos) {
        std::size_t indent = line.find_first_not_of(' ');
        if (empty) {
            return std::nullopt;
        }
        if (m_indent == std::string_view::npos && indent > m_block) {
            m_indent = indent;
            m_indent_line = number;
        }
        if (m_indent != std::string_view::npos && indent >= m_indent) {
            return std::nullopt; // the block's own text, tabs and all
        }
        m_short = indent > m_block ? m_indent : std::string_view::npos;
        m_block = m_indent = std::string_view::npos;
    }
    if (empty) {
        return std::nullopt;
    }
    if (m_depth > 0) { // inside brackets opened above: only quotes and brackets count
        LineScan s = scan_line(line, first, m_depth);
        m_depth = s.depth;
        return quote_problem(line, s);
    }
    if (std::size_t tab = line.find('\t'); tab < first) {
        return at(line, tab,
                  "a tab in the indentation; indent with spaces, as YAML allows no tabs");
    }
    std::size_t content = first;
    bool dash = false;
    std::vector<std::size_t> inner; // the columns of the '-' after the first ("- - x")
    while (line[content] == '-' && (content + 1 == line.size() || blank(line[content + 1]))) {
        if (dash) {
            inner.push_back(content);
        }
        dash = true;
        content = line.find_first_not_of(" \t", content + 1);
        if (content == std::string_view::npos) {
            content = line.size();
            break;
        }
    }
    LineScan s = scan_line(line, content, 0);
    std::string key;
    if (s.colon != std::string_view::npos && s.colon > content) {
        key = std::string(core::trim_blanks(line.substr(content, s.colon - content)));
    }
    if (std::optional<Diagnostic> unkeyed = std::exchange(m_unkeyed, std::nullopt);
        unkeyed && !dash && !key.empty() && first == m_unkeyed_column) {
        return unkeyed; // the word above, lined up with this key, was meant as one
    }
    if (std::size_t deep = std::exchange(m_short, std::string_view::npos);
        deep != std::string_view::npos && key.empty() && !dash) {
        return at(line, first,
                  "the text is indented " +
                      core::counted(static_cast<long long>(first), "space", "spaces") +
                      ", less than its first line; indent it " +
                      core::counted(static_cast<long long>(deep), "space", "spaces") +
                      ", as line " + std::to_string(m_indent_line) + " is");
    }
    if (m_root_line == 0) {
        m_root_line = number;
        m_root_column = first;
        m_root_key = dash ? "" : key;
    }
    if (!dash && key.empty() && !m_opens && !m_levels.empty() && first > m_levels.back().column) {
        m_depth = s.depth;
        return std::nullopt; // the plain text of the value above, folded onto this line
    }
    if (std::optional<Diagnostic> problem = indentation(line, first, dash, key)) {
        return problem;
    }
    if (std::optional<Diagnostic> problem = quote_problem(line, s)) {
        return problem;
    }
    std::string_view text = line.substr(content, s.end - content);
    bool plain =
        !text.empty() && std::string_view("[{|>\"'").find(text.front()) == std::string_view::npos;
    std::string_view word = text.substr(0, text.find_first_of(" \t"));
    if (dash) {
        for (std::size_t column : inner) {
            m_levels.push_back({column, true, "", number});
        }
        if (!key.empty()) {
            m_levels.push_back({content, false, key, number});
        } else if (plain && s.colon == std::string_view::npos && key_like(word)) {
            m_unkeyed = colon_missing(line, content, s.end);
            m_unkeyed_column = content;
        }
    } else if (key.empty() && s.colon == std::string_view::npos && plain) {
        if (!(m_opens && first > m_opened)) {
            return colon_missing(line, content, s.end);
        }
        // Text under a key with no value is its value, unless it reads as a key: a word then
        // brackets (which hold a colon), or a word a key lines up with below.
        if (key_like(word)) {
            std::size_t after = text.find_first_not_of(" \t", word.size());
            if (after != std::string_view::npos && (text[after] == '{' || text[after] == '[')) {
                return colon_missing(line, content, s.end);
            }
            m_unkeyed = colon_missing(line, content, s.end);
            m_unkeyed_column = first;
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

// A quote not closed on the line, or a single quote closed by an apostrophe, or std::nullopt.
std::optional<Diagnostic> Scanner::quote_problem(std::string_view line, const LineScan& s) const {
    if (s.open_quote != std::string_view::npos) {
        return at(line, s.open_quote,
                  "the quoted text is never closed; end it with " +
                      std::string(1, line[s.open_quote]) + " on the same line");
    }
    if (s.early_close == std::string_view::npos) {
        return std::nullopt;
    }
    return at(line, s.early_close,
              "an apostrophe ends the single-quoted text; write it twice, " +
                  single_quoted_as_meant(line, s) + ", or use double quotes");
}

// "a colon is missing after WORD; write 'WORD: REST'", for the text from `from` to `end`.
Diagnostic Scanner::colon_missing(std::string_view line, std::size_t from, std::size_t end) const {
    std::string_view text = line.substr(from, end - from);
    std::size_t word = text.find_first_of(" \t");
    std::string_view name = text.substr(0, word);
    std::string_view rest =
        word == std::string_view::npos ? "" : core::trim_blanks(text.substr(word));
    return at(line, from + name.size(), colon_missing_message(name, rest));
}

// Checks the line's first column against the blocks open above, and leaves them as the line
// does: a key lines up with the keys of its mapping, a '-' with the items of its list; deeper,
// either opens one under a key with no value.
std::optional<Diagnostic> Scanner::indentation(std::string_view line, std::size_t first, bool dash,
                                               const std::string& key) {
    if (first < m_root_column && !dash && !key.empty() && !m_root_key.empty()) {
        // yaml-cpp ends the document at a line left of its first, and reads no further.
        return Diagnostic{
            std::string(m_name), m_root_line, static_cast<int>(m_root_column) + 1,
            core::quoted(m_root_key) + " is indented " +
                core::counted(static_cast<long long>(m_root_column), "space", "spaces") +
                ", deeper than " + core::quoted(key) + " below it; indent it " +
                core::counted(static_cast<long long>(first), "space", "spaces") + ", as " +
                core::quoted(key) + " is"};
    }
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
    std::optional<Level> item; // the list nearest the line's column, of those it closes
    if (!child) {
        while (!m_levels.empty() &&
               (m_levels.back().column > first ||
                (m_levels.back().column == first && m_levels.back().list && !dash))) {
            (m_levels.back().list ? item : deeper) = m_levels.back();
            m_levels.pop_back();
        }
    }
    bool sibling = !m_levels.empty() && m_levels.back().column == first && m_levels.back().list;
    if (dash && !child && !sibling) {
        // Of the list it closes and the list around it, the one whose column is nearer.
        auto around = std::find_if(m_levels.rbegin(), m_levels.rend(),
                                   [](const Level& level) { return level.list; });
        if (around != m_levels.rend() &&
            (!item || first - around->column <= item->column - first)) {
            item = *around;
        }
        if (item) {
            return at(line, first,
                      "the '-' is indented " +
                          core::counted(static_cast<long long>(first), "space", "spaces") +
                          ", lined up with no item above; indent it " +
                          core::counted(static_cast<long long>(item->column), "space", "spaces") +
                          ", as the '-' on line " + std::to_string(item->line) + " is");
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
    if (dash && !sibling) {
        m_levels.push_back({first, true, "", m_number});
    } else if (dash) {
        m_levels.back().line = m_number;
    } else if (!key.empty()) {
        if (m_levels.empty() || m_levels.back().column != first) {
            m_levels.push_back({first, false, key, m_number});
        }
        m_levels.back().key = key;
    }
    return std::nullopt;
}

} // namespace

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
