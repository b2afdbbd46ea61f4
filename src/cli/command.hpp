#pragma once

// What every subcommand is: a class with its options, `add` to bind them on the command line and
// `run` to do the work, made from one row of the table in commands.cpp.

#include "cli/context.hpp"
#include "core/error.hpp"

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

// One subcommand.
class Command : public CompletionHints {
  public:
    virtual ~Command() = default;
    // Adds the subcommand to app, its options bound to this object; returns it.
    virtual CLI::App* add(CLI::App& app) = 0;
    // Runs the parsed subcommand; returns its exit status. Throws Error on bad usage or data.
    virtual ExitCode run(const Context& context, std::ostream& out) = 0;
    // Given the command line's model and every subcommand made for it, once they are made, to a
    // command whose row sees_all (completion, which describes them).
    virtual void see_all(const CLI::App& /*app*/, const MadeCommands& /*made*/) {}

  protected:
    // Adds an option, or a positional argument when name has no dashes, taking an exercise's id,
    // name or alias, completed from the active template.
    template <typename T>
    CLI::Option* add_action(CLI::App* command, const std::string& name, T& value,
                            const std::string& description) {
        return completes(command->add_option(name, value, description)->type_name("ACTION"),
                         {Completion::Kind::actions, {}});
    }
    // Adds an option taking a day: core::parse_day's words or YYYY-MM-DD (read by date_option()).
    static CLI::Option* add_date(CLI::App* command, const std::string& name,
                                 std::optional<std::string>& value,
                                 const std::string& description) {
        return command->add_option(name, value, description)->type_name("DATE");
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
