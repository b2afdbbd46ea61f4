#include "cli/arguments.hpp"
#include "cli/command.hpp"
#include "cli/recording.hpp"
#include "core/cancellations.hpp"
#include "core/match.hpp"
#include "core/text.hpp"

namespace backplan::cli {
namespace {

struct UndoOptions {
    std::optional<std::string> action;
    std::optional<std::string> at;
    std::optional<std::string> note;
};

class Undo : public Command {
  public:
    CLI::App* add(CLI::App& app) override {
        CLI::App* command = app.add_subcommand(
            "undo", "Cancel the last record (or the one named) by appending a cancellation");
        add_action(command, "action", m_options.action,
                   "Only a record of this exercise (id, name or alias), or '!pause' or '!resume'");
        command
            ->add_option("--at", m_options.at,
                         "The time of the record to cancel, as history prints it (or as log "
                         "--at takes it); needs the exercise")
            ->type_name("WHEN");
        add_note(command, m_options.note, "A note kept with the cancellation");
        return command;
    }

    ExitCode run(const Context& context, std::ostream& out) override {
        const UndoOptions& options = m_options;
        if (options.at && !options.action) {
            throw Error(ExitCode::usage, "--at: name the exercise of the record too (or '!pause' "
                                         "or '!resume'), as in: backplan undo --at TIME EXERCISE");
        }
        core::Routine routine = context.routine();
        std::string id;
        if (options.action && options.action->starts_with("!")) {
            // A record other than sets, by its marker.
            if (*options.action == core::undo_marker) {
                throw ValueError(
                    "a cancellation cannot be cancelled; log the record again instead");
            }
            if (!core::is_pause_marker(*options.action)) {
                throw ValueError("unknown kind of record " + core::quoted(*options.action) +
                                 "; expected an exercise, '!pause' or '!resume'");
            }
            id = *options.action;
        } else if (options.action) {
            id = core::resolve_exercise(routine, *options.action).id;
        }
        std::optional<core::Timestamp> at;
        if (options.at) {
            at = at_time(context, "--at", *options.at, TodayAt::noon);
        }
        io::LogStore store = log_for_appending(context);
        if (context.system().missing(store.path())) {
            throw nothing_found(store.path(), id, at);
        }
        // Chosen under the log's lock: two undos at once cancel two records, never one twice.
        core::LogEntry record;
        io::Appended appended = store.append_chosen(routine, [&](const io::LogStore& locked) {
            record = find_record(locked, routine, id, at);
            core::LogEntry cancellation;
            cancellation.time = context.now_timestamp();
            cancellation.id = record.id;
            cancellation.cancels = record.time;
            cancellation.note = note_option(options.note);
            return cancellation;
        });
        echo(store, appended, "the cancellation", "cancelled: " + core::format_log_line(record),
             out);
        return ExitCode::ok;
    }

  private:
    // Why there is nothing to cancel: no record (of id, at *at) that is not cancelled.
    static ValueError nothing_found(const std::string& path, const std::string& id,
                                    const std::optional<core::Timestamp>& at,
                                    bool cancelled = false) {
        if (at) {
            std::string named = id + " at " + core::format_timestamp(*at);
            return ValueError(cancelled ? "the record of " + named + " is cancelled already"
                                        : "no record of " + named + " in " + path +
                                              "; backplan history lists the records");
        }
        return ValueError(std::string("nothing to undo: ") + path + " holds no record" +
                          (id.empty() ? "" : " of " + id) + " that is not cancelled");
    }

    // The record to cancel: the one of exercise id at *at, else the latest one (of exercise id
    // when given) that no cancellation takes back; the last in the log among equally late ones.
    // Throws ValueError when there is none, and when another record that is not a copy of it
    // has its time and exercise: a log written before identities were unique may hold such
    // records, and a cancellation would take back both.
    static core::LogEntry find_record(const io::LogStore& store, const core::Routine& routine,
                                      const std::string& id,
                                      const std::optional<core::Timestamp>& at) {
        std::vector<core::LogEntry> latest; // those at the latest instant, in the log's order
        io::LogReading reading = store.read(routine, [&](const core::LogEntry& entry) {
            if ((!id.empty() && entry.id != id) || (at && entry.time.instant() != at->instant())) {
                return;
            }
            if (!latest.empty() && entry.time.instant() < latest.back().time.instant()) {
                return;
            }
            if (!latest.empty() && entry.time.instant() > latest.back().time.instant()) {
                latest.clear();
            }
            latest.push_back(entry);
        });
        report_reading(reading, store.path());
        if (latest.empty()) {
            throw nothing_found(store.path(), id, at, at && reading.cancellations.names(*at, id));
        }
        const core::LogEntry& found = latest.back();
        for (const core::LogEntry& other : latest) {
            if (other.id == found.id &&
                core::record_content(other) != core::record_content(found)) {
                throw ValueError("cannot cancel " + core::format_log_line(found) +
                                 " alone: the log holds another record of " + found.id +
                                 " at that instant, " + core::format_log_line(other) +
                                 " (written by an earlier backplan), and a cancellation takes "
                                 "back both; nothing was written");
            }
        }
        return found;
    }

    UndoOptions m_options;
};

} // namespace

std::unique_ptr<Command> make_undo() {
    return std::make_unique<Undo>();
}

} // namespace backplan::cli
