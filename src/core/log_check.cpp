#include "core/log_check.hpp"

#include <algorithm>
#include <functional>
#include <queue>
#include <tuple>

namespace backplan::core {
namespace {

// The higher bit for cancellations: they sort after the records of their identity.
constexpr std::uint64_t sets_bit = 1;
constexpr std::uint64_t cancellation_bit = 2;
constexpr std::uint64_t flag_bits = 3;

// splitmix64's finaliser: every bit of the result depends on every bit of the value, so that
// the low bits that choose a part are as good as any.
std::uint64_t mix(std::uint64_t value) {
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ull;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebull;
    return value ^ (value >> 31);
}

// What finish found, kept small until it is described.
struct Found {
    enum Kind { repeat, repeat_of_sets, cancels_nothing, other_content } kind;
    std::uint32_t line;
    std::uint32_t other; // the line it is about, for repeats and other contents
    bool operator<(const Found& other_found) const {
        return std::tie(line, kind) < std::tie(other_found.line, other_found.kind);
    }
};

LogProblem describe_found(const Found& found) {
    std::string other = std::to_string(found.other);
    switch (found.kind) {
    case Found::repeat:
        return {found.line, 0,
                "the same record as line " + other + " (was the log appended to itself?)",
                Severity::warning};
    case Found::repeat_of_sets:
        return {found.line, 0,
                "the same record as line " + other +
                    ", counted twice by every reader (was the log appended to itself?)",
                Severity::warning};
    case Found::cancels_nothing:
        return {found.line, 0, "cancels no record of this log: none of that exercise at that time",
                Severity::warning};
    case Found::other_content:
        break;
    }
    return {found.line, 0,
            "the time and exercise of line " + other +
                ", with other content (an earlier backplan wrote both?): undo cannot take back "
                "one without the other",
            Severity::note};
}

} // namespace

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
    LineKind kind = read_log_line(line, m_entry, m_problem, m_context);
    if (kind == LineKind::invalid) {
        problems.push_back({number, m_problem.column, std::move(m_problem.message), Severity::error,
                            std::move(m_problem.unknown_exercise)});
        return;
    }
    if (kind == LineKind::blank) {
        return;
    }
    m_canonical.clear();
    format_log_line_into(m_canonical, m_entry);
    if (m_canonical != line) {
        problems.push_back({number, 0,
                            "written by hand; backplan would write it as: " + m_canonical,
                            Severity::note});
    }
    hold(seen_of(number, m_entry, m_canonical));
}

void LogChecker::recall(std::size_t part, std::size_t number, std::string_view line) {
    if (m_first_pass) {
        m_first_pass = false;
        plan_parts();
    }
    m_part = part;
    LineKind kind = read_log_line(line, m_entry, m_problem, m_context);
    if (kind == LineKind::blank || kind == LineKind::invalid) {
        return; // an invalid line: the first pass reported it
    }
    // The line's part first: only the lines of the part in hand are formatted and hashed.
    if (m_part_of_bucket[bucket_of(identity_of(m_entry))] != m_part) {
        return;
    }
    m_canonical.clear();
    format_log_line_into(m_canonical, m_entry);
    hold(seen_of(number, m_entry, m_canonical));
}

std::size_t LogChecker::parts() {
    if (m_first_pass) {
        plan_parts();
    }
    return m_parts;
}

void LogChecker::plan_parts() {
    // The buckets the first pass held are part 0; the others go into as few parts as hold them,
    // in their order, each part at most m_max_held records (a bucket above it alone). A bucket
    // of no records may fall in part 0: nothing of it is there to hold.
    m_parts = 1;
    std::size_t in_part = m_max_held;
    for (std::size_t bucket = 0; bucket < buckets; ++bucket) {
        if (bucket % m_first_pass_share == 0) {
            m_part_of_bucket[bucket] = 0;
            continue;
        }
        if (in_part + m_bucket_records[bucket] > m_max_held) {
            ++m_parts;
            in_part = 0;
        }
        in_part += m_bucket_records[bucket];
        m_part_of_bucket[bucket] = m_parts - 1;
    }
}

std::uint64_t LogChecker::identity_of(const LogEntry& entry) {
    const Timestamp& named = entry.cancels ? *entry.cancels : entry.time;
    std::uint64_t identity =
        mix(static_cast<std::uint64_t>(named.instant().time_since_epoch().count()) ^
            mix(std::hash<std::string_view>()(entry.id)));
    return (identity & ~flag_bits) | (entry.cancels ? cancellation_bit : 0) |
           (kind_of(entry) == LineKind::entry ? sets_bit : 0);
}

LogChecker::Seen LogChecker::seen_of(std::size_t number, const LogEntry& entry,
                                     std::string_view canonical) {
    return Seen{identity_of(entry),
                static_cast<std::uint32_t>(std::hash<std::string_view>()(canonical)),
                static_cast<std::uint32_t>(
                    std::min<std::size_t>(number, std::numeric_limits<std::uint32_t>::max()))};
}

void LogChecker::hold(const Seen& seen) {
    std::size_t bucket = bucket_of(seen.identity);
    if (m_first_pass) {
        ++m_bucket_records[bucket];
        if (bucket % m_first_pass_share != 0) {
            return;
        }
    } else if (m_part_of_bucket[bucket] != m_part) {
        return;
    }
    // Grown by hand, to at most one more than the limit: doubling past it would hold the old
    // block and one twice as large at once.
    if (m_seen.size() == m_seen.capacity()) {
        std::size_t wanted = m_seen.capacity() < 256 * 1024 ? 2 * m_seen.capacity() : m_max_held;
        m_seen.reserve(std::max<std::size_t>(1024, std::min(wanted, m_max_held) + 1));
    }
    m_seen.push_back(seen);
    // Too many: hold half as many buckets (those the next share keeps), the rest left to later
    // passes; a single bucket of more is held whole.
    while (m_first_pass && m_seen.size() > m_max_held && m_first_pass_share < buckets) {
        m_first_pass_share *= 2;
        std::erase_if(
            m_seen, [&](const Seen& s) { return bucket_of(s.identity) % m_first_pass_share != 0; });
    }
}

std::size_t LogChecker::finish(std::vector<LogProblem>& problems, std::size_t describe) {
    std::vector<Seen> seen = std::move(m_seen);
    m_seen = {};
    // By identity, cancellations after records, then by line: each run of equal lines together.
    auto order = [](const Seen& a, const Seen& b) {
        return std::tie(a.identity, a.line_hash, a.line) <
               std::tie(b.identity, b.line_hash, b.line);
    };
    std::sort(seen.begin(), seen.end(), order);
    // The first `describe` found by line, in a heap whose top is the last of them.
    std::priority_queue<Found> kept;
    std::size_t more = 0;
    auto found = [&](Found::Kind kind, std::uint32_t line, std::uint32_t other) {
        kept.push({kind, line, other});
        if (kept.size() > describe) {
            kept.pop();
            ++more;
        }
    };
    for (std::size_t start = 0; start < seen.size();) {
        std::uint64_t identity = seen[start].identity | flag_bits;
        std::size_t end = start;
        while (end < seen.size() && (seen[end].identity | flag_bits) == identity) {
            ++end;
        }
        // One identity: its records, then its cancellations (the flag bit sorts them after).
        bool any_record = false;
        std::uint32_t first_record = 0;
        std::uint32_t first_record_hash = 0;
        for (std::size_t i = start; i < end; ++i) {
            const Seen& s = seen[i];
            bool cancellation = (s.identity & cancellation_bit) != 0;
            bool repeat = i > start && seen[i - 1].identity == s.identity &&
                          seen[i - 1].line_hash == s.line_hash;
            if (repeat) {
                // The first line of the run is the one repeated.
                std::size_t first = i - 1;
                while (first > start && seen[first - 1].identity == s.identity &&
                       seen[first - 1].line_hash == s.line_hash) {
                    --first;
                }
                found((s.identity & sets_bit) != 0 ? Found::repeat_of_sets : Found::repeat, s.line,
                      seen[first].line);
            } else if (cancellation && !any_record) {
                found(Found::cancels_nothing, s.line, 0);
            } else if (!cancellation && any_record && s.line_hash != first_record_hash) {
                found(Found::other_content, std::max(s.line, first_record),
                      std::min(s.line, first_record));
            }
            if (!cancellation && !any_record) {
                any_record = true;
                first_record = s.line;
                first_record_hash = s.line_hash;
            }
        }
        start = end;
    }
    std::vector<Found> described;
    while (!kept.empty()) {
        described.push_back(kept.top());
        kept.pop();
    }
    std::sort(described.begin(), described.end());
    for (const Found& f : described) {
        problems.push_back(describe_found(f));
    }
    return more;
}

} // namespace backplan::core
