#include "cli/commands.hpp"
#include "cli/log_reading.hpp"
#include "core/match.hpp"
#include "io/output.hpp"
#include "io/report_writer.hpp"

#include <spdlog/spdlog.h>

#include <sstream>

namespace backplan::cli {

CLI::App* add_report(CLI::App& app, ReportOptions& options) {
    CLI::App* command = app.add_subcommand(
        "report", "Per week, planned against done; streak, records and a chart of the volume");
    command->add_option("--since", options.since, "From this date (default: the first logged day)")
        ->type_name("YYYY-MM-DD");
    command->add_option("--until", options.until, "Up to this date (default: today)")
        ->type_name("YYYY-MM-DD");
    command->add_option("--action", options.action, "Only this exercise (id, name or alias)")
        ->type_name("ACTION");
    command->add_option("-f,--format", options.format, "Output format: text (default), csv or json")
        ->type_name("FORMAT");
    command->add_option("--chart", options.chart, "Also write an SVG chart of the weekly volume")
        ->type_name("FILE.svg");
    command->add_flag("--ascii", options.ascii, "Draw the text chart in ASCII only");
    return command;
}

void run_report(const ReportOptions& options, const GlobalOptions& global,
                const Environment& environment, std::ostream& out) {
    io::ReportFormat format = io::parse_report_format(options.format);
    core::ReportRequest request;
    request.until = date_option("--until", options.until).value_or(environment.now.date);
    request.since = date_option("--since", options.since);
    if (request.since && *request.since > request.until) {
        throw Error(ExitCode::usage, "--since: " + *options.since + " is after --until " +
                                         core::format_date(request.until));
    }
    core::Routine routine = io::load_routine(global.template_spec, environment.template_dirs);
    if (options.action) {
        request.ids.push_back(core::resolve_exercise(routine, *options.action).id);
    }
    core::Report report = core::build_report(routine, read_history(routine, global), request);

    if (options.chart) {
        std::ostringstream svg;
        io::write_svg_chart(report, svg);
        io::write_output(*options.chart, svg.str());
        spdlog::info("wrote the chart to {}", *options.chart);
    }
    switch (format) {
    case io::ReportFormat::text:
        io::write_text_report(
            report, {environment.terminal.utf8 && !options.ascii, environment.terminal.color}, out);
        break;
    case io::ReportFormat::csv:
        io::write_csv_report(report, out);
        break;
    case io::ReportFormat::json:
        io::write_json_report(report, out);
        break;
    }
}

} // namespace backplan::cli
