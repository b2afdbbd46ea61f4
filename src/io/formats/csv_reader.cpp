#include "io/formats/csv_reader.hpp"

#include "core/log_line.hpp"

#include <csv.h>
#include <new>

namespace backplan::io {

struct CsvReader::State {
    csv_parser parser{};
    CsvVisitor visit;
    char separator = 0;
    std::vector<std::string> fields;
    std::size_t used = 0;  // fields of the record under way; the vector's strings are reused
    std::size_t line = 0;  // the line being read
    std::size_t start = 0; // the line the record under way started on; 0 between records
};

namespace {

void on_field(void* data, std::size_t length, void* state_pointer) {
    auto& state = *static_cast<CsvReader::State*>(state_pointer);
    if (state.start == 0) {
        state.start = state.line; // a record after a CR alone, within the line
    }
    if (state.used == state.fields.size()) {
        state.fields.emplace_back();
    }
    state.fields[state.used++].assign(data == nullptr ? "" : static_cast<const char*>(data),
                                      length);
}

void on_record(int /*terminator*/, void* state_pointer) {
    auto& state = *static_cast<CsvReader::State*>(state_pointer);
    // Every record of a file has as many fields, so the strings' storage is kept between them.
    state.fields.resize(state.used);
    state.visit(state.start, state.fields);
    state.used = 0;
    state.start = 0;
}

[[noreturn]] void malformed(std::size_t line, const char* what) {
    throw CsvError(line, what);
}

} // namespace

char csv_separator(std::string_view header_line) {
    std::size_t commas = 0;
    std::size_t semicolons = 0;
    bool quoted = false;
    for (char c : header_line) {
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted) {
            commas += c == ',';
            semicolons += c == ';';
        }
    }
    return semicolons > commas ? ';' : ',';
}

CsvReader::CsvReader(CsvVisitor visit, char separator) : m_state(std::make_unique<State>()) {
    // Strict: a stray quote is a broken file, not a field to guess at.
    if (csv_init(&m_state->parser, CSV_STRICT | CSV_STRICT_FINI) != 0) {
        throw std::bad_alloc();
    }
    m_state->visit = std::move(visit);
    m_state->separator = separator;
}

CsvReader::~CsvReader() {
    csv_free(&m_state->parser);
}

void CsvReader::line(std::string_view text) {
    State& state = *m_state;
    if (++state.line == 1) {
        text = core::without_byte_order_mark(text);
        if (state.separator == 0) {
            state.separator = csv_separator(text);
        }
        csv_set_delim(&state.parser, static_cast<unsigned char>(state.separator));
    }
    // A record starts on the first line that is not blank after the last one ended (libcsv
    // passes a field on only once it ends, perhaps lines later).
    if (state.start == 0 && !text.empty() && text != "\r") {
        state.start = state.line;
    }
    bool read = csv_parse(&state.parser, text.data(), text.size(), on_field, on_record, &state) ==
                    text.size() &&
                csv_parse(&state.parser, "\n", 1, on_field, on_record, &state) == 1;
    if (!read) {
        if (csv_error(&state.parser) == CSV_ENOMEM || csv_error(&state.parser) == CSV_ETOOBIG) {
            throw std::bad_alloc();
        }
        malformed(state.line, "a quote inside a field that is not quoted, or text after a "
                              "closing quote (a quote in a field is written twice, in a field "
                              "in quotes)");
    }
}

void CsvReader::finish() {
    State& state = *m_state;
    if (csv_fini(&state.parser, on_field, on_record, &state) != 0) {
        malformed(state.start != 0 ? state.start : state.line, "a quoted field that never ends");
    }
}

void read_csv(std::string_view text, const CsvVisitor& visit, char separator) {
    CsvReader reader(visit, separator);
    while (!text.empty()) {
        std::size_t end = text.find('\n');
        reader.line(text.substr(0, end));
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    }
    reader.finish();
}

} // namespace backplan::io
