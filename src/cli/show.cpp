#include "cli/command.hpp"
#include "core/coach.hpp"
#include "core/match.hpp"
#include "io/formats/show_writer.hpp"
#include "io/formats/text_writer.hpp"

namespace backplan::cli {
namespace {

class Show : public Command {
  public:
    CLI::App* add(CLI::App& app) override {
        CLI::App* command = app.add_subcommand(
            "show", "Where each exercise stands on its ladder, or how to do one and its weeks");
        add_action(command, "action", m_action, "Exercise id, name or alias");
        return command;
    }

    ExitCode run(const Context& context, std::ostream& out) override {
        core::Routine routine = context.routine();
        core::LogHistory history = context.history(routine);
        core::Date today = context.now().date;
        // Up to the end of this week: where it stands as this week goes.
        core::Coach coach(routine, history, today, core::add_days(core::monday_of_week(today), 7));
        if (m_action) {
            const core::Exercise& exercise = core::resolve_exercise(routine, *m_action);
            std::size_t e = core::index_of(routine, exercise.id);
            io::write_exercise(routine, exercise, out);
            io::write_standing(coach, e, today, out);
            io::write_cues(exercise, out);
            io::write_weeks(coach, e, today, out);
        } else {
            io::write_standings(coach, today, out);
        }
        return ExitCode::ok;
    }

  private:
    std::optional<std::string> m_action;
};

} // namespace

std::unique_ptr<Command> make_show() {
    return std::make_unique<Show>();
}

} // namespace backplan::cli
