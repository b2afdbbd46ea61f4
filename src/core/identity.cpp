#include "core/identity.hpp"

#include "core/error.hpp"

#include <cstdint>
#include <functional>

namespace backplan::core {

namespace {

constexpr int seconds_per_day = 86400;

long long day_number(const Date& date) {
    return std::chrono::sys_days(date).time_since_epoch().count();
}

long long seconds_of(const Timestamp& time) {
    return time.instant().time_since_epoch().count();
}

// A hash of what a record holds besides its identity, never 0: its amounts in their unit, or
// its days.
std::size_t content_hash(const LogEntry& record) {
    std::uint64_t seed = static_cast<std::uint64_t>(record.unit) + 1;
    // Each value multiplied into the seed (the 64-bit FNV prime): small amounts that differ by
    // one never meet.
    auto add = [&](long long value) {
        seed = (seed ^ static_cast<std::uint64_t>(value)) * 0x100000001b3ULL;
    };
    for (int amount : record.amounts) {
        add(amount);
    }
    if (record.days) {
        add(day_number(record.days->first));
        add(day_number(record.days->last));
    }
    return seed == 0 ? 1 : static_cast<std::size_t>(seed);
}

} // namespace

std::size_t FreeTimes::TakenHash::operator()(const Taken& taken) const {
    return std::hash<std::string>()(taken.id) * 31 + std::hash<long long>()(taken.instant);
}

FreeTimes::FreeTimes(const std::vector<LogEntry>& records) {
    for (const LogEntry& record : records) {
        m_ids.insert(record.id);
        m_days.insert(day_number(record.cancels ? record.cancels->date : record.time.date));
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
    } else if (kind != LineKind::blank && kind != LineKind::invalid) {
        time = &line.time;
    }
    // Only what may fall in a record's day is held: the memory is the records', not the log's.
    if (time == nullptr || !m_ids.contains(line.id) || !near(time->date)) {
        return;
    }
    Taken taken{line.id, seconds_of(*time)};
    if (kind == LineKind::cancel) {
        m_taken.try_emplace(taken, 0);
        m_cancelled.insert(std::move(taken));
    } else {
        std::size_t& held = m_taken[taken];
        held = held == 0 ? content_hash(line) : held;
    }
}

Timestamp FreeTimes::first_free(const LogEntry& record) const {
    Timestamp free = record.time;
    long long instant = seconds_of(record.time);
    for (; free.seconds < seconds_per_day; ++free.seconds, ++instant) {
        if (!m_taken.contains({record.id, instant})) {
            return free;
        }
    }
    throw ValueError("every second from " + format_timestamp(record.time) +
                     " to the end of that day holds a record of " + record.id +
                     " already; give another time");
}

std::optional<Timestamp> FreeTimes::held_at(const LogEntry& record) const {
    std::size_t content = content_hash(record);
    Timestamp at = record.time;
    long long instant = seconds_of(record.time);
    for (; at.seconds < seconds_per_day; ++at.seconds, ++instant) {
        auto found = m_taken.find({record.id, instant});
        if (found == m_taken.end()) {
            break;
        }
        if (found->second == content) {
            return at;
        }
    }
    return std::nullopt;
}

bool FreeTimes::cancelled(const std::string& id, const Timestamp& time) const {
    return m_cancelled.contains({id, seconds_of(time)});
}

void FreeTimes::take(const LogEntry& record, const Timestamp& time) {
    m_ids.insert(record.id);
    m_days.insert(day_number(time.date));
    m_taken[{record.id, seconds_of(time)}] = content_hash(record);
}

std::string moved_message(const LogEntry& record, const Timestamp& moved) {
    auto later = (moved.instant() - record.time.instant()).count();
    return "the log holds a record of " + record.id + " at " + format_timestamp(record.time) +
           " already; this one is at " + format_timestamp(moved) + ", " + std::to_string(later) +
           " s later";
}

} // namespace backplan::core
