#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace backplan {

// Exit statuses from sysexits.h, as documented in backplan(1).
enum class ExitCode : int {
    ok = 0,
    some_left = 1,  // today --check: some of the day's session is left to do
    no_session = 2, // today --check: a rest day, or a paused one
    usage = 64,
    data = 65,
    no_input = 66,
    software = 70, // a bug, or a broken installation
    cannot_create = 73,
    io = 74,
    temporary = 75, // try again later: another process holds the log's lock
};

// The root of the one exception hierarchy: thrown in core and io, caught once in main, which
// prints it and exits with its code.
class Error : public std::runtime_error {
  public:
    Error(ExitCode code, const std::string& message) : std::runtime_error(message), m_code(code) {}
    ExitCode code() const { return m_code; }

  private:
    ExitCode m_code;
};

// A problem found at a place in a file; line and column are 1-based, 0 when unknown.
struct Diagnostic {
    std::string file;
    int line = 0;
    int column = 0;
    std::string message;
};

// "file:line:col: message", leaving out the parts that are unknown, with control characters
// and bytes that are not UTF-8 escaped (core::escape_bytes).
std::string to_string(const Diagnostic& diagnostic);

// Every problem found in one piece of input data (exit status 65).
class DataError : public Error {
  public:
    explicit DataError(std::vector<Diagnostic> diagnostics);
    const std::vector<Diagnostic>& diagnostics() const { return m_diagnostics; }

  private:
    std::vector<Diagnostic> m_diagnostics;
};

// A value that does not parse; the message says what was expected and what was given.
class ValueError : public Error {
  public:
    explicit ValueError(const std::string& message) : Error(ExitCode::data, message) {}
};

// A value read from user text, or why the text is not one: what the readers of user text
// return, so that a caller that reads many (the log's lines, `check`) gets each problem as a
// value. A throwing reader is such a reader and value_or_throw, so each message is written once.
template <class T> class Parsed {
  public:
    Parsed(T value) : m_value(std::move(value)) {}
    // The problem, as a ValueError would say it.
    static Parsed failure(std::string problem) { return Parsed(std::move(problem), 0); }
    explicit operator bool() const { return m_value.has_value(); }
    const T& value() const { return *m_value; }
    const std::string& problem() const { return m_problem; }
    // The value; throws ValueError with the problem when there is none.
    T value_or_throw() const {
        if (!m_value) {
            throw ValueError(m_problem);
        }
        return *m_value;
    }

  private:
    Parsed(std::string problem, int) : m_problem(std::move(problem)) {}
    std::optional<T> m_value;
    std::string m_problem;
};

} // namespace backplan
