#include "core/log_check.hpp"

#include <algorithm>
#include <functional>
#include <tuple>

namespace backplan::core {

void LogChecker::check(std::size_t number, std::string_view line,
                       std::vector<LogProblem>& problems) {
    if (without_byte_order_mark(line).size() != line.size()) {
        line = without_byte_order_mark(line);
        problems.push_back({number, 0,
                            number == 1 ? "the file starts with a byte-order mark; backplan "
                                          "writes none"
                                        : "the line starts with a byte-order mark (files joined "
                                          "with cat?); backplan writes none",
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
    std::string canonical = format_log_line(m_entry);
    if (canonical != line) {
        problems.push_back({number, 0, "written by hand; backplan would write it as: " + canonical,
                            Severity::note});
    }
    const Timestamp& named = m_entry.cancels ? *m_entry.cancels : m_entry.time;
    m_seen.push_back({std::hash<std::string_view>()(canonical),
                      named.instant().time_since_epoch().count(),
                      std::hash<std::string_view>()(m_entry.id), number,
                      m_entry.cancels.has_value(), kind_of(m_entry) == LineKind::entry});
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

void LogChecker::finish(std::vector<LogProblem>& problems) {
    std::size_t first = problems.size();
    // Hashes stand for the lines: a log of years holds hundreds of thousands. Equal lines are
    // told apart from a collision by the record's time and exercise too.
    std::vector<Seen> seen = std::move(m_seen);
    m_seen.clear();
    auto by_line = [](const Seen& a, const Seen& b) {
        return std::tie(a.line_hash, a.instant, a.id_hash, a.cancellation, a.line) <
               std::tie(b.line_hash, b.instant, b.id_hash, b.cancellation, b.line);
    };
    std::sort(seen.begin(), seen.end(), by_line);
    for (std::size_t i = 1; i < seen.size(); ++i) {
        const Seen& before = seen[i - 1];
        const Seen& now = seen[i];
        if (std::tie(before.line_hash, before.instant, before.id_hash, before.cancellation) ==
            std::tie(now.line_hash, now.instant, now.id_hash, now.cancellation)) {
            problems.push_back({now.line, 0,
                                "the same record as line " + std::to_string(before.line) +
                                    (now.sets ? ", counted twice by every reader" : "") +
                                    " (was the log appended to itself?)",
                                Severity::warning});
        }
    }
    auto by_record = [](const Seen& a, const Seen& b) {
        return std::tie(a.instant, a.id_hash, a.cancellation) <
               std::tie(b.instant, b.id_hash, b.cancellation);
    };
    std::sort(seen.begin(), seen.end(), by_record);
    for (const Seen& cancellation : seen) {
        if (!cancellation.cancellation) {
            continue;
        }
        Seen record = cancellation;
        record.cancellation = false;
        if (!std::binary_search(seen.begin(), seen.end(), record, by_record)) {
            problems.push_back({cancellation.line, 0,
                                "cancels no record of this log: none of that exercise at that "
                                "time",
                                Severity::warning});
        }
    }
    std::sort(problems.begin() + static_cast<std::ptrdiff_t>(first), problems.end(),
              [](const LogProblem& a, const LogProblem& b) { return a.line < b.line; });
}

} // namespace backplan::core
