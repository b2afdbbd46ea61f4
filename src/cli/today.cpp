#include "cli/commands.hpp"
#include "cli/log_reading.hpp"
#include "io/progress_writer.hpp"

namespace backplan::cli {

CLI::App* add_today(CLI::App& app, TodayOptions& options) {
    CLI::App* command = app.add_subcommand(
        "today", "Today's session: what is planned, what is already logged, what is left");
    command->add_option("--date", options.date, "Another day's session (default: today)")
        ->type_name("YYYY-MM-DD");
    return command;
}

void run_today(const TodayOptions& options, const GlobalOptions& global,
               const Environment& environment, std::ostream& out) {
    core::Date date = date_option("--date", options.date).value_or(environment.now.date);
    core::Routine routine = io::load_routine(global.template_spec, environment.template_dirs);
    core::LogHistory history = read_history(routine, global);
    core::PlanRequest request;
    request.start = core::monday_of_week(date);
    request.weeks = 2; // this week and the next, to name the next training day
    request.states = core::ladder_states(routine, history, request.start);
    core::Plan plan = core::build_plan(routine, request);

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
            } else if (day.date > date && !next) {
                next = day;
            }
        }
    }
    io::write_today(date, items, next, out);
}

} // namespace backplan::cli
