#include "cli/command.hpp"
#include "core/text.hpp"
#include "io/formats/display_width.hpp"
#include "io/formats/text_writer.hpp"

#include <algorithm>
#include <array>

namespace backplan::cli {
namespace {

// A setting's key, value and where the value comes from.
using SettingRow = std::array<std::string, 3>;

// Writes the settings in three columns within io::text_width: the values' column as wide as
// suits most rows; a row whose value leaves its source no room puts the source on a line of
// its own, under the values.
void write_settings(const std::vector<SettingRow>& rows, std::ostream& out) {
    constexpr std::size_t key_width = 10;
    auto fits = [&](const SettingRow& row, std::size_t value_width) {
        return io::display_width(row[1]) <= value_width &&
               key_width + value_width + 2 + io::display_width(row[2]) <= io::text_width;
    };
    std::size_t value_width = 0;
    std::ptrdiff_t most = -1;
    for (const SettingRow& candidate : rows) {
        std::size_t width = io::display_width(candidate[1]);
        std::ptrdiff_t count = std::count_if(
            rows.begin(), rows.end(), [&](const SettingRow& row) { return fits(row, width); });
        if (count > most || (count == most && width < value_width)) {
            most = count;
            value_width = width;
        }
    }
    for (const SettingRow& row : rows) {
        out << io::pad_to_width(row[0], key_width);
        if (fits(row, value_width)) {
            out << io::pad_to_width(row[1], value_width) << "  " << row[2] << '\n';
        } else {
            out << row[1] << '\n' << std::string(key_width, ' ') << row[2] << '\n';
        }
    }
}

// Where a setting of the config file was made; the file is named on the line above the table.
std::string config_line(const io::Setting& setting) {
    return "config file, line " + std::to_string(setting.line);
}

class Config : public Command {
  public:
    CLI::App* add(CLI::App& app) override {
        return app.add_subcommand("config",
                                  "Show the effective settings, and where each one comes from");
    }

    ExitCode run(const Context& context, std::ostream& out) override {
        const std::string& file = context.template_dirs().config_file;
        out << "config file: "
            << (file.empty() ? "none ($XDG_CONFIG_HOME and $HOME unset)" : core::escape_bytes(file))
            << (context.settings().empty() ? " (no settings)" : "") << '\n';
        std::vector<SettingRow> rows;
        auto line = [&](const char* key, const std::string& value, const std::string& source) {
            // Paths from the environment or the command line may hold anything.
            rows.push_back({key, core::escape_bytes(value), core::escape_bytes(source)});
        };
        auto from_config = [&](const char* key, const std::string& fallback,
                               const std::string& default_source) {
            if (auto value = context.setting(key)) {
                line(key, value->value, config_line(*value));
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
        std::string source = "default ($XDG_DATA_HOME)";
        if (global.log) {
            source = "command line";
        } else if (!context.environment().backplan_log.empty()) {
            source = "environment (BACKPLAN_LOG)";
        } else if (auto value = context.setting("log")) {
            source = config_line(*value);
        }
        line("log", context.log_path(), source);
        write_settings(rows, out);
        return ExitCode::ok;
    }
};

} // namespace

std::unique_ptr<Command> make_config() {
    return std::make_unique<Config>();
}

} // namespace backplan::cli
