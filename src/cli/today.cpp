#include "cli/arguments.hpp"
#include "cli/command.hpp"
#include "cli/diagnostics.hpp"
#include "cli/usage.hpp"
#include "core/day.hpp"
#include "io/formats/progress_writer.hpp"
#include "io/templates/template_lookup.hpp"

#include <spdlog/spdlog.h>

#include <filesystem>

namespace backplan::cli {
namespace {

const std::vector<std::string> today_formats = {"text", "line"};

// `today --check`'s exit status for each state of the day.
ExitCode check_status(core::DayState state) {
    switch (state) {
    case core::DayState::done:
        return ExitCode::ok;
    case core::DayState::left:
        return ExitCode::some_left;
    case core::DayState::rest:
    case core::DayState::paused:
        break;
    }
    return ExitCode::no_session;
}

class Today : public Command {
  public:
    CLI::App* add(CLI::App& app) override {
        CLI::App* command = app.add_subcommand(
            "today", "Today's session: what is planned, what is already logged, what is left");
        add_date(command, "--date", m_date, "Another day's session (default: today)");
        CLI::Option* format =
            completes(command
                          ->add_option("-f,--format", m_format,
                                       "text (default), or line: the day in one line, for a prompt")
                          ->type_name("FORMAT")
                          ->check(one_of(today_formats)),
                      {Completion::Kind::choices, today_formats});
        command
            ->add_flag("--check", m_check,
                       "Print nothing; exit 0 when the day's session is done, 1 when some is "
                       "left, 2 on a rest or paused day")
            ->excludes(format);
        return command;
    }

    ExitCode run(const Context& context, std::ostream& out) override {
        core::Date today = context.now().date;
        core::Date date = date_option("--date", m_date, today).value_or(today);
        if (m_check) {
            spdlog::set_level(spdlog::level::err); // silent, but for what stops it
        }
        core::Routine routine = context.routine();
        // The day's two weeks, and pain two weeks before them (core::day_session).
        core::LogHistory history =
            context.history(routine, core::add_days(core::monday_of_week(date), -14));
        core::DaySession session = core::day_session(routine, history, date, today);
        if (m_check) {
            return check_status(core::day_state(session));
        }
        if (m_format == "line") {
            io::write_today_line(label(context), date, session, out);
            return ExitCode::ok;
        }
        say_decisions(routine, history, core::monday_of_week(date), today);
        io::write_today(date, session, out);
        return ExitCode::ok;
    }

  private:
    // The template's name, as -t takes it: the file's name without .yaml for a file.
    static std::string label(const Context& context) {
        std::optional<std::string> spec = context.template_spec();
        return spec ? std::filesystem::path(*spec).stem().string()
                    : std::string(io::default_template_name);
    }

    std::optional<std::string> m_date;
    std::string m_format = "text";
    bool m_check = false;
};

} // namespace

std::unique_ptr<Command> make_today() {
    return std::make_unique<Today>();
}

} // namespace backplan::cli
