#pragma once

// What a subcommand runs with: the system, the global options, the settings, and what follows
// from them (the routine, the log, now).

#include "cli/settings.hpp"
#include "core/adaptive.hpp"
#include "core/routine.hpp"
#include "core/time.hpp"
#include "io/store/log_store.hpp"
#include "io/system/paths.hpp"
#include "io/system/system.hpp"
#include "io/system/terminal.hpp"
#include "io/templates/routine_schema.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace backplan::cli {

// Options every subcommand shares; they may be given before or after the subcommand.
struct GlobalOptions {
    std::optional<std::string> template_spec;
    std::optional<std::string> log;
    int verbose = 0;
    bool quiet = false;
    std::string color = "auto";
};

// What a subcommand runs with: the system, the global options as given, and the settings;
// with what follows from them (the active template and log, the terminal, now).
class Context {
  public:
    Context(io::System& system, const GlobalOptions& global, Settings settings);

    io::System& system() const { return m_system; }
    const io::Environment& environment() const { return m_system.environment(); }
    // The global options as given on the command line.
    const GlobalOptions& global() const { return m_global; }
    // Every setting's value and where it comes from (the command line's global options are
    // given to it here; a subcommand gives its own).
    const Settings& settings() const { return m_settings; }
    const io::TemplateDirs& template_dirs() const { return m_dirs; }
    // Standard output's terminal, with --color applied.
    const io::Terminal& terminal() const { return m_terminal; }
    // The local date and time at start-up.
    core::LocalTime now() const { return {m_now.date, m_now.seconds}; }
    // The same instant as a timestamp, with the UTC offset in force then.
    const core::Timestamp& now_timestamp() const { return m_now; }

    // --template, else the config file's template (Settings::get).
    std::optional<std::string> template_spec() const;
    // The active template, and the routine it declares. Throw Error as io::find_template does.
    io::TemplateSource template_source() const;
    core::Routine routine() const;
    // The routine with the config file's days, if it gives them, in place of its own.
    core::Routine scheduled(core::Routine routine) const;

    // --log, else $BACKPLAN_LOG, else the config file's log, else the default (Settings::get).
    std::string log_path() const;
    io::LogStore log() const;
    // The log's history of the routine's exercises, with what reading it skipped reported on
    // standard error; empty when there is no log yet. Throws Error when it cannot be read.
    core::LogHistory history(const core::Routine& routine) const;
    // The same, for a command that asks about no date before needed_from: it may go on from the
    // log's checkpoint (io::LogStore::history with today), holding only the sessions from its
    // week on.
    core::LogHistory history(const core::Routine& routine, core::Date needed_from) const;

  private:
    io::System& m_system;
    GlobalOptions m_global;
    Settings m_settings;
    io::TemplateDirs m_dirs;
    io::Terminal m_terminal;
    core::Timestamp m_now;
};

// The file the option names; throws Error(usage) when it is "-", which stands for standard
// input or output only where backplan(1) says so (generate -o -).
const std::string& file_argument(std::string_view option, const std::string& value);

// Reports on standard error what a reading of the log skipped (each of the first few lines
// as FILE:LINE:COL, then how many more), and why the log was left out if it was.
void report_reading(const io::LogReading& reading, const std::string& path);

// Throws Error(usage) when the output file that option names is the active log, template or
// config file (by name, through symbolic links, or as the same inode): writing it would destroy
// an input. Call it before anything is written.
void refuse_overwriting_inputs(const Context& context, std::string_view option,
                               const std::string& path);

} // namespace backplan::cli
