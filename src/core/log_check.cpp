#include "core/log_check.hpp"

namespace backplan::core {

void LogChecker::check(std::size_t number, std::string_view line,
                       std::vector<LogProblem>& problems) {
    if (number == 1 && without_byte_order_mark(line).size() != line.size()) {
        line = without_byte_order_mark(line);
        problems.push_back({number, 0,
                            "the file starts with a byte-order mark; backplan writes none",
                            Severity::note});
    }
    if (!line.empty() && line.back() == '\r') {
        line.remove_suffix(1);
        if (!m_crlf_noted) {
            m_crlf_noted = true;
            problems.push_back({number, 0,
                                "the line ends in CR LF (and any later ones may); backplan "
                                "writes LF alone",
                                Severity::note});
        }
    }
    try {
        if (parse_log_line(line, m_entry, m_context) == LineKind::blank) {
            return;
        }
    } catch (const LogLineError& error) {
        problems.push_back({number, error.column(), error.what(), Severity::error});
        return;
    }
    if (std::string canonical = format_log_line(m_entry); canonical != line) {
        problems.push_back({number, 0, "written by hand; backplan would write it as: " + canonical,
                            Severity::note});
    }
    std::chrono::sys_seconds instant = m_entry.time.instant();
    if (m_latest && instant < *m_latest) {
        problems.push_back({number, 1,
                            "earlier than line " + std::to_string(m_latest_line) +
                                "; sort the log to put it in order",
                            Severity::warning});
    } else {
        m_latest = instant;
        m_latest_line = number;
    }
}

} // namespace backplan::core
