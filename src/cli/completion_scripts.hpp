#pragma once

// The completion scripts for bash, zsh and fish, written from a model of the command line.

#include <ostream>
#include <string>
#include <vector>

namespace backplan::cli {

// What an option's value, or a positional argument, is completed with: templates are the
// template names and files, a list is choices separated by commas.
enum class Value { none, free, file, action, templates, choices, list };

struct OptionInfo {
    std::vector<std::string> names; // "-w", "--weeks"
    std::string description;
    Value value = Value::none;
    std::vector<std::string> choices;
};

struct CommandInfo {
    std::string name;
    std::string description;
    std::vector<OptionInfo> options;
    Value positional = Value::none; // what its first positional argument is
    std::vector<std::string> positional_choices;
};

// The shells there are scripts for.
inline const std::vector<std::string> completion_shells{"bash", "zsh", "fish"};

void write_bash(const std::vector<OptionInfo>& global, const std::vector<CommandInfo>& commands,
                std::ostream& out);
void write_zsh(const std::vector<OptionInfo>& global, const std::vector<CommandInfo>& commands,
               std::ostream& out);
void write_fish(const std::vector<OptionInfo>& global, const std::vector<CommandInfo>& commands,
                std::ostream& out);

} // namespace backplan::cli
