// Shell completion scripts, generated from the CLI11 definitions themselves so that they never
// drift from the real options; exercise names come from the active template at completion time.
#include "cli/commands.hpp"
#include "io/plan_writer.hpp"
#include "io/report_writer.hpp"

#include <algorithm>

namespace backplan::cli {
namespace {

const std::vector<std::string> shells{"bash", "zsh", "fish"};

// What an option's value is completed with.
enum class Value { none, free, file, action, choices };

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

std::string joined(const std::vector<std::string>& words, const char* separator = " ") {
    std::string text;
    for (const std::string& word : words) {
        text += (text.empty() ? "" : separator) + word;
    }
    return text;
}

std::vector<std::string> strings(const std::vector<std::string_view>& views) {
    return {views.begin(), views.end()};
}

std::vector<OptionInfo> options_of(const CLI::App& app, const std::string& command) {
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
        const std::string& name = option->get_lnames().front();
        if (option->get_expected_max() == 0) {
            info.value = Value::none;
        } else if (name == "template" || name == "log" || name == "output" || name == "chart") {
            info.value = Value::file;
        } else if (name == "action") {
            info.value = Value::action;
        } else if (name == "format") {
            info.value = Value::choices;
            info.choices = command == "report" ? strings(io::report_format_names())
                                               : strings(io::format_names());
        } else if (name == "color") {
            info.value = Value::choices;
            info.choices = color_choices;
        } else {
            info.value = Value::free;
        }
        result.push_back(info);
    }
    return result;
}

std::vector<CommandInfo> commands_of(const CLI::App& app) {
    std::vector<CommandInfo> commands;
    for (const CLI::App* sub :
         app.get_subcommands([](const CLI::App* s) { return !s->get_group().empty(); })) {
        CommandInfo info{sub->get_name(),
                         sub->get_description(),
                         options_of(*sub, sub->get_name()),
                         Value::none,
                         {}};
        const std::string& name = info.name;
        if (name == "log" || name == "show" || name == "why") {
            info.positional = Value::action;
        } else if (name == "check") {
            info.positional = Value::file;
        } else if (name == "completion") {
            info.positional = Value::choices;
            info.positional_choices = shells;
        }
        commands.push_back(info);
    }
    return commands;
}

// A single-quoted shell word.
std::string quoted(const std::string& text) {
    std::string result = "'";
    for (char c : text) {
        result += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return result + "'";
}

void write_bash(const std::vector<OptionInfo>& global, const std::vector<CommandInfo>& commands,
                std::ostream& out) {
    std::vector<std::string> command_names;
    std::vector<std::string> valued; // options that take a value, anywhere
    for (const CommandInfo& c : commands) {
        command_names.push_back(c.name);
    }
    auto collect = [&](const std::vector<OptionInfo>& options) {
        for (const OptionInfo& o : options) {
            if (o.value != Value::none) {
                for (const std::string& n : o.names) {
                    if (std::find(valued.begin(), valued.end(), n) == valued.end()) {
                        valued.push_back(n);
                    }
                }
            }
        }
    };
    collect(global);
    for (const CommandInfo& c : commands) {
        collect(c.options);
    }
    auto names = [](const std::vector<OptionInfo>& options) {
        std::vector<std::string> all;
        for (const OptionInfo& o : options) {
            all.insert(all.end(), o.names.begin(), o.names.end());
        }
        return joined(all);
    };
    // Completes the value after an option that takes one; a flag takes none, so after a flag the
    // usual words are completed.
    auto value_cases = [&](const std::string& command, const std::vector<OptionInfo>& options) {
        for (const OptionInfo& o : options) {
            if (o.value == Value::none) {
                continue;
            }
            std::string pattern;
            for (const std::string& n : o.names) {
                pattern += (pattern.empty() ? "" : " | ") + command + ":" + n;
            }
            out << "    " << pattern << ")\n";
            switch (o.value) {
            case Value::file:
                out << "        COMPREPLY=($(compgen -f -- \"$cur\"))\n";
                break;
            case Value::action:
                out << "        COMPREPLY=($(compgen -W \"$(_backplan_actions)\" -- \"$cur\"))\n";
                break;
            case Value::choices:
                out << "        COMPREPLY=($(compgen -W " << quoted(joined(o.choices))
                    << " -- \"$cur\"))\n";
                break;
            default:
                break;
            }
            out << "        return\n        ;;\n";
        }
    };

    out << "# bash completion for backplan; made by `backplan completion bash`.\n"
        << "_backplan_actions() {\n"
        << "    \"${COMP_WORDS[0]}\" \"${_backplan_template[@]}\" _actions 2>/dev/null\n"
        << "}\n\n"
        << "_backplan() {\n"
        << "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}\n"
        << "    local command= positionals=0 i word\n"
        << "    _backplan_template=()\n"
        << "    for ((i = 1; i < COMP_CWORD; i++)); do\n"
        << "        word=${COMP_WORDS[i]}\n"
        << "        case $word in\n"
        << "        -t | --template) _backplan_template=(--template \"${COMP_WORDS[i + 1]}\") ;;\n"
        << "        esac\n"
        << "        case $word in\n"
        << "        " << joined(valued, " | ") << ") ((i++)) ;;\n"
        << "        -*) ;;\n"
        << "        *) if [[ -z $command ]]; then command=$word; else ((positionals++)); fi ;;\n"
        << "        esac\n"
        << "    done\n"
        << "    case $command:$prev in\n";
    value_cases("*", global);
    for (const CommandInfo& c : commands) {
        value_cases(c.name, c.options);
    }
    out << "    esac\n"
        << "    local global=" << quoted(names(global)) << "\n"
        << "    case $command in\n"
        << "    '')\n"
        << "        COMPREPLY=($(compgen -W \"" << joined(command_names)
        << " $global\" -- \"$cur\"))\n"
        << "        ;;\n";
    for (const CommandInfo& c : commands) {
        out << "    " << c.name << ")\n"
            << "        if [[ $cur == -* || $positionals -gt 0 ]]; then\n"
            << "            COMPREPLY=($(compgen -W \"" << names(c.options)
            << " $global\" -- \"$cur\"))\n";
        if (c.positional != Value::none) {
            out << "        else\n";
            if (c.positional == Value::action) {
                out << "            COMPREPLY=($(compgen -W \"$(_backplan_actions)\" -- "
                       "\"$cur\"))\n";
            } else if (c.positional == Value::file) {
                out << "            COMPREPLY=($(compgen -f -- \"$cur\"))\n";
            } else {
                out << "            COMPREPLY=($(compgen -W "
                    << quoted(joined(c.positional_choices)) << " -- \"$cur\"))\n";
            }
        }
        out << "        fi\n        ;;\n";
    }
    out << "    esac\n"
        << "}\n"
        << "complete -F _backplan backplan\n";
}

// zsh's _arguments spec of an option: (-w --weeks)'{-w,--weeks}'[description]:value:action'.
std::string zsh_spec(const OptionInfo& o) {
    std::string description = o.description;
    std::replace(description.begin(), description.end(), '[', '(');
    std::replace(description.begin(), description.end(), ']', ')');
    std::replace(description.begin(), description.end(), '\'', '`');
    std::replace(description.begin(), description.end(), ':', ' ');
    std::string names = o.names.size() == 1 ? o.names.front() : "{" + joined(o.names, ",") + "}";
    std::string exclusion = o.names.size() == 1 ? "" : "'(" + joined(o.names) + ")'";
    std::string spec = exclusion + names + "'[" + description + "]";
    switch (o.value) {
    case Value::none:
        break;
    case Value::file:
        spec += ":file:_files";
        break;
    case Value::action:
        spec += ":action:_backplan_actions";
        break;
    case Value::choices:
        spec += ":value:(" + joined(o.choices) + ")";
        break;
    case Value::free:
        spec += ":value: ";
        break;
    }
    return spec + "'";
}

void write_zsh(const std::vector<OptionInfo>& global, const std::vector<CommandInfo>& commands,
               std::ostream& out) {
    out << "#compdef backplan\n"
        << "# zsh completion for backplan; made by `backplan completion zsh`.\n"
        << "_backplan_actions() {\n"
        << "    local -a actions template\n"
        << "    local i=${words[(I)(-t|--template)]}\n"
        << "    (( i > 0 )) && template=(--template \"${words[i + 1]}\")\n"
        << "    actions=(${(f)\"$(backplan $template _actions 2>/dev/null)\"})\n"
        << "    compadd -a actions\n"
        << "}\n\n"
        << "_backplan() {\n"
        << "    local -a commands global\n"
        << "    commands=(\n";
    for (const CommandInfo& c : commands) {
        std::string description = c.description;
        std::replace(description.begin(), description.end(), ':', ' ');
        out << "        " << quoted(c.name + ":" + description) << "\n";
    }
    out << "    )\n    global=(\n";
    for (const OptionInfo& o : global) {
        out << "        " << zsh_spec(o) << "\n";
    }
    out << "    )\n"
        << "    _arguments -C $global '1:command:->command' '*::argument:->argument'\n"
        << "    case $state in\n"
        << "    command) _describe command commands ;;\n"
        << "    argument)\n"
        << "        case $words[1] in\n";
    for (const CommandInfo& c : commands) {
        out << "        " << c.name << ")\n            _arguments $global";
        for (const OptionInfo& o : c.options) {
            out << " \\\n                " << zsh_spec(o);
        }
        if (c.positional == Value::action) {
            out << " \\\n                '1:action:_backplan_actions' '*:amount: '";
        } else if (c.positional == Value::file) {
            out << " \\\n                '*:file:_files'";
        } else if (c.positional == Value::choices) {
            out << " \\\n                '1:shell:(" << joined(c.positional_choices) << ")'";
        }
        out << "\n            ;;\n";
    }
    out << "        esac\n        ;;\n    esac\n}\n\n_backplan \"$@\"\n";
}

void write_fish(const std::vector<OptionInfo>& global, const std::vector<CommandInfo>& commands,
                std::ostream& out) {
    auto option = [&](const std::string& condition, const OptionInfo& o) {
        out << "complete -c backplan";
        if (!condition.empty()) {
            out << " -n " << quoted(condition);
        }
        for (const std::string& n : o.names) {
            out << (n.size() == 2 ? " -s " + n.substr(1) : " -l " + n.substr(2));
        }
        switch (o.value) {
        case Value::none:
            break;
        case Value::file:
            out << " -r -F";
            break;
        case Value::action:
            out << " -x -a '(__backplan_actions)'";
            break;
        case Value::choices:
            out << " -x -a " << quoted(joined(o.choices));
            break;
        case Value::free:
            out << " -x";
            break;
        }
        out << " -d " << quoted(o.description) << '\n';
    };
    out << "# fish completion for backplan; made by `backplan completion fish`.\n"
        << "function __backplan_actions\n"
        << "    set -l words (commandline -opc)\n"
        << "    set -l template\n"
        << "    for i in (seq (count $words))\n"
        << "        if contains -- $words[$i] -t --template\n"
        << "            set template --template $words[(math $i + 1)]\n"
        << "        end\n"
        << "    end\n"
        << "    backplan $template _actions 2>/dev/null\n"
        << "end\n\n"
        << "complete -c backplan -f\n";
    for (const OptionInfo& o : global) {
        option("", o);
    }
    for (const CommandInfo& c : commands) {
        out << "complete -c backplan -n " << quoted("__fish_use_subcommand") << " -a " << c.name
            << " -d " << quoted(c.description) << '\n';
        std::string seen = "__fish_seen_subcommand_from " + c.name;
        for (const OptionInfo& o : c.options) {
            option(seen, o);
        }
        if (c.positional == Value::action) {
            out << "complete -c backplan -n " << quoted(seen) << " -a '(__backplan_actions)'\n";
        } else if (c.positional == Value::file) {
            out << "complete -c backplan -n " << quoted(seen) << " -F\n";
        } else if (c.positional == Value::choices) {
            out << "complete -c backplan -n " << quoted(seen) << " -a "
                << quoted(joined(c.positional_choices)) << '\n';
        }
    }
}

} // namespace

CLI::App* add_completion(CLI::App& app, CompletionOptions& options) {
    CLI::App* command =
        app.add_subcommand("completion", "Print a completion script for bash, zsh or fish");
    command->add_option("shell", options.shell, "bash, zsh or fish")
        ->type_name("SHELL")
        ->required()
        ->check(CLI::IsMember(shells));
    CLI::App* actions = app.add_subcommand("_actions", "The active template's ids and aliases");
    actions->group(""); // for the completion scripts only
    return command;
}

void run_completion(const CompletionOptions& options, const CLI::App& app, std::ostream& out) {
    std::vector<OptionInfo> global = options_of(app, "");
    std::vector<CommandInfo> commands = commands_of(app);
    if (options.shell == "bash") {
        write_bash(global, commands, out);
    } else if (options.shell == "zsh") {
        write_zsh(global, commands, out);
    } else {
        write_fish(global, commands, out);
    }
}

void run_actions(const GlobalOptions& global, const Environment& environment, std::ostream& out) {
    core::Routine routine = io::load_routine(global.template_spec, environment.template_dirs);
    for (const core::Exercise& exercise : routine.exercises) {
        out << exercise.id << '\n';
        for (const std::string& alias : exercise.aliases) {
            out << alias << '\n';
        }
    }
}

} // namespace backplan::cli
