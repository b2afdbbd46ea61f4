#pragma once

// The fields of a log line as people write it by hand, for the log line codec (core/log_line).

#include "core/text.hpp"

#include <algorithm>
#include <string_view>

namespace backplan::core {

inline bool is_space(char c) {
    return c == ' ' || c == '\t';
}

// The fields of a hand-edited line: runs of spaces or tabs between them.
class Fields {
  public:
    explicit Fields(std::string_view line)
        : m_line(line), m_has_tab(line.find('\t') != std::string_view::npos) {
        skip_blanks();
    }
    bool at_end() const { return m_at == m_line.size(); }
    char peek() const { return m_line[m_at]; }
    // Where the next field starts, from 0.
    std::size_t position() const { return m_at; }
    // The next field, and the blanks after it skipped.
    std::string_view next() {
        std::size_t start = m_at;
        m_at = field_end();
        std::string_view field = m_line.substr(start, m_at - start);
        skip_blanks();
        return field;
    }
    // The next field, left to read.
    std::string_view peek_field() const { return m_line.substr(m_at, field_end() - m_at); }
    // The fields from `from` (a position) to the end of the last one read, as written.
    std::string_view since(std::size_t from) const {
        return trim_blanks(m_line.substr(from, m_at - from));
    }

  private:
    std::size_t field_end() const {
        if (m_has_tab) {
            std::size_t end = m_at;
            while (end < m_line.size() && !is_space(m_line[end])) {
                ++end;
            }
            return end;
        }
        // Without tabs (as backplan writes lines), a field ends at the next space: one memchr.
        return std::min(m_line.find(' ', m_at), m_line.size());
    }
    void skip_blanks() {
        while (m_at < m_line.size() && is_space(m_line[m_at])) {
            ++m_at;
        }
    }

    std::string_view m_line;
    bool m_has_tab;
    std::size_t m_at = 0;
};

} // namespace backplan::core
