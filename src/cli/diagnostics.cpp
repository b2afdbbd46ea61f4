#include "cli/diagnostics.hpp"

#include "core/coach.hpp"
#include "io/formats/progress_writer.hpp"
#include "io/formats/text_writer.hpp"

namespace backplan::cli {

std::string decision_line(const core::Exercise& exercise, const core::Replay& replay,
                          core::Date start) {
    const core::Progression& progression = exercise.progression;
    std::string line = exercise.id + ": " + io::format_prescription(progression.unit, replay.now) +
                       " from " + core::format_date(start) + " (";
    if (replay.weeks.empty()) {
        return line + "nothing logged before: the first step)";
    }
    const core::WeekRecord& last = replay.weeks.back();
    return line + "the week of " + core::format_date(last.first) + ": " +
           io::week_text(exercise, core::ladder(progression), last) + ")";
}

void say_reading(const io::LogReading& reading, const std::string& path) {
    if (reading.missing) {
        spdlog::info("log: {}: not there yet, read as empty", path);
    } else {
        spdlog::info("log: {}: {} {} read, {} {} ignored", path, reading.entries,
                     reading.entries == 1 ? "entry" : "entries", reading.skipped,
                     reading.skipped == 1 ? "line" : "lines");
    }
}

void say_decisions(const core::Routine& routine, const core::LogHistory& history, core::Date start,
                   core::Date today) {
    if (!spdlog::should_log(spdlog::level::info)) {
        return;
    }
    core::Coach coach(routine, history, today, start);
    for (std::size_t e = 0; e < routine.exercises.size(); ++e) {
        spdlog::info("{}", decision_line(routine.exercises[e], coach.replay(e), start));
    }
}

} // namespace backplan::cli
