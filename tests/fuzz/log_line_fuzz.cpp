// Any bytes as a log line, read as backplan appends (no routine, no time zone) and as its
// readers do (a routine whose exercises have aliases and names with spaces and digits, and a time
// zone with a skipped and a repeated hour): the parser must never crash; whatever it accepts must
// have a date in the range and format back to a line that parses to the same entry; its fast
// path must take only lines format_log_line writes, reading them as the general parser does.
#include "core/log_check.hpp"
#include "core/log_line.hpp"
#include "core/match.hpp"

#include <cstddef>
#include <cstdint>

namespace {

using namespace backplan::core;

Routine fuzz_routine() {
    Routine routine;
    auto add = [&](const char* id, const char* name, std::vector<std::string> aliases, Unit unit) {
        routine.exercises.push_back({id, name, std::move(aliases), {}, {}, std::nullopt, {}});
        routine.exercises.back().progression.unit = unit;
    };
    add("action1", "A", {}, Unit::reps);
    add("action2", "Towel prone row", {"prone-row", "row"}, Unit::reps);
    add("bridge2", "Glute bridge 2", {}, Unit::reps);
    add("side-plank", "Side plank", {"plank"}, Unit::seconds);
    return routine;
}

// America/New_York's 2026: 02:00-02:59 skipped on 03-08, 01:00-01:59 twice on 11-01.
int new_york(std::chrono::sys_seconds at) {
    using std::chrono::hours;
    static const auto spring = std::chrono::sys_days(parse_date("2026-03-08")) + hours(7);
    static const auto fall = std::chrono::sys_days(parse_date("2026-11-01")) + hours(6);
    return at < spring || at >= fall ? -5 * 3600 : -4 * 3600;
}

void check(std::string_view line, const LineContext& context) {
    LogEntry fast;
    bool canonical = parse_canonical_log_line(line, fast, context.routine);
    if (canonical && format_log_line(fast) != line) {
        __builtin_trap();
    }
    // With a cache kept from the line before (the same line: its date and exercise cached),
    // the same results.
    LineCache cache;
    LogEntry first, cached;
    if (parse_canonical_log_line(line, first, context.routine, nullptr, &cache) != canonical ||
        parse_canonical_log_line(line, cached, context.routine, nullptr, &cache) != canonical ||
        (canonical && !(first == fast && cached == fast))) {
        __builtin_trap();
    }
    LogEntry entry;
    LineProblem problem;
    LineKind kind = read_any_log_line(line, entry, problem, context);
    if (kind == LineKind::blank) {
        if (canonical) {
            __builtin_trap();
        }
        return;
    }
    if (kind == LineKind::invalid) {
        if (canonical) {
            __builtin_trap(); // the fast path took what the general parser refuses
        }
        if (problem.column < 1 || static_cast<std::size_t>(problem.column) > line.size() + 1 ||
            problem.message.empty()) {
            __builtin_trap(); // a position outside the line, or no message
        }
        return;
    }
    if ((canonical && (kind != LineKind::entry || !(fast == entry))) ||
        !in_date_range(entry.time.date) || kind_of(entry) != kind ||
        (entry.cancels && !in_date_range(entry.cancels->date)) ||
        (entry.days && (!in_date_range(entry.days->first) || !in_date_range(entry.days->last) ||
                        entry.days->last < entry.days->first))) {
        __builtin_trap();
    }
    if (context.routine != nullptr && !is_pause_marker(entry.id) &&
        find_exercise(*context.routine, entry.id) == nullptr) {
        __builtin_trap(); // with a routine, only its exercises' ids (or a pause's marker) come out
    }
    if ((kind == LineKind::pause || kind == LineKind::resume) !=
        (entry.days.has_value() && !entry.cancels)) {
        __builtin_trap();
    }
    LogEntry again;
    std::string formatted = format_log_line(entry);
    if (read_log_line(formatted, again, problem, context) != kind || !(again == entry)) {
        __builtin_trap();
    }
}

// The reading of the line with the routine's labels indexed (as the log's readers read it) and
// without (find_exercise for every run of words): the same entry, or the same problem.
void check_indexed(std::string_view line, const LineContext& plain, const LineContext& indexed) {
    // What was read: the line as backplan would write it, or the problem.
    auto read = [&](const LineContext& context) -> std::string {
        LogEntry entry;
        LineProblem problem;
        switch (read_log_line(line, entry, problem, context)) {
        case LineKind::blank:
            return "blank";
        case LineKind::invalid:
            return std::to_string(problem.column) + ":" + problem.message;
        default:
            return format_log_line(entry);
        }
    };
    if (read(plain) != read(indexed)) {
        __builtin_trap();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view line(reinterpret_cast<const char*>(data), size);
    if (line.find('\n') != std::string_view::npos) {
        return 0; // the reader splits lines first
    }
    static const Routine routine = fuzz_routine();
    static const LineContext as_read{&routine, [](LocalTime time) {
                                         LocalResolution resolution =
                                             resolve_in_zone(time, new_york);
                                         resolution.zone = "America/New_York";
                                         return resolution;
                                     }};
    static const LabelIndex labels(routine);
    static const LineContext indexed{&routine, as_read.local_time, &labels};
    check(line, {});
    check(line, as_read);
    check_indexed(line, as_read, indexed);
    LogChecker checker(routine, as_read.local_time);
    std::vector<LogProblem> problems;
    checker.check(1, line, problems);
    return 0;
}
