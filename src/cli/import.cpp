#include "core/import.hpp"

#include "cli/arguments.hpp"
#include "cli/command.hpp"
#include "cli/problems.hpp"
#include "cli/recording.hpp"
#include "cli/usage.hpp"
#include "core/match.hpp"
#include "core/text.hpp"
#include "io/formats/csv_reader.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>

namespace backplan::cli {
namespace {

struct ImportOptions {
    std::string file;
    std::optional<std::string> from;
    std::vector<std::string> map;
    bool skip_unknown = false;
    bool dry_run = false;
};

// The names to match besides the routine's: the config file's map, then --map (a later one
// of the same name wins).
core::NameMap name_map(const Context& context, const core::Routine& routine,
                       const std::vector<std::string>& given) {
    core::NameMap map;
    Resolved configured = context.settings().get("map", std::nullopt);
    std::string configured_lines = configured.value.value_or("");
    std::string_view lines = configured_lines;
    while (!lines.empty()) {
        std::size_t end = lines.find('\n');
        std::string_view line = lines.substr(0, end);
        lines.remove_prefix(end == std::string_view::npos ? lines.size() : end + 1);
        try {
            core::add_mapping(routine, line, map);
        } catch (const ValueError& error) {
            throw DataError({{context.settings().config_file(), configured.line, 0,
                              std::string("map: ") + error.what()}});
        }
    }
    for (const std::string& text : given) {
        try {
            core::add_mapping(routine, text, map);
        } catch (const ValueError& error) {
            throw ValueError(std::string("--map: ") + error.what());
        }
    }
    return map;
}

// The export's sets gathered into records: its app from its header (or --from), each row read.
// Throws DataError listing every row that does not read.
core::ImportPlan read_export(const Context& context, const core::Routine& routine,
                             const core::NameMap& map, const ImportOptions& options) {
    const std::string& path = file_argument("FILE", options.file);
    core::Importer importer(routine, map);
    std::optional<core::AppColumns> columns;
    core::AppSet set;
    io::CsvReader reader([&](std::size_t line, const std::vector<std::string>& fields) {
        if (!columns) {
            std::optional<core::App> app =
                options.from ? core::app_named(*options.from) : core::detect_app(fields);
            if (!app) {
                throw DataError({{path, static_cast<int>(line), 0,
                                  "not an export of Strong, Hevy or FitNotes: its header has "
                                  "none of their columns (name the app with --from)"}});
            }
            try {
                columns.emplace(*app, fields);
            } catch (const ValueError& error) {
                throw DataError({{path, static_cast<int>(line), 0, error.what()}});
            }
            spdlog::info("{}: read as {}'s export", path, core::app_name(*app));
            return;
        }
        try {
            core::RowKind kind = columns->read(fields, set);
            importer.add(line, kind, set);
        } catch (const ValueError& error) {
            importer.problem(line, error.what());
        }
    });
    context.system().read_lines(
        path, "export", [&](std::size_t number, std::string_view text, bool too_long) {
            if (too_long) {
                importer.problem(number, "a line longer than 65536 bytes");
                return;
            }
            try {
                reader.line(text);
            } catch (const io::CsvError& error) {
                throw DataError({{path, static_cast<int>(error.line()), 0, error.what()}});
            }
        });
    try {
        reader.finish();
    } catch (const io::CsvError& error) {
        throw DataError({{path, static_cast<int>(error.line()), 0, error.what()}});
    }
    if (!columns) {
        throw DataError({{path, 0, 0, "empty: no header line"}});
    }
    const io::System& system = context.system();
    core::ImportPlan plan =
        importer.finish([&](core::LocalTime time) { return system.resolve_local_time(time); });
    if (!plan.problems.empty()) {
        for (Diagnostic& problem : plan.problems) {
            problem.file = path;
        }
        throw DataError(std::move(plan.problems));
    }
    return plan;
}

class Import : public Command {
  public:
    CLI::App* add(CLI::App& app) override {
        CLI::App* command = app.add_subcommand(
            "import", "Append the sets of a Strong, Hevy or FitNotes CSV export to the log");
        completes(command->add_option("file", m_options.file, "The CSV file the app exported")
                      ->type_name("FILE")
                      ->required(),
                  file_completion);
        completes(command
                      ->add_option("--from", m_options.from,
                                   "The app: strong, hevy or fitnotes (default: found from "
                                   "the header)")
                      ->type_name("APP")
                      ->check(one_of(core::app_names())),
                  {Completion::Kind::choices, core::app_names()});
        command
            ->add_option("--map", m_options.map,
                         "An app's exercise NAME is exercise ID of the routine (repeatable)")
            ->type_name("NAME=ID");
        command->add_flag("--skip-unknown", m_options.skip_unknown,
                          "Leave out the sets of names no exercise matches, and import the rest");
        command->add_flag("--dry-run", m_options.dry_run,
                          "Print the lines that would be appended, and append none");
        return command;
    }

    ExitCode run(const Context& context, std::ostream& out) override {
        core::Routine routine = context.routine();
        core::NameMap map = name_map(context, routine, m_options.map);
        core::ImportPlan plan = read_export(context, routine, map, m_options);
        const std::string& path = m_options.file;
        core::ExerciseSuggestions suggestions(routine);
        std::size_t unknown_sets = 0;
        // The first max_problems_shown names, each with what is close to it (worked out only
        // for those: 20,000 names took 28 s), then how many more.
        ProblemPrinter printer(path, [&](const std::string& line) {
            if (m_options.skip_unknown) {
                spdlog::warn("{}", line);
            } else {
                spdlog::error("{}", line);
            }
        });
        for (const core::UnknownName& unknown : plan.unknown) {
            unknown_sets += unknown.sets;
            if (!printer.printing()) {
                printer.skip(1);
                continue;
            }
            printer.print(path + ": " + core::quoted(unknown.name) + " (" +
                          core::counted(static_cast<long long>(unknown.sets), "set", "sets") +
                          ") is no exercise of the routine" +
                          suggestions.did_you_mean(unknown.name) +
                          (m_options.skip_unknown ? "; left out" : ""));
        }
        printer.finish();
        if (!plan.unknown.empty() && !m_options.skip_unknown) {
            throw Error(
                ExitCode::data,
                path + ": nothing imported: no exercise matches " +
                    core::counted(static_cast<long long>(plan.unknown.size()), "name", "names") +
                    "; map each with --map \"NAME=ID\" (or in the "
                    "config file's map:), or leave them out with --skip-unknown");
        }
        if (unknown_sets > 0) {
            plan.skipped.emplace_back("sets of names no exercise matches", unknown_sets);
        }
        // The one call that writes (or, for --dry-run, says what it would write).
        io::LogStore store = log_for_appending(context);
        io::AppendedNew appended = m_options.dry_run ? store.new_records(plan.records, &routine)
                                                     : store.append_new(plan.records, &routine);
        for (const io::Appended& line : appended.written) {
            out << line.line << '\n';
        }
        std::size_t written = appended.written.size();
        std::size_t already = appended.already + appended.repeated;
        std::size_t moved = static_cast<std::size_t>(
            std::count_if(appended.written.begin(), appended.written.end(),
                          [](const io::Appended& line) { return line.moved_from.has_value(); }));
        say_summary(plan, written, already, moved);
        return ExitCode::ok;
    }

  private:
    // What was read, written and left out, on standard error; moved: records whose time the
    // log's other record of their exercise took (core::FreeTimes).
    void say_summary(const core::ImportPlan& plan, std::size_t written, std::size_t already,
                     std::size_t moved) const {
        std::string left_out;
        for (const auto& [why, sets] : plan.skipped) {
            left_out +=
                (left_out.empty() ? "; left out: " : ", ") + why + ": " + std::to_string(sets);
        }
        std::string moved_text =
            moved == 0 ? "" : ", " + std::to_string(moved) + " moved on to a free second";
        spdlog::warn(
            "{}: {} ({}) read: {} {}, {} already in the log{}{}", m_options.file,
            core::counted(static_cast<long long>(plan.records.size()), "record", "records"),
            core::counted(static_cast<long long>(plan.sets), "set", "sets"), written,
            m_options.dry_run ? "would be new" : "new", already, moved_text, left_out);
    }

    ImportOptions m_options;
};

} // namespace

std::unique_ptr<Command> make_import() {
    return std::make_unique<Import>();
}

} // namespace backplan::cli
