#include "cli/arguments.hpp"
#include "cli/command.hpp"
#include "cli/diagnostics.hpp"
#include "core/plan.hpp"
#include "io/progress_writer.hpp"

namespace backplan::cli {
namespace {

class Today : public Command {
  public:
    CLI::App* add(CLI::App& app) override {
        CLI::App* command = app.add_subcommand(
            "today", "Today's session: what is planned, what is already logged, what is left");
        add_date(command, "--date", m_date, "Another day's session (default: today)");
        return command;
    }

    ExitCode run(const Context& context, std::ostream& out) override {
        core::Date date = date_option("--date", m_date).value_or(context.now().date);
        core::Routine routine = context.routine();
        core::LogHistory history = context.history(routine);
        core::PlanRequest request;
        request.start = core::monday_of_week(date);
        request.weeks = 2; // this week and the next, to name the next training day
        say_decisions(routine, history, request.start);
        core::Plan plan = core::build_plan(routine, history, request);

        std::vector<io::TodayItem> items;
        std::optional<core::PlanDay> next;
        for (const core::PlanWeek& week : plan.weeks) {
            for (const core::PlanDay& day : week.days) {
                if (day.date == date) {
                    for (const core::PlanItem& item : day.items) {
                        const core::Session* logged = history.sessions(item.id).find(date);
                        items.push_back({item, logged == nullptr
                                                   ? std::nullopt
                                                   : std::optional<core::Session>(*logged)});
                    }
                } else if (day.date > date && !next && core::in_date_range(day.date)) {
                    next = day;
                }
            }
        }
        io::write_today(date, items, next, out);
        return ExitCode::ok;
    }

  private:
    std::optional<std::string> m_date;
};

} // namespace

std::unique_ptr<Command> make_today() {
    return std::make_unique<Today>();
}

} // namespace backplan::cli
