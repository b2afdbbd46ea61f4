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

class Config : public Command {
  public:
    CLI::App* add(CLI::App& app) override {
        return app.add_subcommand("config",
                                  "Show the effective settings, and where each one comes from");
    }

    ExitCode run(const Context& context, std::ostream& out) override {
        const Settings& settings = context.settings();
        const std::string& file = settings.config_file();
        // Paths under HOME from ~/, as every message shows them.
        auto shown = [&](std::string_view text) {
            return core::home_as_tilde(core::escape_bytes(text), context.environment().home);
        };
        out << "config file: "
            << (file.empty() ? "none ($XDG_CONFIG_HOME and $HOME unset)" : shown(file))
            << (settings.config_empty() ? " (no settings)" : "") << '\n';
        // The global options are the command line's here; generate's own are not.
        const GlobalOptions& global = context.global();
        std::vector<SettingRow> rows;
        for (std::string_view key : io::config_keys) {
            Resolved resolved = settings.get(key, key == "template" ? global.template_spec
                                                  : key == "log"    ? global.log
                                                                    : std::nullopt);
            // Paths from the environment or the command line may hold anything. The map's
            // lines are shown on one.
            std::string value = resolved.value.value_or(Settings::default_text(key));
            std::replace(value.begin(), value.end(), '\n', ',');
            rows.push_back(
                {std::string(key), shown(value), shown(Settings::source_text(key, resolved))});
        }
        write_settings(rows, out);
        return ExitCode::ok;
    }
};

} // namespace

std::unique_ptr<Command> make_config() {
    return std::make_unique<Config>();
}

} // namespace backplan::cli
