#include "cli/arguments.hpp"
#include "cli/command.hpp"
#include "cli/diagnostics.hpp"
#include "cli/usage.hpp"
#include "core/plan.hpp"
#include "core/text.hpp"
#include "io/formats/ical_library.hpp"
#include "io/formats/plan_writer.hpp"
#include "io/system/clock.hpp"
#include "io/system/shared_library.hpp"

#include <spdlog/spdlog.h>

namespace backplan::cli {
namespace {

struct GenerateOptions {
    std::string weeks = "4"; // read as decimal digits: CLI11 would take 010 as octal, 0x10 as hex
    std::optional<std::string> start;
    std::optional<std::string> days;
    std::optional<std::string> output;
    std::string format = "text";
    bool page_break = false;
    bool fresh = false;
    std::optional<std::string> time;
    std::optional<std::string> duration;
    std::optional<std::string> remind;
};

class Generate : public Command {
  public:
    CLI::App* add(CLI::App& app) override {
        GenerateOptions& o = m_options;
        CLI::App* command = app.add_subcommand("generate", "Write a weekly training plan");
        command->add_option("-w,--weeks", o.weeks, "Number of weeks, 1 to 104 (default 4)")
            ->type_name("N")
            ->check(whole_number(core::plan_weeks_limits.low, core::plan_weeks_limits.high));
        add_date(command, "-s,--start", o.start,
                 "First day of week 1 (default: Monday of this week)");
        std::vector<std::string> weekdays;
        for (unsigned day = 1; day <= 7; ++day) {
            weekdays.emplace_back(core::weekday_key(std::chrono::weekday(day % 7)));
        }
        completes(command
                      ->add_option("-d,--days", o.days,
                                   "Training days, e.g. mon,wed,fri (default: the template's)")
                      ->type_name("DAYS"),
                  {Completion::Kind::list, weekdays});
        completes(command
                      ->add_option("-o,--output", o.output,
                                   "Write to FILE instead of stdout (- for stdout)")
                      ->type_name("FILE"),
                  file_completion);
        std::vector<std::string_view> formats = io::format_names();
        completes(command
                      ->add_option("-f,--format", o.format,
                                   "Output format: text (default), ics, html, csv, json or "
                                   "markdown")
                      ->type_name("FORMAT"),
                  {Completion::Kind::choices, {formats.begin(), formats.end()}});
        command->add_flag("--fresh", o.fresh,
                          "Ignore the log: every exercise from the first step of its ladder");
        command->add_flag(
            "--page-break", o.page_break,
            "text: start every week on a new printed page (a form feed between weeks)");
        command
            ->add_option("--time", o.time,
                         "ics: timed events starting at HH:MM local time (default: all-day "
                         "events)")
            ->type_name("HH:MM");
        command
            ->add_option("--duration", o.duration,
                         "ics: length of timed events, e.g. 45m or 1h (default 30m; needs --time)")
            ->type_name("DURATION");
        command
            ->add_option("--remind", o.remind,
                         "ics: an alarm this long before each event, e.g. 10m or 1h")
            ->type_name("DURATION");
        return command;
    }

    ExitCode run(const Context& context, std::ostream& out) override {
        GenerateOptions options = with_config(context);
        bool to_file = options.output && *options.output != "-";
        if (to_file) {
            refuse_overwriting_inputs(context, "-o", *options.output);
        }
        io::Format format = io::parse_format(options.format);
        io::WriteOptions write_options{options.page_break, calendar(context, options)};
        if (format != io::Format::ics && m_calendar_options_given) {
            spdlog::warn("--time, --duration and --remind are only used with --format ics");
        }
        if (format != io::Format::text && options.page_break) {
            spdlog::warn("--page-break is only used with --format text");
        }
        core::PlanRequest request;
        request.weeks = option_value("--weeks", [&] {
            return core::parse_count(options.weeks, core::plan_weeks_limits.low,
                                     core::plan_weeks_limits.high);
        });
        request.start = date_option("--start", options.start, context.now().date)
                            .value_or(core::monday_of_week(context.now().date));
        check_weeks_fit(request);
        if (options.days) {
            request.days =
                option_value("--days", [&] { return core::parse_weekdays(*options.days); });
        }
        request.fresh = options.fresh;
        request.today = context.now().date;
        core::Routine routine = context.routine();
        core::LogHistory history;
        if (!options.fresh) {
            // The plan's weeks, and pain a week before them (core::plan_coach).
            history =
                context.history(routine, core::add_days(core::monday_of_week(request.start), -7));
            say_decisions(routine, history, request.start, context.now().date);
        } else {
            spdlog::info("--fresh: every ladder from its first step in the plan's first week");
        }
        core::Plan plan = core::build_plan(routine, history, request);
        // libical is loaded only for --format ics: it and the ICU libraries it needs would add
        // about 3 ms to the start of every other process.
        std::optional<io::LibIcal> ical;
        if (format == io::Format::ics) {
            ical = io::bind_libical(io::SharedLibrary(io::libical_soname, io::libical_needed_for));
            write_options.calendar.library = &*ical;
        }
        auto write = [&](std::ostream& to) {
            io::write_plan(plan, format, write_options, to);
        };
        if (to_file) {
            context.system().replace_file(*options.output, write);
            spdlog::info("wrote {} to {}",
                         core::counted(static_cast<long long>(plan.weeks.size()), "week", "weeks"),
                         *options.output);
        } else {
            write(out);
        }
        return ExitCode::ok;
    }

  private:
    // Throws Error(usage) when the plan's last day would fall after core::last_date.
    static void check_weeks_fit(const core::PlanRequest& request) {
        int fit = core::weeks_in_range(request.start);
        if (request.weeks <= fit) {
            return;
        }
        std::string start = core::format_date(request.start);
        std::string last = core::format_date(core::last_date);
        if (fit == 0) {
            throw Error(ExitCode::usage, "--start: out of range: a week from " + start +
                                             " ends after " + last +
                                             ", the last date backplan handles");
        }
        throw Error(ExitCode::usage, "--weeks: out of range: " + std::to_string(request.weeks) +
                                         " weeks from " + start + " end after " + last +
                                         ", the last date backplan handles; at most " +
                                         std::to_string(fit) + " fit");
    }

    // The options, those not given from the config file (Settings::get). Throws Error(usage)
    // for --duration without a --time from anywhere.
    GenerateOptions with_config(const Context& context) {
        GenerateOptions options = m_options;
        // Said of the command line only: the config file's calendar settings apply quietly.
        m_calendar_options_given = options.time || options.duration || options.remind;
        // The config file's days are not --days's default but the standing schedule, which
        // Context::routine() puts in the routine: weeks are judged on them.
        for (auto [key, option] :
             {std::pair{"time", &options.time}, std::pair{"duration", &options.duration},
              std::pair{"remind", &options.remind}}) {
            *option = context.settings().get(key, *option).value;
        }
        if (m_options.duration && !options.time) {
            throw Error(ExitCode::usage,
                        "--duration: needs --time HH:MM as well (see backplan generate --help)");
        }
        return options;
    }

    static io::CalendarOptions calendar(const Context& context, const GenerateOptions& options) {
        io::CalendarOptions calendar;
        if (options.time) {
            calendar.time =
                option_value("--time", [&] { return core::parse_time_of_day(*options.time); });
        }
        if (options.duration) {
            calendar.duration = option_value("--duration", [&] {
                return core::parse_duration(*options.duration, core::event_minutes.low,
                                            core::event_minutes.high);
            });
        }
        if (options.remind) {
            calendar.remind = option_value("--remind", [&] {
                return core::parse_duration(*options.remind, core::remind_minutes.low,
                                            core::remind_minutes.high);
            });
        }
        calendar.stamp = io::stamp_now(context.system());
        calendar.version = BACKPLAN_VERSION;
        return calendar;
    }

    GenerateOptions m_options;
    bool m_calendar_options_given = false;
};

} // namespace

std::unique_ptr<Command> make_generate() {
    return std::make_unique<Generate>();
}

} // namespace backplan::cli
