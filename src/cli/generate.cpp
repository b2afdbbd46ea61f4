#include "cli/commands.hpp"
#include "cli/log_reading.hpp"
#include "core/error.hpp"
#include "core/plan.hpp"
#include "io/output.hpp"
#include "io/plan_writer.hpp"

#include <spdlog/spdlog.h>

#include <sstream>

namespace backplan::cli {
CLI::App* add_generate(CLI::App& app, GenerateOptions& options) {
    CLI::App* command = app.add_subcommand("generate", "Write a weekly training plan");
    command->add_option("-w,--weeks", options.weeks, "Number of weeks, 1 to 104 (default 4)")
        ->type_name("N")
        ->check(CLI::Range(core::plan_weeks_limits.low, core::plan_weeks_limits.high));
    command
        ->add_option("-s,--start", options.start,
                     "First day of week 1 (default: Monday of this week)")
        ->type_name("YYYY-MM-DD");
    command
        ->add_option("-d,--days", options.days,
                     "Training days, e.g. mon,wed,fri (default: the template's)")
        ->type_name("DAYS");
    command
        ->add_option("-o,--output", options.output,
                     "Write to FILE instead of stdout (- for stdout)")
        ->type_name("FILE");
    command
        ->add_option("-f,--format", options.format,
                     "Output format: text (default), ics, html, csv, json or markdown")
        ->type_name("FORMAT");
    command->add_flag("--fresh", options.fresh,
                      "Ignore the log: every exercise from the first step of its ladder");
    command->add_flag("--page-break", options.page_break,
                      "text: start every week on a new printed page (a form feed between weeks)");
    command
        ->add_option("--time", options.time,
                     "ics: timed events starting at HH:MM local time (default: all-day events)")
        ->type_name("HH:MM");
    command
        ->add_option("--duration", options.duration,
                     "ics: length of timed events, e.g. 45m or 1h (default 30m; needs --time)")
        ->type_name("DURATION");
    command
        ->add_option("--remind", options.remind,
                     "ics: an alarm this long before each event, e.g. 10m or 1h")
        ->type_name("DURATION");
    return command;
}

void run_generate(const GenerateOptions& options, const GlobalOptions& global,
                  const Environment& environment, std::ostream& out) {
    io::Format format = io::parse_format(options.format);
    io::WriteOptions write_options;
    write_options.page_break = options.page_break;
    io::CalendarOptions& calendar = write_options.calendar;
    if (options.time) {
        calendar.time =
            option_value("--time", [&] { return core::parse_time_of_day(*options.time); });
    }
    if (options.duration) {
        calendar.duration = option_value("--duration", [&] {
            return core::parse_duration(*options.duration, io::event_minutes.low,
                                        io::event_minutes.high);
        });
    }
    if (options.remind) {
        calendar.remind = option_value("--remind", [&] {
            return core::parse_duration(*options.remind, io::remind_minutes.low,
                                        io::remind_minutes.high);
        });
    }
    calendar.stamp = environment.stamp;
    calendar.version = BACKPLAN_VERSION;
    if (format != io::Format::ics && options.calendar_options_given) {
        spdlog::warn("--time, --duration and --remind are only used with --format ics");
    }
    core::PlanRequest request;
    request.weeks = options.weeks;
    request.start =
        date_option("--start", options.start).value_or(core::monday_of_week(environment.now.date));
    if (options.days) {
        request.days = option_value("--days", [&] { return core::parse_weekdays(*options.days); });
    }
    core::Routine routine = io::load_routine(global.template_spec, environment.template_dirs);
    if (!options.fresh) {
        request.states = core::ladder_states(routine, read_history(routine, global), request.start);
    }
    core::Plan plan = core::build_plan(routine, request);

    std::ostringstream text;
    io::write_plan(plan, format, write_options, text);
    if (options.output && *options.output != "-") {
        io::write_output(*options.output, text.str());
        spdlog::info("wrote {} weeks to {}", plan.weeks.size(), *options.output);
    } else {
        out << text.str();
    }
}

} // namespace backplan::cli
