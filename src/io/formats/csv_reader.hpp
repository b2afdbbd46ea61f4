#pragma once

// CSV text to fields (RFC 4180, read through libcsv): what the exports of other training apps
// are. Pure: lines of text in, fields out.

#include "core/error.hpp"

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace backplan::io {

// The separator of a CSV file whose first line is header_line: ';' when the line holds more
// semicolons than commas outside quotes (older exports in locales with a decimal comma), else ','.
char csv_separator(std::string_view header_line);

// CSV that does not read, and the 1-based line where.
class CsvError : public ValueError {
  public:
    CsvError(std::size_t line, const std::string& message) : ValueError(message), m_line(line) {}
    std::size_t line() const { return m_line; }

  private:
    std::size_t m_line;
};

// Called with each record: the 1-based line it starts on, and its fields.
using CsvVisitor = std::function<void(std::size_t line, const std::vector<std::string>& fields)>;

// Reads CSV a line at a time, in memory for one record: fields separated by the separator
// (csv_separator of the first line when 0), quoted fields holding separators, doubled quotes and
// line breaks, records ended by LF or CR LF, a UTF-8 byte-order mark before the first line
// dropped, blank lines skipped, spaces and tabs around an unquoted field dropped.
class CsvReader {
  public:
    explicit CsvReader(CsvVisitor visit, char separator = 0);
    ~CsvReader();
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;
    // Reads the next line, without its newline (a CR before it is read as part of the line end).
    // Throws CsvError for a quote that neither opens nor closes a field.
    void line(std::string_view text);
    // Ends the text; throws CsvError for a quoted field that never ends.
    void finish();

    struct State; // what libcsv's callbacks fill

  private:
    std::unique_ptr<State> m_state;
};

// Reads the whole text with a CsvReader, line by line.
void read_csv(std::string_view text, const CsvVisitor& visit, char separator = 0);

} // namespace backplan::io
