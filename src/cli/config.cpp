#include "cli/commands.hpp"
#include "io/log_store.hpp"

#include <cstdlib>

namespace backplan::cli {
namespace {

std::optional<io::Setting> setting(const Settings& settings, const char* key) {
    auto found = settings.find(key);
    return found == settings.end() ? std::nullopt : std::optional<io::Setting>(found->second);
}

// "~/x" as $HOME/x, the way a shell would have given it on the command line.
std::string expand_home(const std::string& path) {
    const char* home = std::getenv("HOME");
    if (path.starts_with("~/") && home != nullptr && home[0] != '\0') {
        return std::string(home) + path.substr(1);
    }
    return path;
}

bool log_variable_set() {
    const char* variable = std::getenv("BACKPLAN_LOG");
    return variable != nullptr && variable[0] != '\0';
}

} // namespace

void apply_config(const Settings& settings, GlobalOptions& global, GenerateOptions& generate) {
    if (!global.template_spec) {
        if (auto value = setting(settings, "template")) {
            global.template_spec = expand_home(value->value);
        }
    }
    if (!global.log && !log_variable_set()) {
        if (auto value = setting(settings, "log")) {
            global.log = expand_home(value->value);
        }
    }
    generate.calendar_options_given = generate.time || generate.duration || generate.remind;
    if (generate.duration && !generate.time && !setting(settings, "time")) {
        throw Error(ExitCode::usage, "--duration requires --time (see backplan --help)");
    }
    for (auto [key, option] :
         {std::pair{"days", &generate.days}, std::pair{"time", &generate.time},
          std::pair{"duration", &generate.duration}, std::pair{"remind", &generate.remind}}) {
        if (!*option) {
            if (auto value = setting(settings, key)) {
                *option = value->value;
            }
        }
    }
}

CLI::App* add_config(CLI::App& app) {
    return app.add_subcommand("config",
                              "Show the effective settings, and where each one comes from");
}

void run_config(const Settings& settings, const GlobalOptions& global,
                const Environment& environment, std::ostream& out) {
    const std::string& file = environment.template_dirs.config_file;
    out << "config file: " << (file.empty() ? "none ($XDG_CONFIG_HOME and $HOME unset)" : file)
        << (settings.empty() ? " (no settings)" : "") << '\n';
    auto line = [&](const char* key, const std::string& value, const std::string& source) {
        std::string padded_key = std::string(key) + std::string(10 - std::string(key).size(), ' ');
        std::string padded_value =
            value + std::string(value.size() < 40 ? 40 - value.size() : 1, ' ');
        out << padded_key << padded_value << source << '\n';
    };
    auto from_config = [&](const char* key, const std::string& fallback,
                           const std::string& default_source) {
        if (auto value = setting(settings, key)) {
            line(key, value->value, "config " + value->origin);
        } else {
            line(key, fallback, default_source);
        }
    };
    if (global.template_spec) {
        line("template", *global.template_spec, "command line");
    } else {
        from_config("template", "home-back", "default (built in)");
    }
    from_config("days", "the template's", "default");
    from_config("time", "none: all-day events", "default");
    from_config("duration", "30m", "default");
    from_config("remind", "none: no alarm", "default");
    GlobalOptions applied = global;
    std::string source = "default ($XDG_DATA_HOME/backplan, or ~/.local/share/backplan)";
    if (global.log) {
        source = "command line";
    } else if (log_variable_set()) {
        source = "environment (BACKPLAN_LOG)";
    } else if (auto value = setting(settings, "log")) {
        applied.log = expand_home(value->value);
        source = "config " + value->origin;
    }
    line("log", io::log_path(applied.log), source);
}

} // namespace backplan::cli
