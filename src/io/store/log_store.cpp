#include "io/store/log_store.hpp"

#include "core/identity.hpp"
#include "core/match.hpp"
#include "core/text.hpp"
#include "io/store/checkpoint_file.hpp"

#include <algorithm>

namespace backplan::io {

std::string too_long_line_message() {
    return "a line longer than " + std::to_string(max_log_line_bytes) + " bytes";
}

LockWait lock_wait(const Environment& environment) {
    LockWait wait;
    const std::string& given = environment.lock_timeout;
    if (given.empty()) {
        return wait;
    }
    std::optional<int> seconds = core::parse_digits(given);
    if (!seconds || *seconds > 3600) {
        throw Error(ExitCode::usage,
                    "BACKPLAN_LOCK_TIMEOUT: expected whole seconds from 0 to 3600, got " +
                        core::quoted(given));
    }
    wait.limit = std::chrono::seconds(*seconds);
    return wait;
}

std::string LogStore::checked_line(const core::LogEntry& entry) {
    std::string line = core::format_log_line(entry);
    core::LogEntry read_back;
    core::LineKind meant = core::kind_of(entry);
    if (core::parse_log_line(line, read_back) != meant || !(read_back == entry)) {
        throw Error(ExitCode::data,
                    "refusing to write a line that does not read back the same: " + line);
    }
    return line;
}

Appended LogStore::append(const core::LogEntry& entry, const core::Routine* routine) {
    // A line that would not read back as meant is never written, nor waited for.
    checked_line(entry);
    return append_with(routine, [&](const LogStore&) { return entry; });
}

Appended
LogStore::append_chosen(const core::Routine& routine,
                        const std::function<core::LogEntry(const LogStore& locked)>& choose) {
    return append_with(&routine, choose);
}

Appended
LogStore::append_with(const core::Routine* routine,
                      const std::function<core::LogEntry(const LogStore& locked)>& choose) {
    Appended appended;
    append_locked([&](const LogStore& locked) {
        appended.entry = choose(locked);
        if (core::kind_of(appended.entry) != core::LineKind::cancel) {
            core::Timestamp free = locked.free_time(appended.entry, routine);
            if (!(free == appended.entry.time)) {
                appended.moved_from = appended.entry.time;
                appended.entry.time = free;
            }
        }
        appended.line = checked_line(appended.entry);
        return appended.line;
    });
    return appended;
}

void LogStore::append_locked(const std::function<std::string(const LogStore& locked)>& compose) {
    std::size_t slash = m_path.rfind('/');
    if (!m_settings.data_directory.empty() && slash != std::string::npos &&
        m_path.substr(0, slash) == m_settings.data_directory) {
        m_system.make_directories(m_settings.data_directory);
    }
    m_system.append_composed(
        m_path,
        [&](const LockedLines& lines) {
            LogStore locked(m_system, m_path);
            locked.m_locked = &lines;
            return compose(locked);
        },
        m_settings.wait);
}

void LogStore::read_records(
    const core::Routine* routine, const std::function<bool(std::string_view line)>& wanted,
    const std::function<void(core::LineKind, const core::LogEntry&)>& visit,
    const std::function<void(const Diagnostic&, std::string_view line)>& unreadable,
    std::size_t described) const {
    std::optional<core::LabelIndex> labels;
    std::optional<core::ExerciseSuggestions> suggestions;
    if (routine != nullptr) {
        labels.emplace(*routine);
        suggestions.emplace(*routine);
    }
    core::LineContext context{routine, local_zone(), labels ? &*labels : nullptr};
    core::LogEntry entry;
    core::LineProblem problem;
    read_lines([&](std::size_t number, std::string_view text, bool too_long) {
        core::LineKind kind = core::LineKind::invalid;
        if (too_long) {
            problem = {1, too_long_line_message(), {}};
        } else if (!wanted(core::without_line_ends(text))) {
            return;
        } else if (kind = core::read_log_line(text, entry, problem, context);
                   kind != core::LineKind::invalid) {
            visit(kind, entry);
            return;
        }
        // Not a record: it holds and takes nothing.
        if (unreadable) {
            bool describe = suggestions && described > 0;
            described -= describe ? 1 : 0;
            std::string close = describe ? suggestions->did_you_mean(problem.unknown_exercise) : "";
            unreadable({m_path, static_cast<int>(number), problem.column, problem.message + close},
                       text);
        }
    });
}

void LogStore::read_lines(const LineVisitor& visit) const {
    if (m_locked != nullptr) {
        (*m_locked)(visit);
    } else {
        m_system.read_lines(m_path, "log", visit);
    }
}

bool LogStore::missing() const {
    return m_locked == nullptr && m_system.missing(m_path);
}

core::Timestamp LogStore::free_time(const core::LogEntry& record,
                                    const core::Routine* routine) const {
    core::FreeTime free(record);
    // Under the lock, every other writer waits: only the lines near the record's date are
    // parsed (the ten-year log of the resource test: 0.06 s -> 0.01 s).
    read_records(
        routine, [&](std::string_view line) { return free.may_take(line); },
        [&](core::LineKind kind, const core::LogEntry& line) { free.note(kind, line); });
    try {
        return free.first_free();
    } catch (const ValueError& error) {
        throw Error(ExitCode::data, m_path + ": " + error.what());
    }
}

core::LocalResolver LogStore::local_zone() const {
    return [&system = m_system](core::LocalTime time) {
        return system.resolve_local_time(time);
    };
}

LogReading LogStore::read(const core::Routine& routine,
                          const std::function<void(const core::LogEntry&)>& visit,
                          const std::function<void(const core::LogEntry&)>& visit_cancelled) const {
    // The caller streams what it is given: what is cancelled must be known before the first
    // entry, wherever in the log its cancellation stands.
    core::Cancellations skip = cancellations(routine);
    return read_exercises(
        routine, [&](const core::LogEntry& entry, const core::Exercise&) { visit(entry); }, &skip,
        visit_cancelled, visit);
}

core::Cancellations LogStore::cancellations(const core::Routine& routine) const {
    core::Cancellations found;
    if (missing()) {
        return found;
    }
    core::LabelIndex labels(routine);
    core::LineContext context{&routine, local_zone(), &labels};
    core::LogEntry entry;
    core::LineProblem problem; // the reading pass reports it
    read_lines([&](std::size_t number, std::string_view text, bool too_long) {
        if (!too_long && text.find('!') != std::string_view::npos &&
            core::read_log_line(text, entry, problem, context) == core::LineKind::cancel) {
            found.add(entry, number);
        }
    });
    return found;
}

LogReading LogStore::read_exercises(
    const core::Routine& routine,
    const std::function<void(const core::LogEntry&, const core::Exercise&)>& visit,
    const core::Cancellations* skip,
    const std::function<void(const core::LogEntry&)>& visit_cancelled,
    const std::function<void(const core::LogEntry&)>& visit_pause, const CheckpointFile* checkpoint,
    bool* broken, CheckpointWatch* watch) const {
    LogReading reading;
    if (missing()) {
        reading.missing = true;
        return reading;
    }
    core::LabelIndex labels(routine);
    core::LineCache cache;
    core::LineContext context{&routine, local_zone(), &labels, &cache};
    core::LogEntry entry;
    const core::Exercise* exercise = nullptr;
    bool skipping = skip != nullptr && !skip->empty();
    core::ExerciseSuggestions suggestions(routine);
    std::optional<core::CancelledRecords> cancelled;
    if (skipping) {
        cancelled.emplace(*skip);
    }
    core::LineProblem problem;
    // The checkpoint's lines: before the first line read, its records (with their numbers) of the
    // bytes it stands for; true while they are given.
    bool kept_record = false;
    auto line = [&](std::size_t number, std::string_view text, bool too_long) {
        core::LineKind kind = core::LineKind::invalid;
        if (broken != nullptr && *broken) {
            return;
        }
        if (too_long) {
            problem = {1, too_long_line_message(), {}};
        } else {
            kind = core::read_log_line(text, entry, problem, context, &exercise);
        }
        if (watch != nullptr) {
            watch->see(text, too_long, kind, entry);
        }
        if (checkpoint != nullptr && reaches_before(kind, entry, checkpoint->week())) {
            // Among its records, sets the checkpoint counted (a cancellation or pause it stands
            // for is read again); after its bytes, a line that changes a week it judged.
            if (!kept_record) {
                *broken = true;
                return;
            }
            if (kind == core::LineKind::entry) {
                // Judged by the checkpoint; still shown to the cancellations, which decide a
                // record of the same instant (in another offset) after it by it.
                ++reading.entries;
                if (skipping) {
                    cancelled->cancelled(entry, number);
                }
                return;
            }
        }
        switch (kind) {
        case core::LineKind::blank:
            return;
        case core::LineKind::cancel:
            reading.cancellations.add(entry, number);
            return;
        case core::LineKind::invalid:
            if (++reading.skipped <= skipped_lines_described) {
                // What is close to an unknown name only for the lines described.
                reading.described.push_back(
                    {m_path, static_cast<int>(number), problem.column,
                     problem.message + suggestions.did_you_mean(problem.unknown_exercise)});
            }
            return;
        case core::LineKind::entry:
        case core::LineKind::pause:
        case core::LineKind::resume:
            break;
        }
        // A record: sets, a pause or a resume.
        reading.entries += kind == core::LineKind::entry ? 1 : 0;
        if (skipping && cancelled->cancelled(entry, number)) {
            ++reading.cancelled;
            if (visit_cancelled) {
                visit_cancelled(entry);
            }
        } else if (kind == core::LineKind::entry) {
            visit(entry, *exercise);
        } else {
            reading.pauses.add(entry);
            if (visit_pause) {
                visit_pause(entry);
            }
        }
    };
    if (checkpoint == nullptr) {
        read_lines(line);
        return reading;
    }
    kept_record = true;
    for (const auto& [number, text] : checkpoint->records()) {
        line(number, text, false);
    }
    kept_record = false;
    CheckpointDigest digest;
    bool proved = false;
    auto prove = [&] {
        if (!proved) {
            proved = true;
            if (digest.bytes() + 1 == checkpoint->bytes()) {
                digest.add("\n"); // its last line, and the log's, without its newline
            }
            *broken = *broken || !checkpoint->proves(digest);
        }
    };
    m_system.read_lines_after(m_path, "log",
                              Prefix{checkpoint->bytes(), checkpoint->lines(),
                                     [&](std::string_view piece) {
                                         digest.add(piece);
                                     }},
                              [&](std::size_t number, std::string_view text, bool too_long) {
                                  prove();
                                  line(number, text, too_long);
                              });
    prove();
    reading.entries += checkpoint->entries();
    return reading;
}

core::LogHistory LogStore::history(const core::Routine& routine, LogReading& reading) const {
    return sessions_of_log(routine, reading, nullptr, nullptr, nullptr);
}

core::LogHistory LogStore::sessions_of_log(const core::Routine& routine, LogReading& reading,
                                           const CheckpointFile* checkpoint, bool* broken,
                                           CheckpointWatch* watch) const {
    core::LogHistory history;
    // Each exercise's sessions, by its place in the routine: the reader has found the exercise
    // of every line already, once (README, Performance: `report` over 1M lines in 0.83 x
    // mawk's time).
    std::vector<core::Sessions*> sessions;
    for (const core::Exercise& exercise : routine.exercises) {
        sessions.push_back(&history.sessions_of(exercise.id));
    }
    auto add = [&](const core::LogEntry& entry, const core::Exercise& exercise) {
        core::LogHistory::add(
            *sessions[static_cast<std::size_t>(&exercise - routine.exercises.data())], entry);
    };
    reading = read_exercises(routine, add, nullptr, {}, {}, checkpoint, broken, watch);
    if (!reading.cancellations.empty() && (broken == nullptr || !*broken)) {
        // Sessions sum their sets and cannot give one back: read again, leaving the cancelled
        // entries out. A log without cancellations is read once.
        core::Cancellations skip = std::move(reading.cancellations);
        history = core::LogHistory();
        sessions.clear();
        for (const core::Exercise& exercise : routine.exercises) {
            sessions.push_back(&history.sessions_of(exercise.id));
        }
        reading = read_exercises(routine, add, &skip, {}, {}, checkpoint, broken);
    }
    history.pauses() = std::move(reading.pauses);
    return history;
}

LogCheck LogStore::check(const core::Routine& routine, std::size_t describe) const {
    LogCheck result;
    // Kept while there is room, else only counted: a log may hold a million problems.
    auto keep = [&](core::LogProblem& problem) {
        result.invalid = result.invalid || problem.severity == core::Severity::error;
        if (result.problems.size() < describe) {
            result.problems.push_back(std::move(problem));
        } else {
            ++result.more;
        }
    };
    core::LogChecker checker(routine, local_zone());
    std::vector<core::LogProblem> problems;
    read_lines([&](std::size_t number, std::string_view text, bool too_long) {
        problems.clear();
        if (too_long) {
            problems.push_back({number, 1, too_long_line_message()});
        } else {
            checker.check(number, text, problems);
        }
        for (core::LogProblem& problem : problems) {
            keep(problem);
        }
    });
    // What the whole log shows, a part of its records at a time (the first held by the pass
    // above): the first `describe` by line across the parts.
    std::vector<core::LogProblem> whole;
    auto finish_part = [&] {
        result.more += checker.finish(whole, describe);
        std::stable_sort(whole.begin(), whole.end(),
                         [](const auto& a, const auto& b) { return a.line < b.line; });
        if (whole.size() > describe) {
            result.more += whole.size() - describe;
            whole.resize(describe);
        }
    };
    finish_part();
    for (std::size_t part = 1; part < checker.parts(); ++part) {
        read_lines([&](std::size_t number, std::string_view text, bool too_long) {
            if (!too_long) {
                checker.recall(part, number, core::without_line_ends(text));
            }
        });
        finish_part();
    }
    for (core::LogProblem& problem : whole) {
        keep(problem);
    }
    return result;
}

} // namespace backplan::io
