#pragma once

// JSON written as it goes, laid out as nlohmann::json's dump(2) lays it out: a plan or a report
// of any length is never held whole as a document or a string (backplan(1), LIMITS).

#include <cstddef>
#include <ostream>
#include <string_view>
#include <vector>

namespace backplan::io {

class JsonStream {
  public:
    explicit JsonStream(std::ostream& out) : m_out(out) {}

    // Opens an object or an array: as the document, as the value of the key just written, or
    // as an item of the array open now. close ends the innermost one.
    JsonStream& object();
    JsonStream& array();
    JsonStream& close();
    // The key of the next member of the object open now.
    JsonStream& key(std::string_view name);
    // A value, in the same places as object and array.
    JsonStream& string(std::string_view text);
    JsonStream& number(long long value);
    JsonStream& null();
    JsonStream& boolean(bool value);
    // Ends the document with a newline.
    void finish();

  private:
    void place();
    void open(char bracket, char closing);

    std::ostream& m_out;
    std::vector<char> m_closing; // the closing bracket of each open container
    std::vector<bool> m_empty;   // whether each open container has no member yet
    bool m_after_key = false;
};

} // namespace backplan::io
