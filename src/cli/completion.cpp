// `completion SHELL`: a completion script made from the program's own command-line model, so
// that it never drifts from the real options. Names come from CLI11; what each value completes
// to comes from the hints the subcommands tag their options with. Exercise names are completed
// from the active template at completion time (`_actions`).
#include "cli/command.hpp"
#include "cli/completion_scripts.hpp"
#include "cli/usage.hpp"

#include <algorithm>

namespace backplan::cli {
namespace {

Value value_of(const Completion& completion) {
    switch (completion.kind) {
    case Completion::Kind::files:
        return Value::file;
    case Completion::Kind::actions:
        return Value::action;
    case Completion::Kind::templates:
        return Value::templates;
    case Completion::Kind::choices:
        return Value::choices;
    case Completion::Kind::list:
        return Value::list;
    case Completion::Kind::text:
        break;
    }
    return Value::free;
}

std::vector<OptionInfo> options_of(const CLI::App& app, const CompletionHints& hints) {
    std::vector<OptionInfo> result;
    for (const CLI::Option* option : app.get_options()) {
        if (option->get_positional() || option->get_lnames().empty()) {
            continue;
        }
        OptionInfo info;
        for (const std::string& name : option->get_snames()) {
            info.names.push_back("-" + name);
        }
        for (const std::string& name : option->get_lnames()) {
            info.names.push_back("--" + name);
        }
        info.description = option->get_description();
        if (option->get_expected_max() != 0) {
            Completion completion = hints.completion(option);
            info.value = value_of(completion);
            info.choices = completion.choices;
        }
        result.push_back(info);
    }
    return result;
}

// The options without those the global ones already offer (every subcommand's -h, --help), so
// that no option is offered twice.
std::vector<OptionInfo> without_global(std::vector<OptionInfo> options,
                                       const std::vector<OptionInfo>& global) {
    std::erase_if(options, [&](const OptionInfo& option) {
        return std::any_of(global.begin(), global.end(),
                           [&](const OptionInfo& g) { return g.names == option.names; });
    });
    return options;
}

std::vector<CommandInfo> commands_of(const CLI::App& app, const MadeCommands& made,
                                     const std::vector<OptionInfo>& global) {
    std::vector<CommandInfo> commands;
    for (const CLI::App* sub :
         app.get_subcommands([](const CLI::App* s) { return !s->get_group().empty(); })) {
        const Command* command = made.find(sub->get_name());
        CompletionHints none;
        const CompletionHints& hints =
            command != nullptr ? static_cast<const CompletionHints&>(*command) : none;
        CommandInfo info{sub->get_name(),
                         sub->get_description(),
                         without_global(options_of(*sub, hints), global),
                         Value::none,
                         {}};
        for (const CLI::Option* option : sub->get_options()) {
            if (option->get_positional()) {
                Completion completion = hints.completion(option);
                info.positional =
                    completion.kind == Completion::Kind::text ? Value::none : value_of(completion);
                info.positional_choices = completion.choices;
                break;
            }
        }
        commands.push_back(info);
    }
    return commands;
}

class CompletionCommand : public Command {
  public:
    CLI::App* add(CLI::App& app) override {
        CLI::App* command =
            app.add_subcommand("completion", "Print a completion script for bash, zsh or fish");
        completes(command->add_option("shell", m_shell, "bash, zsh or fish")
                      ->type_name("SHELL")
                      ->required()
                      ->check(one_of(completion_shells)),
                  {Completion::Kind::choices, completion_shells});
        return command;
    }

    void see_all(const CLI::App& app, const MadeCommands& made) override {
        m_app = &app;
        m_made = &made;
    }

    ExitCode run(const Context& /*context*/, std::ostream& out) override {
        std::vector<OptionInfo> global = options_of(*m_app, m_made->global);
        std::vector<CommandInfo> commands = commands_of(*m_app, *m_made, global);
        if (m_shell == "bash") {
            write_bash(global, commands, out);
        } else if (m_shell == "zsh") {
            write_zsh(global, commands, out);
        } else {
            write_fish(global, commands, out);
        }
        return ExitCode::ok;
    }

  private:
    const CLI::App* m_app = nullptr;
    const MadeCommands* m_made = nullptr;
    std::string m_shell;
};

} // namespace

std::unique_ptr<Command> make_completion() {
    return std::make_unique<CompletionCommand>();
}

} // namespace backplan::cli
