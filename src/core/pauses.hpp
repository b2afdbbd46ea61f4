#pragma once

// The pauses of a log (backplan-log(5), "!pause" and "!resume"): the days on which nothing is
// scheduled. What they mean depends on the records only, never on the order of their lines, so
// that logs merged in any order pause the same days.

#include "core/log_line.hpp"

#include <chrono>
#include <string>
#include <vector>

namespace backplan::core {

// Paused days in a row, first to last, and the notes of the pauses that make them up.
struct PauseSpan {
    Date first;
    Date last;
    // The pauses' notes, each once, "; " between them; no longer than one note can be.
    std::string note;
};

class Pauses {
  public:
    // Adds a pause or a resume record (an entry with days set).
    void add(const LogEntry& record);
    // True when there are no records.
    bool empty() const { return m_records.empty(); }
    // The paused days, in order, as spans that neither overlap nor touch: the records taken
    // in the order they were written, each pause joined to the paused days it overlaps or
    // touches, each resume ending the span that holds its day (from that day on).
    const std::vector<PauseSpan>& spans() const;
    // The span that holds date, or nullptr.
    const PauseSpan* covering(Date date) const;
    // True when date is a paused day.
    bool paused(Date date) const { return covering(date) != nullptr; }
    // The days of the week of monday that are paused.
    WeekdaySet paused_in_week(Date monday) const;

  private:
    struct Record {
        std::chrono::sys_seconds written;
        bool resume; // else a pause
        DaySpan days;
        std::string note;
    };
    std::vector<Record> m_records;
    // Worked out from the records when first asked for, again after a record is added.
    mutable std::vector<PauseSpan> m_spans;
    mutable bool m_settled = true;
};

} // namespace backplan::core
