#pragma once

// How a local time is placed in a time zone, and an instant shown in one. The zone itself is the
// caller's (io::System): core reads no clock and no time zone.

#include "core/time.hpp"

#include <chrono>
#include <functional>
#include <string>

namespace backplan::core {

// The timestamp of the instant in a zone whose offset then is offset_seconds east of UTC. An
// offset with seconds (only old local mean times have them) is rounded to the nearest minute,
// halves away from zero, and the local time is the instant's at the rounded offset: the
// timestamp names the instant exactly, on a clock up to 30 seconds from that zone's.
Timestamp timestamp_at(std::chrono::sys_seconds instant, int offset_seconds);

// What a local time without an offset is in a time zone.
struct LocalResolution {
    enum class Kind {
        unique,   // it happens once
        repeated, // it happens twice: the clocks went back over it
        skipped,  // it does not happen: the clocks went forward over it
    };
    Kind kind = Kind::unique;
    Timestamp time;     // unique: its timestamp; repeated: the earlier of the two
    Timestamp later;    // repeated: the later of the two
    LocalTime from, to; // skipped: the clocks went from `from` straight to `to`
    std::string zone;   // the zone's name for messages, set when not unique
};

// Resolves a local time in a time zone given as the offset in force at each instant (seconds
// east of UTC): whether it happens once, twice or not at all. Assumes the zone's offset changes
// at most once within a day of the time, and lies within +-15 hours.
LocalResolution resolve_in_zone(LocalTime time,
                                const std::function<int(std::chrono::sys_seconds)>& offset_at);

// Resolves a local time in the time zone the caller stands for.
using LocalResolver = std::function<LocalResolution(LocalTime)>;

// A time zone that is always offset_minutes east of UTC, named zone: for tests and fuzzing.
LocalResolver fixed_offset_zone(int offset_minutes, std::string zone = "UTC");

// The local time as written in messages: "2026-03-08T02:30", with ":SS" when not zero.
std::string format_local_time(LocalTime time);

// The timestamp of a resolved local time: the earlier of a repeated one; for a skipped one, the
// problem "2026-03-08T02:30 does not exist in America/New_York: clocks went from 02:00 to
// 03:00".
Parsed<Timestamp> read_resolved_timestamp(LocalTime asked, const LocalResolution& resolution);

// read_resolved_timestamp's timestamp; throws ValueError with its problem.
Timestamp resolved_timestamp(LocalTime asked, const LocalResolution& resolution);

// What is said of a repeated local time when it is taken: "2026-11-01T01:30 happens twice in
// America/New_York; taking the earlier, 2026-11-01T01:30:00-04:00 (the later is ...-05:00)".
std::string repeated_message(LocalTime asked, const LocalResolution& resolution);

} // namespace backplan::core
