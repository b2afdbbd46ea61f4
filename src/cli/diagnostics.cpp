#include "cli/diagnostics.hpp"

#include "io/text_writer.hpp"

namespace backplan::cli {
namespace {

std::string decision_word(core::Decision decision) {
    switch (decision) {
    case core::Decision::advance:
        return "advance";
    case core::Decision::hold:
        return "hold";
    case core::Decision::repeat:
        return "repeat";
    case core::Decision::step_back:
        return "step back";
    case core::Decision::no_entries:
        return "nothing logged, repeat";
    case core::Decision::deload:
        return "deload week";
    }
    return "";
}

// "15 15" or "45s 40s": the session's highest sets, as the log writes amounts.
std::string best_sets(core::Unit unit, const core::Session& session) {
    std::string text;
    for (int amount : session.top) {
        if (amount == 0) {
            break;
        }
        text += (text.empty() ? "" : " ") + std::to_string(amount) +
                (unit == core::Unit::seconds ? "s" : "");
    }
    return text;
}

} // namespace

std::string decision_line(const core::Exercise& exercise, const core::Replay& replay,
                          core::Date start) {
    const core::Progression& progression = exercise.progression;
    core::Step now = core::prescription(progression, core::ladder(progression), replay.state);
    std::string line = exercise.id + ": " + io::format_prescription(progression.unit, now) +
                       " from " + core::format_date(start) + " (";
    if (replay.weeks.empty()) {
        return line + "nothing logged before: the first step)";
    }
    const core::WeekRecord& last = replay.weeks.back();
    std::string step = std::to_string(last.prescribed.sets) + "x" +
                       std::to_string(last.prescribed.amount) +
                       (progression.unit == core::Unit::seconds ? "s" : "");
    return line + "the week of " + core::format_date(last.first) + ": " +
           (last.best ? best_sets(progression.unit, *last.best) + " of " + step : step) + ", " +
           decision_word(last.decision) + ")";
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

std::map<std::string, core::LadderState, std::less<>>
ladder_states_said(const core::Routine& routine, const core::LogHistory& history,
                   core::Date start) {
    std::map<std::string, core::LadderState, std::less<>> states;
    for (const core::Exercise& exercise : routine.exercises) {
        core::Replay replay =
            core::replay(exercise.progression, history.sessions(exercise.id), start);
        spdlog::info("{}", decision_line(exercise, replay, start));
        states[exercise.id] = replay.state;
    }
    return states;
}

} // namespace backplan::cli
