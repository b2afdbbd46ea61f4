#include "core/pain.hpp"

#include "core/error.hpp"
#include "core/text.hpp"

#include <algorithm>

namespace backplan::core {

std::optional<int> parse_pain_token(std::string_view token) {
    if (!token.starts_with(pain_prefix)) {
        return std::nullopt;
    }
    std::string_view digits = token.substr(pain_prefix.size());
    // No leading zero: "pain=07" is not how the log writes 7.
    std::optional<int> value =
        digits.size() == 2 && digits[0] == '0' ? std::nullopt : parse_digits(digits, 2);
    return value && *value <= pain_limits.high ? value : std::nullopt;
}

Parsed<int> read_pain(std::string_view token) {
    std::optional<int> pain = parse_pain_token(token);
    if (!pain) {
        return Parsed<int>::failure("expected pain from 0 to 10 such as pain=2, got " +
                                    quoted(token));
    }
    return *pain;
}

int parse_pain(std::string_view token) {
    return read_pain(token).value_or_throw();
}

std::size_t read_written_pain(std::string_view line, std::size_t at, int& pain) {
    std::size_t end = std::min(line.find(' ', at + 1), line.size());
    std::optional<int> reported = parse_pain_token(line.substr(at + 1, end - at - 1));
    if (!reported) {
        return std::string_view::npos;
    }
    pain = *reported;
    return end;
}

std::optional<PainReport> recent_pain(const Sessions& sessions, Date date) {
    std::optional<PainReport> highest;
    auto at = sessions.lower_bound(add_days(date, 1));
    for (Date first = add_days(date, -7); at != sessions.begin();) {
        --at;
        if (at->date < first) {
            break;
        }
        // The highest, and of equal ones the latest: what the week's rule acts on.
        if (at->pain >= 0 && (!highest || at->pain > highest->pain)) {
            highest = PainReport{at->pain, at->date};
        }
    }
    return highest;
}

} // namespace backplan::core
