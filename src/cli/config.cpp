#include "cli/command.hpp"

namespace backplan::cli {
namespace {

class Config : public Command {
  public:
    CLI::App* add(CLI::App& app) override {
        return app.add_subcommand("config",
                                  "Show the effective settings, and where each one comes from");
    }

    ExitCode run(const Context& context, std::ostream& out) override {
        const std::string& file = context.template_dirs().config_file;
        out << "config file: " << (file.empty() ? "none ($XDG_CONFIG_HOME and $HOME unset)" : file)
            << (context.settings().empty() ? " (no settings)" : "") << '\n';
        auto line = [&](const char* key, const std::string& value, const std::string& source) {
            std::string padded_key =
                std::string(key) + std::string(10 - std::string(key).size(), ' ');
            std::string padded_value =
                value + std::string(value.size() < 40 ? 40 - value.size() : 1, ' ');
            out << padded_key << padded_value << source << '\n';
        };
        auto from_config = [&](const char* key, const std::string& fallback,
                               const std::string& default_source) {
            if (auto value = context.setting(key)) {
                line(key, value->value, "config " + value->origin);
            } else {
                line(key, fallback, default_source);
            }
        };
        const GlobalOptions& global = context.global();
        if (global.template_spec) {
            line("template", *global.template_spec, "command line");
        } else {
            from_config("template", "home-back", "default (built in)");
        }
        from_config("days", "the template's", "default");
        from_config("time", "none: all-day events", "default");
        from_config("duration", "30m", "default");
        from_config("remind", "none: no alarm", "default");
        std::string source = "default ($XDG_DATA_HOME/backplan, or ~/.local/share/backplan)";
        if (global.log) {
            source = "command line";
        } else if (!context.environment().backplan_log.empty()) {
            source = "environment (BACKPLAN_LOG)";
        } else if (auto value = context.setting("log")) {
            source = "config " + value->origin;
        }
        line("log", context.log_path(), source);
        return ExitCode::ok;
    }
};

} // namespace

std::unique_ptr<Command> make_config() {
    return std::make_unique<Config>();
}

} // namespace backplan::cli
