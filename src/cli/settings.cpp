#include "cli/settings.hpp"

#include "cli/command.hpp"
#include "core/error.hpp"
#include "io/system/paths.hpp"

#include <utility>

namespace backplan::cli {
namespace {

// What is known of each setting beyond its key: the variable that sets it, whether it is a path
// (which "-" cannot be, and in which ~/ is $HOME), and how `config` says its default.
struct Rule {
    std::string_view key;
    std::string_view option;   // as errors name it
    std::string_view variable; // empty: none
    bool path = false;
    std::string_view default_value;
    std::string_view default_source = "default";
};

constexpr Rule rules[] = {
    {"template", "--template", "", true, "home-back", "default (built in)"},
    {"days", "--days", "", false, "the template's"},
    {"time", "--time", "", false, "none: all-day events"},
    {"duration", "--duration", "", false, "30m"},
    {"remind", "--remind", "", false, "none: no alarm"},
    {"log", "--log", "BACKPLAN_LOG", true, "", "default ($XDG_DATA_HOME)"},
    {"map", "--map", "", false, "none: import matches names"},
};

const Rule& rule_of(std::string_view key) {
    for (const Rule& rule : rules) {
        if (rule.key == key) {
            return rule;
        }
    }
    throw Error(ExitCode::software, "no setting " + std::string(key));
}

} // namespace

Settings::Settings(const io::Environment& environment, io::Settings config, std::string config_file)
    : m_environment(environment), m_config(std::move(config)),
      m_config_file(std::move(config_file)) {}

Resolved Settings::get(std::string_view key, const std::optional<std::string>& given) const {
    const Rule& rule = rule_of(key);
    if (given) {
        if (rule.path) {
            file_argument(rule.option, *given);
        }
        return {*given, Source::command_line};
    }
    if (key == "log" && !m_environment.backplan_log.empty()) {
        file_argument(rule.variable, m_environment.backplan_log);
        return {m_environment.backplan_log, Source::environment};
    }
    if (auto found = m_config.find(std::string(key)); found != m_config.end()) {
        const std::string& value = found->second.value;
        return {rule.path ? io::expand_home(value, m_environment) : value, Source::config_file,
                found->second.line};
    }
    if (key == "log") {
        return {io::default_log_path(m_environment), Source::built_in};
    }
    return {std::nullopt, Source::built_in};
}

std::string Settings::source_text(std::string_view key, const Resolved& resolved) {
    switch (resolved.source) {
    case Source::command_line:
        return "command line";
    case Source::environment:
        return "environment (" + std::string(rule_of(key).variable) + ")";
    case Source::config_file:
        return "config file, line " + std::to_string(resolved.line);
    case Source::built_in:
        break;
    }
    return std::string(rule_of(key).default_source);
}

std::string Settings::default_text(std::string_view key) {
    return std::string(rule_of(key).default_value);
}

} // namespace backplan::cli
