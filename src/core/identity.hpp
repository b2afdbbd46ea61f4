#pragma once

// A record's identity (backplan-log(5), IDENTITY): its instant and its exercise id, or its kind
// for a pause or a resume. No two records that backplan writes to a log share one: a new record
// whose time a record of the log (cancelled or not) already takes, or that a cancellation names,
// is moved on by whole seconds until its time is free.

#include "core/log_line.hpp"

#include <string>
#include <vector>

namespace backplan::core {

// The first free time for one new record, from the lines of a log noted one by one.
class FreeTime {
  public:
    // For the record to write (sets, a pause or a resume): its time and id.
    explicit FreeTime(const LogEntry& record);
    // False when the line (as read, without_line_ends) cannot take the record's time, told
    // without parsing it: a line without '!' (so no cancellation) dated more than a day from
    // the record's date. A reader of a long log parses only the other lines.
    bool may_take(std::string_view line) const;
    // Notes a line of the log as read: a record of the same id, or a cancellation naming one,
    // takes its instant; a blank or invalid line takes none.
    void note(LineKind kind, const LogEntry& line);
    // The record's time when it is free, else the first free one after it, the same offset from
    // UTC and whole seconds later. Throws ValueError when every second from it to the end of its
    // local day is taken: the record would move to another day.
    Timestamp first_free() const;

  private:
    Timestamp m_wanted;
    std::string m_id;
    std::vector<bool> m_taken; // from m_wanted's second of the day to the day's last
};

// "the log holds a record of action2 at 2026-11-24T12:00:00+00:00 already; logged 1 s later":
// what is said when FreeTime moved a record (moved is its new time).
std::string moved_message(const LogEntry& record, const Timestamp& moved);

} // namespace backplan::core
