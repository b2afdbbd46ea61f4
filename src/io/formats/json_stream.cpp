#include "io/formats/json_stream.hpp"

#include <nlohmann/json.hpp>

namespace backplan::io {

void JsonStream::place() {
    if (m_after_key || m_closing.empty()) {
        m_after_key = false;
        return;
    }
    m_out << (m_empty.back() ? "\n" : ",\n") << std::string(2 * m_closing.size(), ' ');
    m_empty.back() = false;
}

void JsonStream::open(char bracket, char closing) {
    place();
    m_out << bracket;
    m_closing.push_back(closing);
    m_empty.push_back(true);
}

JsonStream& JsonStream::object() {
    open('{', '}');
    return *this;
}

JsonStream& JsonStream::array() {
    open('[', ']');
    return *this;
}

JsonStream& JsonStream::close() {
    char closing = m_closing.back();
    bool empty = m_empty.back();
    m_closing.pop_back();
    m_empty.pop_back();
    if (!empty) {
        m_out << '\n' << std::string(2 * m_closing.size(), ' ');
    }
    m_out << closing;
    return *this;
}

JsonStream& JsonStream::key(std::string_view name) {
    string(name);
    m_out << ": ";
    m_after_key = true;
    return *this;
}

JsonStream& JsonStream::string(std::string_view text) {
    place();
    // nlohmann's own escaping, so that the output is what dump() gave.
    m_out << nlohmann::json(text).dump();
    return *this;
}

JsonStream& JsonStream::number(long long value) {
    place();
    m_out << value;
    return *this;
}

JsonStream& JsonStream::null() {
    place();
    m_out << "null";
    return *this;
}

JsonStream& JsonStream::boolean(bool value) {
    place();
    m_out << (value ? "true" : "false");
    return *this;
}

void JsonStream::finish() {
    m_out << '\n';
}

} // namespace backplan::io
