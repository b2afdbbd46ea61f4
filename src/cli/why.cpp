#include "cli/arguments.hpp"
#include "cli/command.hpp"
#include "core/coach.hpp"
#include "core/match.hpp"
#include "io/formats/progress_writer.hpp"
#include "io/formats/show_writer.hpp"

namespace backplan::cli {
namespace {

class Why : public Command {
  public:
    CLI::App* add(CLI::App& app) override {
        CLI::App* command = app.add_subcommand(
            "why", "Show, week by week, what the log did to an exercise's plan, and why");
        add_action(command, "action", m_action, "Exercise id, name or alias")->required();
        add_date(command, "--date", m_date,
                 "Explain the weeks up to the one of this date (default: today)");
        command->add_flag("--all", m_all,
                          "Every week since the first log line (default: the last " +
                              std::to_string(io::why_weeks) + ")");
        return command;
    }

    ExitCode run(const Context& context, std::ostream& out) override {
        core::Date date =
            date_option("--date", m_date, context.now().date).value_or(context.now().date);
        core::Routine routine = context.routine();
        const core::Exercise& exercise = core::resolve_exercise(routine, m_action);
        // Up to the end of the week of the date: that week too, as it stands; without --all,
        // only the weeks shown are kept (why over a 50-year log: 8.3 -> 6.8 MB), and only they
        // need be read.
        core::Date until = core::add_days(core::monday_of_week(date), 7);
        std::optional<core::Date> keep;
        if (!m_all) {
            keep = core::add_days(until, -7 * static_cast<int>(io::why_weeks + 1));
        }
        core::LogHistory history =
            keep ? context.history(routine, *keep) : context.history(routine);
        core::Coach coach(routine, history, context.now().date, until, keep);
        std::size_t e = core::index_of(routine, exercise.id);
        io::WhyView view = io::why_view(coach, e, date, m_all);
        if (keep && view.last && *view.last < core::monday_of_week(date)) {
            // The plan moved on from it before: the weeks shown end there; kept whole.
            if (history.resume() != nullptr) {
                // Read whole, told once: the first reading reported what it skipped.
                io::LogReading again;
                history = context.log().history(routine, again);
            }
            coach = core::Coach(routine, history, context.now().date, until);
            view = io::why_view(coach, e, date, m_all);
        }
        if (!coach.active(e, date) && coach.before(e)) {
            io::write_not_in_plan(coach, e, date, out);
            return ExitCode::ok;
        }
        io::write_why(exercise, core::training_days(routine, exercise), coach.replay(e), view, out);
        return ExitCode::ok;
    }

  private:
    std::string m_action;
    std::optional<std::string> m_date;
    bool m_all = false;
};

} // namespace

std::unique_ptr<Command> make_why() {
    return std::make_unique<Why>();
}

} // namespace backplan::cli
