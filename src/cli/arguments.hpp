#pragma once

// Reading the values of command-line arguments: what only the CLI needs.

#include "core/date.hpp"
#include "core/error.hpp"
#include "core/routine.hpp"
#include "core/time.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace backplan::cli {

// A ValueError about an option's argument, as a usage error naming the option.
template <typename Parse> auto option_value(const char* option, Parse parse) {
    try {
        return parse();
    } catch (const ValueError& error) {
        throw Error(ExitCode::usage, std::string(option) + ": " + error.what());
    }
}

// The day a date option gives (core::parse_day's words, counted from today), std::nullopt when
// it was not given; a day it cannot read is a usage error naming the option.
std::optional<core::Date> date_option(const char* option, const std::optional<std::string>& text,
                                      core::Date today);

// The dates of --since and --until, each std::nullopt when not given.
struct DateRange {
    std::optional<core::Date> since;
    std::optional<core::Date> until;
};

// Reads --since and --until as date_option does; a bad date, or a --since after --until (or, when
// --until is not given, after default_until, if any), is a usage error naming both.
DateRange date_range(const std::optional<std::string>& since,
                     const std::optional<std::string>& until, core::Date today,
                     std::optional<core::Date> default_until = std::nullopt);

// Parses the amounts of sets given on the command line ("20", "45s") for an exercise counting
// unit; for seconds the "s" may be left out. Throws ValueError naming the exercise id, what it
// counts and the argument as it was typed.
std::vector<int> parse_amounts(const std::vector<std::string>& arguments, core::Unit unit,
                               std::string_view id);

// Throws ValueError when the note is too long, not one line of UTF-8, or holds control
// characters.
void check_note(std::string_view note);

// The note --note gives, trimmed as the log's reader trims it ("" when not given). Throws
// ValueError naming --note, as check_note does.
std::string note_option(const std::optional<std::string>& note);

// What a date that is today's names in --at: now (when something is done), or its noon, as for
// every other day (the time of a record logged with --at DATE, which undo --at finds).
enum class TodayAt { now, noon };

// What --at says: the instant itself (now, or a time written with its offset), or a local time
// to place in the time zone.
struct AtTime {
    std::optional<core::Timestamp> exact;
    core::LocalTime local;
};

// Parses --at: now; a day as core::read_day reads it: today (now itself, as is a date that is
// today's, unless today_at is noon), yesterday or tomorrow (the same local time a day earlier or
// later), another day at its noon (core::date_alone_seconds); a clock time (today;
// core::parse_clock's forms), or any time the log takes (core::parse_written_time): a date and time
// with T or a space, with or without an offset. Throws ValueError naming the forms, or saying the
// date is out of range.
AtTime parse_at(std::string_view text, const core::Timestamp& now, TodayAt today_at = TodayAt::now);

} // namespace backplan::cli
