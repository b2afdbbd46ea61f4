#pragma once

// Rows of text in columns that line up, measured in display columns (io/display_width.hpp),
// within the text outputs' width: what `today`, `why`, `report` and `show` print their rows with.

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

namespace backplan::io {

// How one column of a TextTable is laid out.
struct TableColumn {
    // Cut (with a marker) when the row would be too wide, down to min_width at the least;
    // columns that may be cut are cut left to right.
    bool may_cut = false;
    std::size_t min_width = 0;
    bool right = false; // aligned to the right, as numbers are
};

// A table written as text: each column as wide as its widest cell, a gap between columns, and
// the last column wrapped under itself when the line would pass the width. Lines of their own
// (headings) may come between the rows.
class TextTable {
  public:
    // A table of these columns, each row starting with indent spaces.
    explicit TextTable(std::vector<TableColumn> columns, std::size_t indent = 2,
                       std::size_t width = 80);

    // Adds a row: one cell per column (fewer leaves the rest empty), the last one in the ANSI
    // colour last_colour ("32": green) when one is given; the colour takes no columns.
    void add_row(std::vector<std::string> cells, std::string last_colour = {});
    // Adds a line written as it is, outside the columns.
    void add_line(std::string line);

    // The widths of the columns as they will be written.
    std::vector<std::size_t> column_widths() const;
    // Writes the rows and lines in the order added, without spaces at the ends of lines.
    void write(std::ostream& out) const;

    // A table too long to hold (a report of years): each row is measured in a first pass, which
    // keeps only the widths, then written in a second with write_row and column_widths().
    void measure(const std::vector<std::string>& cells);
    void write_row(std::ostream& out, const std::vector<std::size_t>& widths,
                   const std::vector<std::string>& cells,
                   const std::string& last_colour = {}) const;

  private:
    struct Entry {
        bool is_row = true;
        std::vector<std::string> cells; // a line of its own: one cell
        std::string last_colour;
    };

    std::vector<TableColumn> m_columns;
    std::size_t m_indent;
    std::size_t m_width;
    std::vector<std::size_t> m_measured; // the widest cell of each column measured
    std::vector<Entry> m_entries;
    mutable std::string m_line; // the row write_row builds, its room kept for the next
};

} // namespace backplan::io
