#include "core/identity.hpp"

#include "core/error.hpp"

namespace backplan::core {

namespace {

constexpr int seconds_per_day = 86400;

} // namespace

FreeTime::FreeTime(const LogEntry& record)
    : m_wanted(record.time), m_id(record.id),
      m_taken(static_cast<std::size_t>(seconds_per_day - record.time.seconds), false) {}

bool FreeTime::may_take(std::string_view line) const {
    if (line.find('!') != std::string_view::npos) {
        return true;
    }
    // Every form of a line starts with its local date, and an offset is less than a day: a
    // record at an instant of the record's day is written on that date, or the one on either
    // side of it.
    std::optional<Date> date = read_calendar_date(line);
    return !date || (*date >= add_days(m_wanted.date, -1) && *date <= add_days(m_wanted.date, 1));
}

void FreeTime::note(LineKind kind, const LogEntry& line) {
    const Timestamp* time = nullptr;
    if (kind == LineKind::cancel) {
        time = &*line.cancels;
    } else if (kind != LineKind::blank && kind != LineKind::invalid) {
        time = &line.time;
    }
    if (time == nullptr || line.id != m_id) {
        return;
    }
    auto later = (time->instant() - m_wanted.instant()).count();
    if (later >= 0 && later < static_cast<long long>(m_taken.size())) {
        m_taken[static_cast<std::size_t>(later)] = true;
    }
}

Timestamp FreeTime::first_free() const {
    for (std::size_t later = 0; later < m_taken.size(); ++later) {
        if (!m_taken[later]) {
            Timestamp free = m_wanted;
            free.seconds += static_cast<int>(later);
            return free;
        }
    }
    throw ValueError("every second from " + format_timestamp(m_wanted) +
                     " to the end of that day holds a record of " + m_id +
                     " already; give another time");
}

std::string moved_message(const LogEntry& record, const Timestamp& moved) {
    auto later = (moved.instant() - record.time.instant()).count();
    return "the log holds a record of " + record.id + " at " + format_timestamp(record.time) +
           " already; this one is at " + format_timestamp(moved) + ", " + std::to_string(later) +
           " s later";
}

} // namespace backplan::core
