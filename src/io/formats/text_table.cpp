#include "io/formats/text_table.hpp"

#include "io/formats/display_width.hpp"
#include "io/formats/text_writer.hpp"

#include <algorithm>
#include <string_view>

namespace backplan::io {
namespace {

constexpr std::size_t gap = 2;
// The last column is wrapped rather than others cut while it has at least this much room.
constexpr std::size_t last_column_room = 24;

std::string without_trailing_spaces(std::string_view text) {
    std::string result;
    for (std::size_t start = 0;;) {
        std::size_t end = std::min(text.find('\n', start), text.size());
        std::string_view line = text.substr(start, end - start);
        result += line.substr(0, line.find_last_not_of(' ') + 1); // npos + 1: all spaces
        if (end == text.size()) {
            return result;
        }
        result += '\n';
        start = end + 1;
    }
}

} // namespace

TextTable::TextTable(std::vector<TableColumn> columns, std::size_t indent, std::size_t width)
    : m_columns(std::move(columns)), m_indent(indent), m_width(width),
      m_measured(m_columns.size(), 0) {}

void TextTable::add_row(std::vector<std::string> cells, std::string last_colour) {
    cells.resize(m_columns.size());
    m_entries.push_back({true, std::move(cells), std::move(last_colour)});
}

void TextTable::add_line(std::string line) {
    m_entries.push_back({false, {std::move(line)}, {}});
}

void TextTable::measure(const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size() && i < m_measured.size(); ++i) {
        m_measured[i] = std::max(m_measured[i], display_width(cells[i]));
    }
}

std::vector<std::size_t> TextTable::column_widths() const {
    std::vector<std::size_t> widths = m_measured;
    for (const Entry& entry : m_entries) {
        for (std::size_t i = 0; entry.is_row && i < widths.size(); ++i) {
            widths[i] = std::max(widths[i], display_width(entry.cells[i]));
        }
    }
    if (widths.empty()) {
        return widths;
    }
    std::size_t total =
        m_indent + gap * (widths.size() - 1) + std::min(widths.back(), last_column_room);
    for (std::size_t i = 0; i + 1 < widths.size(); ++i) {
        total += widths[i];
    }
    for (std::size_t i = 0; i + 1 < widths.size() && total > m_width; ++i) {
        if (m_columns[i].may_cut) {
            std::size_t cut =
                std::min(total - m_width, widths[i] - std::min(widths[i], m_columns[i].min_width));
            widths[i] -= cut;
            total -= cut;
        }
    }
    return widths;
}

void TextTable::write(std::ostream& out) const {
    std::vector<std::size_t> widths = column_widths();
    for (const Entry& entry : m_entries) {
        if (entry.is_row) {
            write_row(out, widths, entry.cells, entry.last_colour);
        } else {
            out << entry.cells.front() << '\n';
        }
    }
}

void TextTable::write_row(std::ostream& out, const std::vector<std::size_t>& widths,
                          const std::vector<std::string>& cells,
                          const std::string& last_colour) const {
    if (widths.empty()) {
        out << '\n';
        return;
    }
    // A row may give fewer cells than there are columns: the rest are empty.
    auto cell_at = [&](std::size_t i) {
        return i < cells.size() ? std::string_view(cells[i]) : std::string_view();
    };
    // One line built in place, in a buffer kept from row to row (a report of years writes
    // thousands): the cells before the last, each fitted to its column.
    std::string& line = m_line;
    line.assign(m_indent, ' ');
    for (std::size_t i = 0; i + 1 < widths.size(); ++i) {
        append_fitted(line, cell_at(i), widths[i], m_columns[i].right);
        line.append(gap, ' ');
    }
    std::size_t prefix_size = line.size();
    // The last column, wrapped under itself; right-aligned cells are short numbers.
    std::string_view cell = cell_at(m_columns.size() - 1);
    if (!m_columns.back().right) {
        line = without_trailing_spaces(
            wrap_text(cell, m_width, line, std::string(display_width(line), ' ')));
    } else {
        append_padded(line, cell, widths.back(), true);
        if (cell.find('\n') == std::string_view::npos) {
            line.erase(line.find_last_not_of(' ') + 1); // npos + 1: all spaces
        } else {
            line = without_trailing_spaces(line);
        }
    }
    if (!last_colour.empty() && !cell.empty()) {
        line.insert(prefix_size, "\033[" + last_colour + "m");
        line += "\033[0m";
    }
    line += '\n';
    out.write(line.data(), static_cast<std::streamsize>(line.size()));
}

} // namespace backplan::io
