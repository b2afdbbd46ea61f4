#include "cli/usage.hpp"

#include "core/match.hpp"
#include "core/text.hpp"

#include <algorithm>
#include <optional>

namespace backplan::cli {
namespace {

// Where to read more: the subcommand's help, or the program's.
std::string see_help(const CLI::App* command) {
    return command == nullptr ? " (see backplan --help)"
                              : " (see backplan " + command->get_name() + " --help)";
}

// "generate: " before what is said of a subcommand's arguments.
std::string prefix(const CLI::App* command) {
    return command == nullptr ? "" : command->get_name() + ": ";
}

bool takes_value(const CLI::Option* option) {
    return option->get_items_expected_max() != 0;
}

// The name a person knows an option or argument by: --weeks, or ACTION for a positional one.
std::string public_name(const CLI::Option* option) {
    if (option->get_positional()) {
        return option->get_type_name();
    }
    return option->get_name(false, false);
}

// The subcommands a person may type: those listed in --help.
std::vector<std::string> listed_subcommands(const CLI::App& app) {
    std::vector<std::string> names;
    for (const CLI::App* sub :
         app.get_subcommands([](const CLI::App* s) { return !s->get_group().empty(); })) {
        names.push_back(sub->get_name());
    }
    return names;
}

// "a, b or c".
std::string listed(const std::vector<std::string>& words) {
    std::string text;
    for (std::size_t i = 0; i < words.size(); ++i) {
        text += (i == 0 ? "" : i + 1 == words.size() ? " or " : ", ") + words[i];
    }
    return text;
}

// What the subcommand's positional arguments are: "ACTION REPS...", "[FILE...]".
std::string positional_usage(const CLI::App* command) {
    std::string usage;
    for (const CLI::Option* option : command->get_options()) {
        if (!option->get_positional()) {
            continue;
        }
        std::string name = option->get_type_name();
        if (option->get_items_expected_max() > 1) {
            name += "...";
        }
        if (!option->get_required()) {
            name = "[" + name + "]";
        }
        usage += (usage.empty() ? "" : " ") + name;
    }
    return usage;
}

// Reads the command line the way CLI11 does, far enough to say what is wrong with it.
class Reading {
  public:
    explicit Reading(const CLI::App& app) : m_app(app) {}

    // What is wrong with the arguments, or std::nullopt when this reading finds nothing.
    std::optional<std::string> problem(const std::vector<std::string>& args) {
        m_args = &args;
        bool only_positionals = false;
        for (std::size_t i = 0; i < args.size(); ++i) {
            const std::string& arg = args[i];
            if (!only_positionals && arg == "--") {
                only_positionals = true;
            } else if (!only_positionals && is_option(arg)) {
                if (std::optional<std::string> found = option_problem(args, i)) {
                    return found;
                }
            } else if (m_command == nullptr) {
                if (std::optional<std::string> found = subcommand_problem(arg)) {
                    return found;
                }
            } else {
                m_positionals.push_back(arg);
            }
        }
        if (m_command == nullptr) {
            return "expected a subcommand: " + listed(listed_subcommands(m_app)) +
                   see_help(nullptr);
        }
        return positional_problem();
    }

  private:
    // What CLI11 takes after a flag's "=": a truth value or a count.
    static bool is_flag_value(const std::string& value) {
        static const std::vector<std::string> words{"true", "false", "on",     "off",
                                                    "yes",  "no",    "enable", "disable"};
        return std::find(words.begin(), words.end(), core::ascii_lowercase(value)) != words.end() ||
               core::parse_digits(value).has_value();
    }

    // CLI11 reads "-5" as a value, unless an option is named by a digit.
    static bool is_option(const std::string& arg) {
        return arg.size() > 1 && arg[0] == '-' && !(arg[1] >= '0' && arg[1] <= '9');
    }

    const CLI::Option* find(const std::string& name, bool is_long) const {
        for (const CLI::App* in : {m_command, &m_app}) {
            if (in == nullptr) {
                continue;
            }
            for (const CLI::Option* option : in->get_options()) {
                if (!option->get_positional() &&
                    (is_long ? option->check_lname(name) : option->check_sname(name))) {
                    return option;
                }
            }
        }
        return nullptr;
    }

    // The option at args[i] (and its value, which i is moved past), when it is unknown or its
    // value is missing.
    std::optional<std::string> option_problem(const std::vector<std::string>& args,
                                              std::size_t& i) const {
        const std::string& arg = args[i];
        if (arg[1] == '-') {
            std::size_t equals = arg.find('=');
            std::string name = arg.substr(2, equals == std::string::npos ? equals : equals - 2);
            const CLI::Option* option = find(name, true);
            if (option == nullptr) {
                return unknown_option("--" + name);
            }
            if (takes_value(option) && equals == std::string::npos && ++i == args.size()) {
                return missing_value(option);
            }
            if (takes_value(option) && equals + 1 == arg.size()) {
                return missing_value(option); // "--weeks="
            }
            if (!takes_value(option) && equals != std::string::npos &&
                !is_flag_value(arg.substr(equals + 1))) {
                return "--" + name + ": expected no value, got " +
                       core::quoted(arg.substr(equals + 1)) + see_help(m_command);
            }
            return std::nullopt;
        }
        for (std::size_t j = 1; j < arg.size(); ++j) {
            const CLI::Option* option = find(std::string(1, arg[j]), false);
            if (option == nullptr) {
                return unknown_option("-" + std::string(1, arg[j]));
            }
            if (takes_value(option)) {
                // The rest of the word is the value; else the next word is.
                if (j + 1 == arg.size() && ++i == args.size()) {
                    return missing_value(option);
                }
                break;
            }
        }
        return std::nullopt;
    }

    std::string unknown_option(const std::string& option) const {
        std::string message = prefix(m_command) + "unknown option " + core::quoted(option);
        if (const CLI::App* later = m_command == nullptr ? later_subcommand() : nullptr) {
            for (const CLI::Option* o : later->get_options()) {
                if (!o->get_positional() && o->check_name(option)) {
                    return core::quoted(option) + " is an option of " + later->get_name() +
                           ": give it after '" + later->get_name() + "'" + see_help(later);
                }
            }
        }
        if (option.starts_with("--")) {
            std::vector<std::string> names;
            for (const CLI::App* in : {m_command, &m_app}) {
                if (in == nullptr) {
                    continue;
                }
                for (const CLI::Option* o : in->get_options()) {
                    for (const std::string& name : o->get_lnames()) {
                        names.push_back("--" + name);
                    }
                }
            }
            if (std::vector<std::string> close = core::closest_words(option, names);
                !close.empty()) {
                message += "; did you mean " + core::quoted_list(close, " or ") + "?";
            }
        }
        return message + see_help(m_command);
    }

    std::string missing_value(const CLI::Option* option) const {
        return public_name(option) + ": expected a value (" + option->get_type_name() +
               "), got nothing" + see_help(m_command);
    }

    // The first word after the options that names a subcommand, when none came before.
    const CLI::App* later_subcommand() const {
        for (const std::string& word : *m_args) {
            for (const CLI::App* sub :
                 m_app.get_subcommands([](const CLI::App*) { return true; })) {
                if (sub->check_name(word)) {
                    return sub;
                }
            }
        }
        return nullptr;
    }

    std::optional<std::string> subcommand_problem(const std::string& word) {
        for (const CLI::App* sub : m_app.get_subcommands([](const CLI::App*) { return true; })) {
            if (sub->check_name(word)) {
                m_command = sub;
                return std::nullopt;
            }
        }
        std::vector<std::string> names = listed_subcommands(m_app);
        std::string message = "unknown subcommand " + core::quoted(word);
        if (std::vector<std::string> close = core::closest_words(word, names); !close.empty()) {
            return message + "; did you mean " + core::quoted_list(close, " or ") + "?" +
                   see_help(nullptr);
        }
        return message + "; expected one of " + listed(names) + see_help(nullptr);
    }

    // Too few or too many positional arguments for the subcommand.
    std::optional<std::string> positional_problem() const {
        std::size_t least = 0;
        std::size_t most = 0;
        for (const CLI::Option* option : m_command->get_options()) {
            if (option->get_positional()) {
                least += option->get_required()
                             ? static_cast<std::size_t>(option->get_items_expected_min())
                             : 0;
                most += static_cast<std::size_t>(option->get_items_expected_max());
            }
        }
        if (m_positionals.size() >= least && m_positionals.size() <= most) {
            return std::nullopt;
        }
        if (most == 0) {
            return prefix(m_command) + "unexpected argument " +
                   core::quoted(m_positionals.front()) + see_help(m_command);
        }
        std::string given;
        for (const std::string& word : m_positionals) {
            given += (given.empty() ? "" : " ") + core::quoted(word);
        }
        return prefix(m_command) + "expected " + positional_usage(m_command) + ", got " +
               (given.empty() ? "nothing" : given) + see_help(m_command);
    }

    const CLI::App& m_app;
    const std::vector<std::string>* m_args = nullptr;
    const CLI::App* m_command = nullptr;
    std::vector<std::string> m_positionals;
};

// A ValidationError's message, naming a positional argument as help shows it ("SHELL: ...",
// not CLI11's "shell: ...").
std::string validation_message(const CLI::App& app, const std::vector<std::string>& args,
                               const std::string& what) {
    for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
        bool named = std::find(args.begin(), args.end(), sub->get_name()) != args.end();
        for (const CLI::Option* option : sub->get_options()) {
            std::string name = option->get_name();
            if (named && option->get_positional() && what.starts_with(name + ": ")) {
                return public_name(option) + what.substr(name.size());
            }
        }
    }
    return what;
}

} // namespace

CLI::Validator whole_number(int low, int high) {
    return CLI::Validator(
        [low, high](std::string& text) -> std::string {
            std::optional<int> value = core::parse_digits(text);
            if (value && *value >= low && *value <= high) {
                // In decimal without leading zeros: CLI11 would read 010 as octal 8.
                text = std::to_string(*value);
                return "";
            }
            return "expected a whole number from " + std::to_string(low) + " to " +
                   std::to_string(high) + ", got " + core::quoted(text);
        },
        "");
}

CLI::Validator one_of(const std::vector<std::string>& choices) {
    return CLI::Validator(
        [choices](std::string& text) -> std::string {
            if (std::find(choices.begin(), choices.end(), text) != choices.end()) {
                return "";
            }
            std::string accepted;
            for (const std::string& choice : choices) {
                accepted += (accepted.empty() ? "" : ", ") + choice;
            }
            return "expected one of " + accepted + ", got " + core::quoted(text);
        },
        "");
}

std::string usage_message(const CLI::App& app, const std::vector<std::string>& args,
                          const CLI::ParseError& error) {
    if (dynamic_cast<const CLI::ValidationError*>(&error) != nullptr) {
        return validation_message(app, args, error.what());
    }
    if (std::optional<std::string> problem = Reading(app).problem(args)) {
        return *problem;
    }
    // What this reading does not foresee, in CLI11's words.
    return std::string(error.what()) + see_help(nullptr);
}

} // namespace backplan::cli
