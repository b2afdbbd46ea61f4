#pragma once

// The cancellations of a log (backplan-log(5), "!undo"): the records they cancel, named by their
// time and exercise, so that they apply wherever the lines stand after logs are merged.

#include "core/log_line.hpp"

#include <chrono>
#include <map>
#include <string>
#include <vector>

namespace backplan::core {

class Cancellations {
  public:
    // Adds what the cancellation (an entry with cancels set) cancels.
    void add(const LogEntry& cancellation);
    // True when there are none.
    bool empty() const { return m_records.empty(); }
    // True when a cancellation names the entry: its exercise, at the same instant.
    bool cancels(const LogEntry& entry) const { return cancels(entry.time, entry.id); }
    // True when a cancellation names the record of the exercise id at time (as an instant).
    bool cancels(const Timestamp& time, std::string_view id) const;

  private:
    std::map<std::chrono::sys_seconds, std::vector<std::string>> m_records;
};

} // namespace backplan::core
