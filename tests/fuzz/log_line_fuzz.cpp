// Any bytes as a log line: the parser must never crash, whatever it accepts must format back to
// a line that parses to the same entry, and its fast path must take only lines format_log_line
// writes, reading them as the general parser does.
#include "core/log_check.hpp"
#include "core/log_line.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace backplan::core;
    std::string_view line(reinterpret_cast<const char*>(data), size);
    if (line.find('\n') != std::string_view::npos) {
        return 0; // the reader splits lines first
    }
    LogEntry fast;
    bool canonical = parse_canonical_log_line(line, fast);
    if (canonical && format_log_line(fast) != line) {
        __builtin_trap();
    }
    LogEntry entry;
    try {
        if (parse_any_log_line(line, entry) == LineKind::blank) {
            if (canonical) {
                __builtin_trap();
            }
            return 0;
        }
    } catch (const LogLineError& error) {
        if (canonical) {
            __builtin_trap(); // the fast path took what the general parser refuses
        }
        if (error.column() < 1 || static_cast<std::size_t>(error.column()) > size + 1) {
            __builtin_trap(); // a position outside the line
        }
        return 0;
    }
    if (canonical && !(fast == entry)) {
        __builtin_trap();
    }
    LogEntry again;
    std::string formatted = format_log_line(entry);
    if (parse_log_line(formatted, again) != LineKind::entry || !(again == entry)) {
        __builtin_trap();
    }
    Routine routine;
    routine.exercises.push_back({"action1", "A", {}, {}, {}, std::nullopt, {}});
    LogChecker checker(routine);
    std::vector<LogProblem> problems;
    checker.check(1, line, problems);
    return 0;
}
