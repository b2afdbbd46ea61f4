#pragma once

// The cancellations of a log (backplan-log(5), "!undo"): the records they cancel, named by their
// time and exercise (or pause kind), the record's identity. Which records a cancellation takes
// back is decided in the log's order by CancelledRecords: those of its identity that stand
// before it (and their copies), so that a record written after it at the same instant is a new
// record, while a cancellation that a sort put before its record still cancels it.

#include "core/log_line.hpp"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace backplan::core {

class Cancellations {
  public:
    // What is known of one identity that cancellations name.
    struct Named {
        std::string id;
        std::size_t last_line = 0; // the line of the last cancellation naming it, from 1
        std::size_t index = 0;     // its place among all those named, from 0
    };

    // Adds the cancellation (an entry with cancels set) found on line number `line`.
    void add(const LogEntry& cancellation, std::size_t line);
    // True when there are none.
    bool empty() const { return m_count == 0; }
    // How many identities the cancellations name.
    std::size_t size() const { return m_count; }
    // What is known of the identity of exercise (or pause kind) id at time (as an instant), when
    // a cancellation names it; nullptr when none does.
    const Named* find(const Timestamp& time, std::string_view id) const;
    // True when a cancellation names the record of id at time, wherever it stands.
    bool names(const Timestamp& time, std::string_view id) const { return find(time, id); }

  private:
    std::map<std::chrono::sys_seconds, std::vector<Named>> m_named;
    std::size_t m_count = 0;
};

// The content of a record besides its identity: its sets, pain, days and note. Two records of one
// identity with the same content are copies of one record (a log appended to itself).
std::uint64_t record_content(const LogEntry& record);

// Decides, for each record of a log read in its order, whether a cancellation of the log takes
// it back. A record is cancelled when a cancellation of its identity stands after it; when none
// of its identity's records stood before the last such cancellation (a sort or a merge put the
// cancellation first); or when it is a copy of a record cancelled so. A record standing after
// every cancellation of its identity, and unlike the records before them, was written after
// them: it is a new record (logs written before identities were unique hold such lines).
class CancelledRecords {
  public:
    explicit CancelledRecords(const Cancellations& cancellations)
        : m_cancellations(cancellations), m_before(cancellations.size()) {}
    // Whether the record on line `line` (from 1, each line given once, in order) is cancelled.
    bool cancelled(const LogEntry& record, std::size_t line);

  private:
    const Cancellations& m_cancellations;
    // For each identity named, the contents of its records before its last cancellation.
    std::vector<std::vector<std::uint64_t>> m_before;
};

} // namespace backplan::core
