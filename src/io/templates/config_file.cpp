#include "io/templates/config_file.hpp"

#include "core/plan.hpp"
#include "core/time.hpp"
#include "io/templates/yaml_walk.hpp"

namespace backplan::io {
namespace {

// import's names for the routine's exercises, "Back Extension: action1" a line each as
// "Back Extension=action1" (the ids are checked against the routine when import runs).
std::optional<std::string> name_map(yaml::Walker& walker, const yaml::Node& value) {
    if (!value.is_map()) {
        walker.report(value, "map: expected a mapping of names to exercise ids, like "
                             "\"Back Extension: action1\", got " +
                                 yaml::describe(value));
        return std::nullopt;
    }
    std::string lines;
    for (const auto& [name, id] : value.entries()) {
        std::optional<std::string> from = walker.text(name, "map", 1000);
        std::optional<std::string> to = walker.text(id, "map", 1000);
        if (from && to) {
            lines += (lines.empty() ? "" : "\n") + *from + "=" + *to;
        }
    }
    return lines;
}

} // namespace

Settings parse_config(const std::string& name, std::string_view text) {
    Settings settings;
    yaml::Walker walker({name, text, "config file", "a config file holds one mapping of settings"});
    walker.run([&](const yaml::Node& root) {
        if (root.is_null()) {
            if (has_yaml_content(text)) {
                walker.add(0, 0, "expected a mapping of settings, got nothing YAML can read");
            }
            return; // an empty config sets nothing
        }
        std::vector<std::string> keys(config_keys.begin(), config_keys.end());
        walker.for_each_entry(
            root, "config", keys, [&](const std::string& key, const yaml::Node& value) {
                std::optional<std::string> normal;
                if (key == "map") {
                    normal = name_map(walker, value);
                } else if (key == "days") {
                    if (auto days = walker.weekdays(value, key)) {
                        normal = core::format_weekdays(*days);
                    }
                } else if ((normal = walker.text(value, key, 4096))) {
                    if (key == "time") {
                        core::parse_time_of_day(*normal);
                    } else if (key == "duration") {
                        core::parse_duration(*normal, core::event_minutes.low,
                                             core::event_minutes.high);
                    } else if (key == "remind") {
                        core::parse_duration(*normal, core::remind_minutes.low,
                                             core::remind_minutes.high);
                    } else if (*normal == "-") {
                        // As --log - and --template - are: no standard input or output here.
                        throw ValueError("expected a file, got '-' (standard input and output "
                                         "are not supported here)");
                    }
                }
                if (normal) {
                    settings[key] =
                        Setting{*normal, name + ":" + std::to_string(value.line()), value.line()};
                }
            });
    });
    std::vector<Diagnostic> diagnostics = walker.take();
    if (!diagnostics.empty()) {
        throw DataError(std::move(diagnostics));
    }
    return settings;
}

Settings load_config(const System& system, const std::string& path) {
    if (path.empty() || !system.exists(path)) { // none, or none we may see
        return {};
    }
    return parse_config(path, system.read_file(path, max_yaml_bytes, "config file"));
}

} // namespace backplan::io
