#pragma once

// A record's identity (backplan-log(5), IDENTITY): its instant and its exercise id, or its kind
// for a pause or a resume. No two records that backplan writes to a log share one: a new record
// whose time a record of the log (cancelled or not) already takes, or that a cancellation names,
// is moved on by whole seconds until its time is free.

#include "core/log_line.hpp"

#include <string>
#include <unordered_set>
#include <vector>

namespace backplan::core {

// The first free times for new records, from the lines of a log noted one by one: what a
// writer of many records at once reads the log for, once. It holds only the times the log's
// lines take near the records' dates, never the whole log.
class FreeTimes {
  public:
    // For the records to write (sets, pauses or resumes): their times and ids.
    explicit FreeTimes(const std::vector<LogEntry>& records);
    // False when the line (as read, without_line_ends) cannot take any record's time, told
    // without parsing it: a line without '!' (so no cancellation) dated more than a day from
    // every record's date. A reader of a long log parses only the other lines.
    bool may_take(std::string_view line) const;
    // Notes a line of the log as parsed: a record of one of the ids, or a cancellation naming
    // one, takes its instant.
    void note(LineKind kind, const LogEntry& line);
    // The record's time when it is free, else the first free one after it, the same offset from
    // UTC and whole seconds later. Throws ValueError when every second from it to the end of its
    // local day is taken: the record would move to another day.
    Timestamp first_free(const LogEntry& record) const;
    // Notes that a record of the id is written at the time: a later record cannot take it.
    void take(const std::string& id, const Timestamp& time);

  private:
    struct Taken {
        std::string id;
        long long instant;
        bool operator==(const Taken&) const = default;
    };
    struct TakenHash {
        std::size_t operator()(const Taken& taken) const;
    };
    bool near(const Date& date) const;

    std::unordered_set<std::string> m_ids;
    std::unordered_set<long long> m_days; // the records' dates, as days since the epoch
    std::unordered_set<Taken, TakenHash> m_taken;
};

// The first free time for one new record: FreeTimes for one.
class FreeTime {
  public:
    explicit FreeTime(const LogEntry& record) : m_record(record), m_times({record}) {}
    bool may_take(std::string_view line) const { return m_times.may_take(line); }
    void note(LineKind kind, const LogEntry& line) { m_times.note(kind, line); }
    Timestamp first_free() const { return m_times.first_free(m_record); }

  private:
    LogEntry m_record;
    FreeTimes m_times;
};

// "the log holds a record of action2 at 2026-11-24T12:00:00+00:00 already; logged 1 s later":
// what is said when FreeTime moved a record (moved is its new time).
std::string moved_message(const LogEntry& record, const Timestamp& moved);

} // namespace backplan::core
