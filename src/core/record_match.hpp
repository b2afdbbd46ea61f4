#pragma once

// When a log holds a record already (backplan-log(5), IDENTITY): what import and merge leave
// out, so that reading the same file twice adds nothing.

#include "core/log_line.hpp"

#include <cstddef>
#include <unordered_map>
#include <vector>

namespace backplan::core {

// True when a and b are one record, whatever their notes, pain and the offsets their times are
// written in: sets at the same instant, of the same exercise, in the same unit and amounts; a
// pause or a resume at the same instant, of the same days; a cancellation of the same record
// (the instant and id it names), whenever it was written.
bool same_record(const LogEntry& a, const LogEntry& b);

// A hash of what same_record compares: records that are one have the same.
std::size_t record_hash(const LogEntry& entry);

// The records asked about, indexed by record_hash, and which of them a log holds, from its lines
// noted one by one: one pass over a long log answers for all of them, in memory for them alone.
class HeldRecords {
  public:
    // asked is read, not copied: it must outlive the index.
    explicit HeldRecords(const std::vector<LogEntry>& asked);
    // Notes a line of the log as parsed (a blank line holds nothing).
    void note(LineKind kind, const LogEntry& line);
    // True when a line noted is asked[index].
    bool held(std::size_t index) const { return m_held[index]; }
    // True when asked[index] is a copy of a record before it in asked.
    bool repeated(std::size_t index) const { return m_repeated[index]; }

  private:
    const std::vector<LogEntry>& m_asked;
    std::unordered_multimap<std::size_t, std::size_t> m_index; // hash -> first copies' indexes
    std::vector<bool> m_held;
    std::vector<bool> m_repeated;
};

} // namespace backplan::core
