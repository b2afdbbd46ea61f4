// Any bytes to the parsers of dates, weekdays, ranges, --at times, timestamps, written times and
// amounts: they either return a value that formats back the same way, its date in the range,
// or throw ValueError; --at is read with now at both edges of the range as well.
#include "cli/arguments.hpp"
#include "core/date.hpp"
#include "core/routine.hpp"
#include "core/time.hpp"

#include <cstddef>
#include <cstdint>

namespace {

template <typename Parse> void attempt(Parse parse) {
    try {
        parse();
    } catch (const backplan::ValueError&) {
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace backplan::core;
    using backplan::cli::parse_amounts;
    using backplan::cli::parse_at;
    std::string text(reinterpret_cast<const char*>(data), size);
    attempt([&] {
        Date date = parse_date(text);
        if (format_date(date) != text || !in_date_range(date)) {
            __builtin_trap();
        }
    });
    attempt([&] { parse_weekdays(text); });
    attempt([&] {
        Range range = parse_range(text, 1, 1000);
        if (range.low < 1 || range.high > 1000 || range.low > range.high) {
            __builtin_trap();
        }
    });
    attempt([&] { parse_count(text, 1, 10); });
    for (Timestamp now :
         {Timestamp{parse_date("2026-11-24"), 3600, 60}, Timestamp{first_date, 0, -12 * 60},
          Timestamp{last_date, 86399, 14 * 60}}) {
        attempt([&] {
            backplan::cli::AtTime time = parse_at(text, now);
            if (!in_date_range(time.local.date) || time.local.seconds < 0 ||
                time.local.seconds >= 86400 || (time.exact && !in_date_range(time.exact->date))) {
                __builtin_trap();
            }
        });
    }
    attempt([&] {
        WrittenTime time = parse_written_time(text);
        if (!in_date_range(time.local.date) || time.local.seconds < 0 ||
            time.local.seconds >= 86400) {
            __builtin_trap();
        }
        if (time.utc_offset) {
            // With an offset it is a timestamp, which reads back as itself.
            Timestamp stamp{time.local.date, time.local.seconds, *time.utc_offset};
            if (parse_timestamp(format_timestamp(stamp)) != stamp ||
                parse_written_time(format_timestamp(stamp)) != time) {
                __builtin_trap();
            }
        }
    });
    attempt([&] {
        Timestamp time = parse_timestamp(text);
        if (parse_timestamp(format_timestamp(time)) != time || !in_date_range(time.date)) {
            __builtin_trap();
        }
    });
    attempt([&] {
        int minutes = parse_time_of_day(text);
        if (minutes < 0 || minutes >= 24 * 60) {
            __builtin_trap();
        }
    });
    attempt([&] {
        int minutes = parse_duration(text, 0, 24 * 60);
        if (minutes < 0 || minutes > 24 * 60 ||
            parse_duration(format_duration(minutes), 0, 24 * 60) != minutes) {
            __builtin_trap();
        }
    });
    attempt([&] { parse_amounts({text}, Unit::reps, "a"); });
    attempt([&] { parse_amounts({text}, Unit::seconds, "a"); });
    return 0;
}
