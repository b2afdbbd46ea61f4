#include "cli/completion_scripts.hpp"

#include <algorithm>

namespace backplan::cli {
namespace {

std::string joined(const std::vector<std::string>& words, const char* separator = " ") {
    std::string text;
    for (const std::string& word : words) {
        text += (text.empty() ? "" : separator) + word;
    }
    return text;
}

// A single-quoted shell word.
std::string quoted(const std::string& text) {
    std::string result = "'";
    for (char c : text) {
        result += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return result + "'";
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
    case Value::templates:
        spec += ":template:_backplan_templates";
        break;
    case Value::choices:
        spec += ":value:(" + joined(o.choices) + ")";
        break;
    case Value::list:
        spec += ":value:_values -s , value " + joined(o.choices);
        break;
    case Value::free:
        spec += ":value: ";
        break;
    }
    return spec + "'";
}
// The names of the options that take a value, each once: the words after them are values.
std::vector<std::string> valued_option_names(const std::vector<OptionInfo>& global,
                                             const std::vector<CommandInfo>& commands) {
    std::vector<std::string> valued;
    auto collect = [&](const std::vector<OptionInfo>& options) {
        for (const OptionInfo& o : options) {
            for (const std::string& n : o.names) {
                if (o.value != Value::none &&
                    std::find(valued.begin(), valued.end(), n) == valued.end()) {
                    valued.push_back(n);
                }
            }
        }
    };
    collect(global);
    for (const CommandInfo& c : commands) {
        collect(c.options);
    }
    return valued;
}

std::string option_names(const std::vector<OptionInfo>& options) {
    std::vector<std::string> all;
    for (const OptionInfo& o : options) {
        all.insert(all.end(), o.names.begin(), o.names.end());
    }
    return joined(all);
}

// bash's COMPREPLY for a value completed with files, the template's actions, or the choices.
std::string bash_reply(Value value, const std::vector<std::string>& choices) {
    switch (value) {
    case Value::file:
        // As file names: a directory gets its '/', a name with a space stays one word.
        return "compopt -o filenames 2>/dev/null\n        "
               "mapfile -t COMPREPLY < <(compgen -f -- \"$cur\")\n";
    case Value::action:
        return "COMPREPLY=($(compgen -W \"$(_backplan_actions)\" -- \"$cur\"))\n";
    case Value::templates:
        // The template names found, then YAML files and directories, nothing else.
        return "compopt -o filenames 2>/dev/null\n        "
               "mapfile -t COMPREPLY < <(compgen -W \"$(_backplan_templates)\" -- \"$cur\"; "
               "compgen -f -X '!*.yaml' -- \"$cur\"; compgen -f -X '!*.yml' -- \"$cur\"; "
               "compgen -d -- \"$cur\")\n";
    case Value::choices:
        return "COMPREPLY=($(compgen -W " + quoted(joined(choices)) + " -- \"$cur\"))\n";
    case Value::list:
        // The choices after the last comma, the words before it kept.
        return "prefix=; [[ $cur == *,* ]] && prefix=${cur%,*},\n        "
               "COMPREPLY=($(compgen -P \"$prefix\" -W " +
               quoted(joined(choices)) + " -- \"${cur##*,}\"))\n";
    default:
        return "";
    }
}

// Completes the value after an option that takes one; a flag takes none, so after a flag the
// usual words are completed.
void write_bash_value_cases(const std::string& command, const std::vector<OptionInfo>& options,
                            std::ostream& out) {
    for (const OptionInfo& o : options) {
        if (o.value == Value::none) {
            continue;
        }
        std::string pattern;
        for (const std::string& n : o.names) {
            pattern += (pattern.empty() ? "" : " | ") + command + ":" + n;
        }
        out << "    " << pattern << ")\n";
        if (std::string reply = bash_reply(o.value, o.choices); !reply.empty()) {
            out << "        " << reply;
        }
        out << "        return\n        ;;\n";
    }
}

} // namespace

void write_bash(const std::vector<OptionInfo>& global, const std::vector<CommandInfo>& commands,
                std::ostream& out) {
    std::vector<std::string> command_names;
    for (const CommandInfo& c : commands) {
        command_names.push_back(c.name);
    }
    out << "# bash completion for backplan; made by `backplan completion bash`.\n"
        << "_backplan_actions() {\n"
        << "    \"${COMP_WORDS[0]}\" \"${_backplan_template[@]}\" _actions 2>/dev/null\n"
        << "}\n"
        << "_backplan_templates() {\n"
        << "    \"${COMP_WORDS[0]}\" _templates 2>/dev/null\n"
        << "}\n\n"
        << "_backplan() {\n"
        << "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}\n"
        << "    local command= positionals=0 i word prefix\n"
        << "    _backplan_template=()\n"
        << "    for ((i = 1; i < COMP_CWORD; i++)); do\n"
        << "        word=${COMP_WORDS[i]}\n"
        << "        case $word in\n"
        << "        -t | --template) _backplan_template=(--template \"${COMP_WORDS[i + 1]}\") ;;\n"
        << "        esac\n"
        << "        case $word in\n"
        << "        " << joined(valued_option_names(global, commands), " | ") << ") ((i++)) ;;\n"
        << "        -*) ;;\n"
        << "        *) if [[ -z $command ]]; then command=$word; else ((positionals++)); fi ;;\n"
        << "        esac\n"
        << "    done\n"
        << "    case $command:$prev in\n";
    write_bash_value_cases("*", global, out);
    for (const CommandInfo& c : commands) {
        write_bash_value_cases(c.name, c.options, out);
    }
    out << "    esac\n"
        << "    local global=" << quoted(option_names(global)) << "\n"
        << "    case $command in\n"
        << "    '')\n"
        << "        COMPREPLY=($(compgen -W \"" << joined(command_names)
        << " $global\" -- \"$cur\"))\n"
        << "        ;;\n";
    for (const CommandInfo& c : commands) {
        out << "    " << c.name << ")\n"
            << "        if [[ $cur == -* || $positionals -gt 0 ]]; then\n"
            << "            COMPREPLY=($(compgen -W \"" << option_names(c.options)
            << " $global\" -- \"$cur\"))\n";
        if (c.positional != Value::none) {
            out << "        else\n"
                << "            " << bash_reply(c.positional, c.positional_choices);
        }
        out << "        fi\n        ;;\n";
    }
    out << "    esac\n"
        << "}\n"
        << "complete -F _backplan backplan\n";
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
        << "}\n"
        << "_backplan_templates() {\n"
        << "    local -a names\n"
        << "    names=(${(f)\"$(backplan _templates 2>/dev/null)\"})\n"
        << "    _alternative 'names:template:compadd -a names' "
           "'files:template file:_files -g \"*.(yaml|yml)\"'\n"
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
        case Value::templates:
            out << " -x -a '(__backplan_templates)'";
            break;
        case Value::choices:
            out << " -x -a " << quoted(joined(o.choices));
            break;
        case Value::list:
            out << " -x -a " << quoted("(__backplan_list " + joined(o.choices) + ")");
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
        << "end\n"
        << "# The template names found, then YAML files and directories: fish's own file\n"
        << "# completion of the token, the other files left out.\n"
        << "function __backplan_templates\n"
        << "    backplan _templates 2>/dev/null\n"
        << "    set -l token (commandline -ct)\n"
        << "    for file in (complete -C \"__backplan_no_such_command $token\")\n"
        << "        set file (string split -m 1 \\t -- $file)[1]\n"
        << "        string match -q -r -- '(\\.ya?ml|/)$' $file; and echo $file\n"
        << "    end\n"
        << "end\n"
        << "# Each choice after the words before the token's last comma.\n"
        << "function __backplan_list\n"
        << "    set -l prefix (string replace -r '[^,]*$' '' -- (commandline -ct))\n"
        << "    for choice in $argv\n"
        << "        echo $prefix$choice\n"
        << "    end\n"
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

} // namespace backplan::cli
