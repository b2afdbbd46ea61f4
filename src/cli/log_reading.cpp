#include "cli/log_reading.hpp"

#include "io/log_store.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cerrno>
#include <sys/stat.h>

namespace backplan::cli {

void read_log_entries(const std::string& path,
                      const std::function<void(const core::LogEntry&)>& visit) {
    constexpr std::size_t reported_in_full = 5;
    core::LogEntry entry;
    std::size_t unreadable = 0;
    io::read_log_lines(path, [&](std::size_t number, std::string_view text, bool too_long) {
        try {
            if (too_long) {
                throw core::LogLineError(1, io::too_long_line_message());
            }
            if (core::parse_log_line(text, entry) == core::LineKind::entry) {
                visit(entry);
            }
        } catch (const core::LogLineError& error) {
            if (++unreadable <= reported_in_full) {
                spdlog::warn("{}", to_string(Diagnostic{path, static_cast<int>(number),
                                                        error.column(), error.what()}));
            }
        }
    });
    if (unreadable > reported_in_full) {
        spdlog::warn("{}: {} more lines could not be read and were skipped; see backplan check {}",
                     path, unreadable - reported_in_full, path);
    }
}

core::LogHistory read_history(const core::Routine& routine, const GlobalOptions& global) {
    core::LogHistory history;
    std::string path = io::log_path(global.log);
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0 && errno == ENOENT) {
        spdlog::debug("{}: no log yet; the plan starts at each ladder's first step", path);
        return history;
    }
    // The routine's ids side by side, with their units and sessions: every line is looked up here.
    struct Slot {
        std::string_view id;
        core::Unit unit;
        core::Sessions* sessions;
    };
    std::vector<Slot> slots;
    for (const core::Exercise& exercise : routine.exercises) {
        slots.push_back(
            {exercise.id, exercise.progression.unit, &history.sessions_of(exercise.id)});
    }
    try {
        read_log_entries(path, [&](const core::LogEntry& entry) {
            auto slot = std::find_if(slots.begin(), slots.end(),
                                     [&](const Slot& s) { return core::same_id(s.id, entry.id); });
            if (slot != slots.end() && slot->unit == entry.unit) {
                core::LogHistory::add(*slot->sessions, entry);
            }
        });
    } catch (const Error& error) {
        // A plan from the template alone is still useful; say why the log was left out.
        spdlog::warn("{}; planning from the template alone", error.what());
        return {};
    }
    return history;
}

} // namespace backplan::cli
