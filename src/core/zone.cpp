#include "core/zone.hpp"

#include "core/error.hpp"

#include <algorithm>
#include <vector>

namespace backplan::core {
namespace {

using std::chrono::hours;
using std::chrono::seconds;
using std::chrono::sys_seconds;

// The local time a wall clock shows, read as if it were an instant in UTC, and back.
sys_seconds as_wall(LocalTime time) {
    return std::chrono::sys_days(time.date) + seconds(time.seconds);
}

LocalTime from_wall(sys_seconds wall) {
    auto day = std::chrono::floor<std::chrono::days>(wall);
    return {Date(day), static_cast<int>((wall - day).count())};
}

// "02:00", or the whole local time when it is on another date than `on`.
std::string clock_on(LocalTime time, Date on) {
    std::string text = format_local_time(time);
    return time.date == on ? text.substr(11) : text;
}

} // namespace

Timestamp timestamp_at(sys_seconds instant, int offset_seconds) {
    int minutes = offset_seconds >= 0 ? (offset_seconds + 30) / 60 : -((30 - offset_seconds) / 60);
    LocalTime local = from_wall(instant + std::chrono::minutes(minutes));
    return {local.date, local.seconds, minutes};
}

LocalResolution resolve_in_zone(LocalTime time, const std::function<int(sys_seconds)>& offset_at) {
    sys_seconds wall = as_wall(time);
    // Every instant whose clock can show this time lies within 15 hours of it. When the offset
    // is the same at both ends of that window, it did not change within it.
    constexpr hours reach{16};
    int before = offset_at(wall - reach);
    if (before == offset_at(wall + reach) && offset_at(wall - seconds(before)) == before) {
        LocalResolution resolution;
        resolution.time = timestamp_at(wall - seconds(before), before);
        return resolution;
    }
    std::vector<int> offsets;
    for (hours h = -reach; h <= reach; h += hours(2)) {
        int offset = offset_at(wall + h);
        if (std::find(offsets.begin(), offsets.end(), offset) == offsets.end()) {
            offsets.push_back(offset);
        }
    }
    std::vector<sys_seconds> instants;
    for (int offset : offsets) {
        sys_seconds instant = wall - seconds(offset);
        if (offset_at(instant) == offset) {
            instants.push_back(instant);
        }
    }
    std::sort(instants.begin(), instants.end());
    instants.erase(std::unique(instants.begin(), instants.end()), instants.end());
    LocalResolution resolution;
    if (!instants.empty()) {
        resolution.time = timestamp_at(instants.front(), offset_at(instants.front()));
        if (instants.size() > 1) {
            resolution.kind = LocalResolution::Kind::repeated;
            resolution.later = timestamp_at(instants.back(), offset_at(instants.back()));
        }
        return resolution;
    }
    // Skipped: find the change, the first instant whose clock is past the time.
    sys_seconds low = wall - reach, high = wall + reach;
    while (high - low > seconds(1)) {
        sys_seconds middle = low + (high - low) / 2;
        (middle + seconds(offset_at(middle)) > wall ? high : low) = middle;
    }
    resolution.kind = LocalResolution::Kind::skipped;
    resolution.from = from_wall(high + seconds(offset_at(low)));
    resolution.to = from_wall(high + seconds(offset_at(high)));
    return resolution;
}

LocalResolver fixed_offset_zone(int offset_minutes, std::string zone) {
    return [offset_minutes, zone = std::move(zone)](LocalTime time) {
        LocalResolution resolution =
            resolve_in_zone(time, [&](sys_seconds) { return offset_minutes * 60; });
        resolution.zone = zone;
        return resolution;
    };
}

std::string format_local_time(LocalTime time) {
    std::string text = format_timestamp({time.date, time.seconds, 0}).substr(0, 19);
    return time.seconds % 60 == 0 ? text.substr(0, 16) : text;
}

Parsed<Timestamp> read_resolved_timestamp(LocalTime asked, const LocalResolution& resolution) {
    if (resolution.kind == LocalResolution::Kind::skipped) {
        return Parsed<Timestamp>::failure(
            format_local_time(asked) + " does not exist in " +
            (resolution.zone.empty() ? "this time zone" : resolution.zone) + ": clocks went from " +
            clock_on(resolution.from, asked.date) + " to " + clock_on(resolution.to, asked.date));
    }
    return resolution.time;
}

Timestamp resolved_timestamp(LocalTime asked, const LocalResolution& resolution) {
    return read_resolved_timestamp(asked, resolution).value_or_throw();
}

std::string repeated_message(LocalTime asked, const LocalResolution& resolution) {
    return format_local_time(asked) + " happens twice in " +
           (resolution.zone.empty() ? "this time zone" : resolution.zone) +
           "; taking the earlier, " + format_timestamp(resolution.time) + " (the later is " +
           format_timestamp(resolution.later) + ")";
}

} // namespace backplan::core
