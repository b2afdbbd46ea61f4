#include "cli/arguments.hpp"
#include "cli/command.hpp"
#include "cli/recording.hpp"
#include "cli/usage.hpp"
#include "core/coach.hpp"
#include "core/match.hpp"
#include "core/pain.hpp"
#include "core/text.hpp"
#include "io/formats/text_writer.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>

namespace backplan::cli {
namespace {

struct LogOptions {
    std::string action;
    std::vector<std::string> amounts;
    std::optional<std::string> note;
    std::optional<std::string> at;
    std::optional<std::string> pain; // read as decimal digits, as --weeks is
};

class Log : public Command {
  public:
    CLI::App* add(CLI::App& app) override {
        CLI::App* command = app.add_subcommand("log", "Append sets done to the training log");
        add_action(command, "action", m_options.action, "Exercise id, name or alias")->required();
        command
            ->add_option("amounts", m_options.amounts,
                         "Reps of each set, or seconds for a timed hold (45s)")
            ->type_name("REPS")
            ->required();
        add_note(command, m_options.note, "A note kept with the entry");
        command
            ->add_option("--at", m_options.at,
                         "When: now (default), a DATE at noon (today: now), HH:MM, "
                         "YYYY-MM-DDTHH:MM[:SS][+hh:mm|Z]")
            ->type_name("WHEN");
        command->add_option("--pain", m_options.pain, "Pain felt, 0 (none) to 10 (the worst)")
            ->type_name("N")
            ->check(whole_number(core::pain_limits.low, core::pain_limits.high));
        return command;
    }

    ExitCode run(const Context& context, std::ostream& out) override {
        const LogOptions& options = m_options;
        core::Timestamp time =
            options.at ? at_time(context, "--at", *options.at) : context.now_timestamp();
        core::Routine routine = context.routine();
        const core::Exercise& exercise = core::resolve_exercise(routine, options.action);

        core::LogEntry entry;
        entry.time = time;
        entry.id = exercise.id;
        entry.unit = exercise.progression.unit;
        entry.amounts = parse_amounts(options.amounts, entry.unit, exercise.id);
        if (options.pain) {
            entry.pain = option_value("--pain", [&] {
                return core::parse_count(*options.pain, core::pain_limits.low,
                                         core::pain_limits.high);
            });
        }
        // Trimmed as the reader trims it, so that the line reads back the same.
        entry.note = note_option(options.note);
        if (entry.time.instant() > context.now_timestamp().instant()) {
            spdlog::warn("logging a time in the future: {}", core::format_timestamp(entry.time));
        }
        append_and_echo(context, entry, &routine, "the line", "", out);
        warn_about(context, routine, exercise, entry);
        return ExitCode::ok;
    }

    // Warns, once the entry is recorded, of an amount more than twice the prescription of its
    // day (a typed 166 for 16), and of an exercise the plan does not hold that day (the routine
    // moved on from it, or it follows another). The log is read only when one could be: for an
    // amount more than twice the lowest of the ladder, or an exercise in a line of variants.
    static void warn_about(const Context& context, const core::Routine& routine,
                           const core::Exercise& exercise, const core::LogEntry& entry) {
        int highest = *std::max_element(entry.amounts.begin(), entry.amounts.end());
        std::vector<core::Step> steps = core::ladder(exercise.progression);
        auto lowest = std::min_element(steps.begin(), steps.end(), [](core::Step a, core::Step b) {
            return a.amount < b.amount;
        });
        bool in_line = !exercise.then.empty() ||
                       std::any_of(routine.exercises.begin(), routine.exercises.end(),
                                   [&](const core::Exercise& e) { return e.then == exercise.id; });
        if (highest <= 2 * lowest->amount && !in_line) {
            return;
        }
        core::LogHistory history = context.history(routine);
        core::Date date = entry.time.date;
        core::Coach coach(routine, history, context.now().date, core::add_days(date, 7));
        std::size_t e = core::index_of(routine, exercise.id);
        if (!coach.active(e, date)) {
            std::size_t now = coach.current_of(e, date);
            spdlog::warn("{} is not in the plan on {}{}", exercise.id, core::format_date(date),
                         now != e ? "; the plan holds " + routine.exercises[now].id + " then"
                                  : std::string());
        }
        core::Step step = coach.replay(e).prescribed(date);
        if (highest > 2 * step.amount) {
            spdlog::warn("{} {} is more than twice the {} planned for {}; if it is a typo, "
                         "`backplan undo` takes the line back",
                         highest, exercise.progression.unit == core::Unit::seconds ? "s" : "reps",
                         io::format_prescription(exercise.progression.unit, step),
                         core::format_date(date));
        }
    }

  private:
    LogOptions m_options;
};

} // namespace

std::unique_ptr<Command> make_log() {
    return std::make_unique<Log>();
}

} // namespace backplan::cli
