#pragma once

// Printing the problems of one file, a bounded number of them: a file with tens of thousands
// prints the first few and how many more there were, while the exit status counts them all.

#include "core/error.hpp"

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace backplan::cli {

// The most problems printed for one file; the rest are only counted.
inline constexpr std::size_t max_problems_shown = 100;

// "19,900": a count with its thousands separated, as in "... and 19,900 more problems".
std::string with_thousands(std::size_t count);

// Prints the problems of one file through print, one line each, the first max_problems_shown
// of them; finish prints how many more there were.
class ProblemPrinter {
  public:
    ProblemPrinter(std::string file, std::function<void(const std::string& line)> print)
        : m_file(std::move(file)), m_print(std::move(print)) {}

    // Prints the line, or counts it once max_problems_shown were printed.
    void print(const std::string& line);
    // "... and N more problems in FILE", when there were more than were printed.
    void finish();
    // Every problem given, printed or not.
    std::size_t count() const { return m_count; }
    // Counts problems that are not printed: those past max_problems_shown.
    void skip(std::size_t count) { m_count += count; }
    // True when the next problem given is printed: what only a printed line needs can wait.
    bool printing() const { return m_count < max_problems_shown; }

  private:
    std::string m_file;
    std::function<void(const std::string&)> m_print;
    std::size_t m_count = 0;
};

// Prints every diagnostic through print, each file's through its own ProblemPrinter.
void print_diagnostics(const std::vector<Diagnostic>& diagnostics,
                       const std::function<void(const std::string& line)>& print);

} // namespace backplan::cli
