// The one table of subcommands: it makes them, dispatches to them, and the completion scripts
// are written from it. Adding a subcommand is a file cli/NAME.cpp that defines make_NAME(), and
// its declaration and row here.
#include "cli/command.hpp"

namespace backplan::cli {

CLI::Option* CompletionHints::completes(CLI::Option* option, Completion completion) {
    m_hints[option] = std::move(completion);
    return option;
}

Completion CompletionHints::completion(const CLI::Option* option) const {
    auto found = m_hints.find(option);
    return found == m_hints.end() ? Completion{} : found->second;
}

const Command* MadeCommands::find(std::string_view name) const {
    for (const MadeCommand& made : commands) {
        if (made.name == name) {
            return made.command.get();
        }
    }
    return nullptr;
}

std::unique_ptr<Command> make_generate();
std::unique_ptr<Command> make_show();
std::unique_ptr<Command> make_log();
std::unique_ptr<Command> make_history();
std::unique_ptr<Command> make_import();
std::unique_ptr<Command> make_undo();
std::unique_ptr<Command> make_pause();
std::unique_ptr<Command> make_today();
std::unique_ptr<Command> make_train();
std::unique_ptr<Command> make_why();
std::unique_ptr<Command> make_report();
std::unique_ptr<Command> make_check();
std::unique_ptr<Command> make_merge();
std::unique_ptr<Command> make_merge_driver();
std::unique_ptr<Command> make_completion();
std::unique_ptr<Command> make_actions();
std::unique_ptr<Command> make_config();
std::unique_ptr<Command> make_templates();

const std::vector<CommandRow>& command_table() {
    // One row per subcommand.
    // clang-format off
    static const std::vector<CommandRow> table{
        {"generate", make_generate},
        {"show", make_show},
        {"log", make_log},
        {"history", make_history},
        {"import", make_import},
        {"undo", make_undo},
        {"pause", make_pause},
        {"today", make_today},
        {"train", make_train},
        {"why", make_why},
        {"report", make_report},
        {"check", make_check},
        {"merge", make_merge},
        {"merge-driver", make_merge_driver},
        {"completion", make_completion, true},
        {"_actions", make_actions},
        {"config", make_config},
        {"_templates", make_templates},
    };
    // clang-format on
    return table;
}

} // namespace backplan::cli
