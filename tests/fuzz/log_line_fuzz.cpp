// Any bytes as a log line: the parser must never crash, and whatever it accepts must format
// back to a line that parses to the same entry.
#include "core/log.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace backplan::core;
    std::string_view line(reinterpret_cast<const char*>(data), size);
    if (line.find('\n') != std::string_view::npos) {
        return 0; // the reader splits lines first
    }
    LogEntry entry;
    try {
        if (parse_log_line(line, entry) == LineKind::blank) {
            return 0;
        }
    } catch (const LogLineError& error) {
        if (error.column() < 1 || static_cast<std::size_t>(error.column()) > size + 1) {
            __builtin_trap(); // a position outside the line
        }
        return 0;
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
