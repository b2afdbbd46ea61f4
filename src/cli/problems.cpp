#include "cli/problems.hpp"

#include "core/text.hpp"

namespace backplan::cli {

std::string with_thousands(std::size_t count) {
    std::string digits = std::to_string(count);
    for (std::size_t at = digits.size(); at > 3; at -= 3) {
        digits.insert(at - 3, ",");
    }
    return digits;
}

void ProblemPrinter::print(const std::string& line) {
    if (++m_count <= max_problems_shown) {
        m_print(line);
    }
}

void ProblemPrinter::finish() {
    if (m_count > max_problems_shown) {
        std::size_t more = m_count - max_problems_shown;
        m_print("... and " + with_thousands(more) +
                (more == 1 ? " more problem in " : " more problems in ") + m_file);
    }
}

void print_diagnostics(const std::vector<Diagnostic>& diagnostics,
                       const std::function<void(const std::string& line)>& print) {
    for (std::size_t start = 0; start < diagnostics.size();) {
        ProblemPrinter printer(diagnostics[start].file, print);
        std::size_t end = start;
        for (; end < diagnostics.size() && diagnostics[end].file == diagnostics[start].file;
             ++end) {
            printer.print(to_string(diagnostics[end]));
        }
        printer.finish();
        start = end;
    }
}

} // namespace backplan::cli
