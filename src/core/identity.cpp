#include "core/identity.hpp"

#include "core/error.hpp"

#include <functional>

namespace backplan::core {

namespace {

constexpr int seconds_per_day = 86400;

long long day_number(const Date& date) {
    return std::chrono::sys_days(date).time_since_epoch().count();
}

} // namespace

std::size_t FreeTimes::TakenHash::operator()(const Taken& taken) const {
    return std::hash<std::string>()(taken.id) * 31 + std::hash<long long>()(taken.instant);
}

FreeTimes::FreeTimes(const std::vector<LogEntry>& records) {
    for (const LogEntry& record : records) {
        m_ids.insert(record.id);
        m_days.insert(day_number(record.time.date));
    }
}

bool FreeTimes::near(const Date& date) const {
    long long day = day_number(date);
    return m_days.contains(day - 1) || m_days.contains(day) || m_days.contains(day + 1);
}

bool FreeTimes::may_take(std::string_view line) const {
    if (line.find('!') != std::string_view::npos) {
        return true;
    }
    // Every form of a line starts with its local date, and an offset is less than a day: a
    // record at an instant of a record's day is written on that date, or the one on either
    // side of it.
    std::optional<Date> date = read_calendar_date(line);
    return !date || near(*date);
}

void FreeTimes::note(LineKind kind, const LogEntry& line) {
    const Timestamp* time = nullptr;
    if (kind == LineKind::cancel) {
        time = &*line.cancels;
    } else if (kind != LineKind::blank) {
        time = &line.time;
    }
    // Only what may fall in a record's day is held: the memory is the records', not the log's.
    if (time != nullptr && m_ids.contains(line.id) && near(time->date)) {
        m_taken.insert({line.id, time->instant().time_since_epoch().count()});
    }
}

Timestamp FreeTimes::first_free(const LogEntry& record) const {
    Timestamp free = record.time;
    long long instant = record.time.instant().time_since_epoch().count();
    for (; free.seconds < seconds_per_day; ++free.seconds, ++instant) {
        if (!m_taken.contains({record.id, instant})) {
            return free;
        }
    }
    throw ValueError("every second from " + format_timestamp(record.time) +
                     " to the end of that day holds a record of " + record.id +
                     " already; give another time");
}

void FreeTimes::take(const std::string& id, const Timestamp& time) {
    m_ids.insert(id);
    m_days.insert(day_number(time.date));
    m_taken.insert({id, time.instant().time_since_epoch().count()});
}

std::string moved_message(const LogEntry& record, const Timestamp& moved) {
    auto later = (moved.instant() - record.time.instant()).count();
    return "the log holds a record of " + record.id + " at " + format_timestamp(record.time) +
           " already; this one is at " + format_timestamp(moved) + ", " + std::to_string(later) +
           " s later";
}

} // namespace backplan::core
