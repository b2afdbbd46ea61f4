#include "cli/arguments.hpp"
#include "cli/command.hpp"
#include "cli/recording.hpp"
#include "io/formats/text_writer.hpp"

namespace backplan::cli {
namespace {

struct PauseOptions {
    std::optional<std::string> from;
    std::optional<std::string> until;
    bool end = false;
    std::optional<std::string> note;
};

class Pause : public Command {
  public:
    CLI::App* add(CLI::App& app) override {
        CLI::App* command = app.add_subcommand(
            "pause", "Pause training for whole days (illness, travel), or end a pause early");
        CLI::Option* until =
            add_date(command, "--until", m_options.until, "The last day of the pause");
        CLI::Option* from = add_date(command, "--from", m_options.from,
                                     "The first day of the pause (default: today)");
        command
            ->add_flag("--end", m_options.end,
                       "Back early: the pause that holds today ends, and today is a training day")
            ->excludes(until)
            ->excludes(from);
        add_note(command, m_options.note, "A note kept with the pause");
        return command;
    }

    ExitCode run(const Context& context, std::ostream& out) override {
        const PauseOptions& options = m_options;
        if (!options.end && !options.until) {
            throw Error(ExitCode::usage,
                        "give --until DATE (the last day of the pause), or --end to end "
                        "one early");
        }
        core::Date today = context.now().date;
        core::LogEntry record;
        record.time = context.now_timestamp();
        record.note = note_option(options.note);
        std::string said;
        if (options.end) {
            core::Routine routine = context.routine();
            core::LogHistory history = context.history(routine);
            const core::PauseSpan* pause = history.pauses().covering(today);
            if (pause == nullptr) {
                throw ValueError("nothing to end: no pause holds today (" + io::day_name(today) +
                                 "); backplan history lists the pauses");
            }
            record.id = core::resume_marker;
            record.days = core::DaySpan{today, today};
            said = "the pause of " + io::day_name(pause->first) + " to " +
                   io::day_name(pause->last) + " is over from " + io::day_name(today);
            // A resume ends only what was written before it: a pause recorded by a device whose
            // clock is ahead of this one's would outlast it.
            core::Pauses after = history.pauses();
            after.add(record);
            if (after.paused(today)) {
                throw ValueError("cannot end the pause of " + io::day_name(pause->first) + " to " +
                                 io::day_name(pause->last) +
                                 " from here: it was recorded at a time later than this "
                                 "device's clock (" +
                                 core::format_timestamp(record.time) +
                                 "); check the clock, or undo the pause");
            }
        } else {
            core::Date first = date_option("--from", options.from, today).value_or(today);
            core::Date last = *date_option("--until", options.until, today);
            if (last < first) {
                throw Error(ExitCode::usage, "--until " + core::format_date(last) +
                                                 " is before the first day of the pause, " +
                                                 core::format_date(first) +
                                                 (options.from ? "" : " (today)"));
            }
            record.id = core::pause_marker;
            record.days = core::DaySpan{first, last};
            said = "paused: " + io::day_name(first) + " to " + io::day_name(last);
        }
        append_and_echo(context, record, nullptr, "the pause", said, out);
        return ExitCode::ok;
    }

  private:
    PauseOptions m_options;
};

} // namespace

std::unique_ptr<Command> make_pause() {
    return std::make_unique<Pause>();
}

} // namespace backplan::cli
