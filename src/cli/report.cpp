#include "cli/arguments.hpp"
#include "cli/command.hpp"
#include "core/match.hpp"
#include "io/formats/report_writer.hpp"

#include <spdlog/spdlog.h>

namespace backplan::cli {
namespace {

struct ReportOptions {
    std::optional<std::string> since;
    std::optional<std::string> until;
    std::optional<std::string> action;
    std::string format = "text";
    std::optional<std::string> chart;
    bool ascii = false;
};

class Report : public Command {
  public:
    CLI::App* add(CLI::App& app) override {
        ReportOptions& o = m_options;
        CLI::App* command = app.add_subcommand(
            "report", "Per week, planned against done; streak, records and a chart of the volume");
        add_date(command, "--since", o.since, "From this date (default: the first logged day)");
        add_date(command, "--until", o.until, "Up to this date (default: today)");
        add_action(command, "--action", o.action, "Only this exercise (id, name or alias)");
        std::vector<std::string_view> formats = io::report_format_names();
        completes(
            command
                ->add_option("-f,--format", o.format, "Output format: text (default), csv or json")
                ->type_name("FORMAT"),
            {Completion::Kind::choices, {formats.begin(), formats.end()}});
        completes(
            command->add_option("--chart", o.chart, "Also write an SVG chart of the weekly volume")
                ->type_name("FILE.svg"),
            file_completion);
        command->add_flag("--ascii", o.ascii, "Draw the text chart in ASCII only");
        return command;
    }

    ExitCode run(const Context& context, std::ostream& out) override {
        const ReportOptions& options = m_options;
        if (options.chart) {
            refuse_overwriting_inputs(context, "--chart", *options.chart);
        }
        io::ReportFormat format = io::parse_report_format(options.format);
        core::ReportRequest request;
        DateRange range =
            date_range(options.since, options.until, context.now().date, context.now().date);
        request.since = range.since;
        request.until = range.until.value_or(context.now().date);
        request.today = context.now().date;
        if (options.ascii && format != io::ReportFormat::text) {
            spdlog::warn("--ascii is only used with --format text");
        }
        core::Routine routine = context.routine();
        if (options.action) {
            request.ids.push_back(core::resolve_exercise(routine, *options.action).id);
        }
        // The first day the report may show: its --since, and no more than its weeks before its
        // last (clip_report_range). A checkpoint from before it saves reading the years before.
        core::Date earliest = core::earliest_report_day(request.until, request.today);
        core::LogHistory history =
            context.history(routine, std::max(request.since.value_or(earliest), earliest));
        core::ClippedRange clipped =
            core::clip_report_range(routine, history, request, context.now().date);
        if (clipped.shortened) {
            spdlog::warn("a report covers at most {} weeks: these start on {}; see earlier ones "
                         "with --since and --until",
                         core::max_report_weeks, core::format_date(*clipped.request.since));
        }
        core::Report report = core::build_report(routine, history, clipped.request);

        if (options.chart) {
            context.system().replace_file(
                file_argument("--chart", *options.chart),
                [&](std::ostream& svg) { io::write_svg_chart(report, svg); });
            spdlog::info("wrote the chart to {}", *options.chart);
        }
        switch (format) {
        case io::ReportFormat::text:
            io::write_text_report(
                report, {context.terminal().utf8 && !options.ascii, context.terminal().color}, out);
            break;
        case io::ReportFormat::csv:
            io::write_csv_report(report, out);
            break;
        case io::ReportFormat::json:
            io::write_json_report(report, out);
            break;
        }
        return ExitCode::ok;
    }

  private:
    ReportOptions m_options;
};

} // namespace

std::unique_ptr<Command> make_report() {
    return std::make_unique<Report>();
}

} // namespace backplan::cli
