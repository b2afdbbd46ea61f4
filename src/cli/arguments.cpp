#include "cli/arguments.hpp"

#include "core/day_words.hpp"
#include "core/log_line.hpp"
#include "core/text.hpp"

namespace backplan::cli {

std::optional<core::Date> date_option(const char* option, const std::optional<std::string>& text,
                                      core::Date today) {
    if (!text) {
        return std::nullopt;
    }
    return option_value(option, [&] { return core::parse_day(*text, today); });
}

DateRange date_range(const std::optional<std::string>& since,
                     const std::optional<std::string>& until, core::Date today,
                     std::optional<core::Date> default_until) {
    DateRange range{date_option("--since", since, today), date_option("--until", until, today)};
    std::optional<core::Date> last = range.until ? range.until : default_until;
    if (range.since && last && *range.since > *last) {
        throw Error(ExitCode::usage, "--since: " + *since + " is after " +
                                         (range.until ? "--until " + *until
                                                      : "today, " + core::format_date(*last) +
                                                            ", the default --until"));
    }
    return range;
}

std::vector<int> parse_amounts(const std::vector<std::string>& arguments, core::Unit unit,
                               std::string_view id) {
    std::string counts = std::string(id) + " counts " + std::string(core::unit_name(unit));
    if (arguments.empty() || arguments.size() > core::max_sets_per_entry) {
        throw ValueError("expected the " + std::string(core::unit_name(unit)) + " of 1 to " +
                         std::to_string(core::max_sets_per_entry) + " sets, got " +
                         std::to_string(arguments.size()));
    }
    core::Range limits = core::amount_limits(unit);
    // Leading zeros read as in every option (020 is 20); the log writes none.
    auto amount = [](std::string_view digits) {
        return core::parse_digits(digits, 4);
    };
    std::vector<int> amounts;
    for (const std::string& argument : arguments) {
        std::string_view digits = argument;
        bool suffixed = digits.ends_with('s');
        if (suffixed) {
            digits.remove_suffix(1);
        }
        std::optional<int> value = amount(suffixed && unit == core::Unit::reps ? "" : digits);
        if (!value || *value < limits.low || *value > limits.high) {
            // What was typed is echoed as typed: an "s" is never added to it.
            if (unit == core::Unit::reps && suffixed && amount(digits)) {
                throw ValueError(counts + ", not seconds: got " + core::quoted(argument));
            }
            throw ValueError(counts + ": expected " +
                             (unit == core::Unit::reps ? "a whole number from " : "") +
                             std::to_string(limits.low) + " to " + std::to_string(limits.high) +
                             (unit == core::Unit::seconds ? ", as 45s or 45" : "") + ", got " +
                             core::quoted(argument));
        }
        amounts.push_back(*value);
    }
    return amounts;
}

void check_note(std::string_view note) {
    if (std::size_t bad = core::find_bad_byte(note); bad != std::string_view::npos) {
        throw ValueError("expected one line of text, got " + core::describe_byte(note, bad) +
                         " at byte " + std::to_string(bad + 1));
    }
    if (core::text_length(note) > core::max_note_length) {
        throw ValueError("expected at most " + std::to_string(core::max_note_length) +
                         " characters, got " + std::to_string(core::text_length(note)));
    }
}

std::string note_option(const std::optional<std::string>& note) {
    if (!note) {
        return "";
    }
    try {
        check_note(*note);
    } catch (const ValueError& error) {
        throw ValueError(std::string("--note: ") + error.what());
    }
    return std::string(core::trim_blanks(*note));
}

AtTime parse_at(std::string_view text, const core::Timestamp& now, TodayAt today_at) {
    // Words in any case, as core::read_day reads them: "Yesterday" is yesterday.
    std::string word = core::ascii_lowercase(core::trim_blanks(text));
    if (word == "now") {
        return {now, {now.date, now.seconds}};
    }
    if (std::optional<core::Date> day = core::read_day(text, now.date)) {
        if (*day == now.date && today_at == TodayAt::now) {
            return {now, {now.date, now.seconds}}; // today's date is now, never the future
        }
        if (!core::in_date_range(*day)) {
            throw ValueError(core::out_of_range_message(core::format_date(*day)));
        }
        // The day before or after, at this time of day; any other day at its noon.
        bool next_to_today = word == "yesterday" || word == "tomorrow";
        return {std::nullopt, {*day, next_to_today ? now.seconds : core::date_alone_seconds}};
    }
    if (std::optional<int> clock = core::parse_clock(text)) {
        return {std::nullopt, {now.date, *clock}};
    }
    std::optional<core::WrittenTime> written = core::read_written_time(text);
    if (!written) {
        throw ValueError("expected now, HH:MM, YYYY-MM-DDTHH:MM (with :SS and an offset, Z or "
                         "+01:00, if wanted), or " +
                         std::string(core::day_forms) + ", got " + core::quoted(text));
    }
    if (!core::in_date_range(written->local.date)) {
        throw ValueError(core::out_of_range_message(text));
    }
    if (written->utc_offset) {
        return {core::Timestamp{written->local.date, written->local.seconds, *written->utc_offset},
                written->local};
    }
    return {std::nullopt, written->local};
}

} // namespace backplan::cli
