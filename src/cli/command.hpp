#pragma once

// What every subcommand is: a class with its options, `add` to bind them on the command line and
// `run` to do the work, made from one row of the table in commands.cpp.

#include "core/adaptive.hpp"
#include "core/error.hpp"
#include "core/routine.hpp"
#include "core/time.hpp"
#include "io/store/log_store.hpp"
#include "io/system/paths.hpp"
#include "io/system/system.hpp"
#include "io/system/terminal.hpp"
#include "io/templates/config_file.hpp"
#include "io/templates/routine_schema.hpp"

#include <CLI/CLI.hpp>

#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace backplan::cli {

struct MadeCommands;

// What the value of an option, or a positional argument, completes to in a shell: files, the
// active template's actions, template names or files, one of the choices, or a comma-separated
// list of them.
struct Completion {
    enum class Kind { text, files, actions, templates, choices, list };
    Kind kind = Kind::text;
    std::vector<std::string> choices;
};

// The completions of the options of one subcommand (or of the global options), by option.
class CompletionHints {
  public:
    // Tags the option; returns it, so that it reads in a chain of option settings.
    CLI::Option* completes(CLI::Option* option, Completion completion);
    // What the option completes to: free text unless tagged.
    Completion completion(const CLI::Option* option) const;

  private:
    std::map<const CLI::Option*, Completion> m_hints;
};

// Options every subcommand shares; they may be given before or after the subcommand.
struct GlobalOptions {
    std::optional<std::string> template_spec;
    std::optional<std::string> log;
    int verbose = 0;
    bool quiet = false;
    std::string color = "auto";
};

// What a subcommand runs with: the system, the global options as given, and the config file;
// with what follows from them (the active template and log, the terminal, now).
class Context {
  public:
    Context(io::System& system, const GlobalOptions& global, io::Settings settings,
            const CLI::App& app, const MadeCommands& commands);

    io::System& system() const { return m_system; }
    const io::Environment& environment() const { return m_system.environment(); }
    // The global options as given on the command line.
    const GlobalOptions& global() const { return m_global; }
    const io::Settings& settings() const { return m_settings; }
    // The config file's value for key, if it sets one.
    std::optional<io::Setting> setting(std::string_view key) const;
    const io::TemplateDirs& template_dirs() const { return m_dirs; }
    // Standard output's terminal, with --color applied.
    const io::Terminal& terminal() const { return m_terminal; }
    // The local date and time at start-up.
    core::LocalTime now() const { return {m_now.date, m_now.seconds}; }
    // The same instant as a timestamp, with the UTC offset in force then.
    const core::Timestamp& now_timestamp() const { return m_now; }
    // The command line's model, and the subcommands made for it: what completion describes.
    const CLI::App& app() const { return m_app; }
    const MadeCommands& commands() const { return m_commands; }

    // --template, else the config file's template.
    std::optional<std::string> template_spec() const;
    // The active template, and the routine it declares. Throw Error as io::find_template does.
    io::TemplateSource template_source() const;
    core::Routine routine() const;

    // --log, else $BACKPLAN_LOG, else the config file's log, else the default.
    std::string log_path() const;
    io::LogStore log() const;
    // The log, to append to: it waits for the lock as $BACKPLAN_LOCK_TIMEOUT says, saying so
    // after a second (through tell when given, else on standard error), and makes only the
    // default data directory. Throws Error(usage) for a $BACKPLAN_LOCK_TIMEOUT that is not whole
    // seconds.
    io::LogStore log_for_appending(const std::function<void(const std::string&)>& tell = {}) const;
    // Appends the record to the log (log_for_appending; the routine, when given, reads the
    // names of the log's hand-written lines as the record's time is made free) and echoes it.
    void append_and_echo(const core::LogEntry& record, const core::Routine* routine,
                         std::string_view what, const std::string& then, std::ostream& out) const;
    // Prints the line appended, then `then` on a line of its own unless it is empty; says on
    // standard error when the record's time was moved on to a free one. Exit 0 means recorded
    // and a failure exit means not: once the line is on the disk, failing to print it is only a
    // warning that says what (the line, the pause...) was recorded, or a script that retries
    // would record it twice.
    void echo(const io::LogStore& store, const io::Appended& appended, std::string_view what,
              const std::string& then, std::ostream& out) const;
    // Throws Error(usage) when the output file that option names is the active log, template or
    // config file (by name, through symbolic links, or as the same inode): writing it would
    // destroy an input. Call it before anything is written.
    void refuse_overwriting_inputs(std::string_view option, const std::string& path) const;
    // The time a --at style option names (cli::parse_at's forms). A form it does not take is a
    // usage error naming the option; a local time that the time zone skips is refused (data),
    // and of one it repeats the earlier is taken, said on standard error.
    core::Timestamp at_time(const char* option, const std::string& text) const;
    // The log's history of the routine's exercises, with what reading it skipped reported on
    // standard error; empty when there is no log yet. Throws Error when it cannot be read.
    core::LogHistory history(const core::Routine& routine) const;

  private:
    io::System& m_system;
    GlobalOptions m_global;
    io::Settings m_settings;
    io::TemplateDirs m_dirs;
    io::Terminal m_terminal;
    core::Timestamp m_now;
    const CLI::App& m_app;
    const MadeCommands& m_commands;
};

// The file the option names; throws Error(usage) when it is "-", which stands for standard
// input or output only where backplan(1) says so (generate -o -).
const std::string& file_argument(std::string_view option, const std::string& value);

// Reports on standard error what a reading of the log skipped (each of the first few lines
// as FILE:LINE:COL, then how many more), and why the log was left out if it was.
void report_reading(const io::LogReading& reading, const std::string& path);

// One subcommand.
class Command : public CompletionHints {
  public:
    virtual ~Command() = default;
    // Adds the subcommand to app, its options bound to this object; returns it.
    virtual CLI::App* add(CLI::App& app) = 0;
    // Runs the parsed subcommand; returns its exit status. Throws Error on bad usage or data.
    virtual ExitCode run(const Context& context, std::ostream& out) = 0;

  protected:
    // Adds an option, or a positional argument when name has no dashes, taking an exercise's id,
    // name or alias, completed from the active template.
    template <typename T>
    CLI::Option* add_action(CLI::App* command, const std::string& name, T& value,
                            const std::string& description) {
        return completes(command->add_option(name, value, description)->type_name("ACTION"),
                         {Completion::Kind::actions, {}});
    }
    // Adds an option taking a date, YYYY-MM-DD (read by date_option()).
    static CLI::Option* add_date(CLI::App* command, const std::string& name,
                                 std::optional<std::string>& value,
                                 const std::string& description) {
        return command->add_option(name, value, description)->type_name("YYYY-MM-DD");
    }
    // Adds -n/--note, the note kept with the record a command appends (read by note_option()).
    static CLI::Option* add_note(CLI::App* command, std::optional<std::string>& value,
                                 const std::string& description) {
        return command->add_option("-n,--note", value, description)->type_name("TEXT");
    }
};

// A row of the table of subcommands.
struct CommandRow {
    std::string_view name;
    std::unique_ptr<Command> (*make)();
    bool sees_all = false; // it reads the other subcommands' options (completion)
};

// Every subcommand, in the order --help lists them.
const std::vector<CommandRow>& command_table();

// A subcommand made for one command line: its row's name, the command, and its CLI11 model.
struct MadeCommand {
    std::string_view name;
    std::unique_ptr<Command> command;
    CLI::App* app = nullptr;
};

// The subcommands made for one command line, and the global options' completions.
struct MadeCommands {
    CompletionHints global;
    std::vector<MadeCommand> commands;
    // The command made for the subcommand named, or nullptr.
    const Command* find(std::string_view name) const;
};

// What file names complete to.
inline const Completion file_completion{Completion::Kind::files, {}};

} // namespace backplan::cli
