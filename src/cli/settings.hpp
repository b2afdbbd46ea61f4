#pragma once

// Every setting's value and where it comes from. The one place that says the order: the command
// line, then the environment (BACKPLAN_LOG, for the log), then the config file, then the
// default. Every command reads its settings here, and `config` shows them from here.

#include "io/system/system.hpp"
#include "io/templates/config_file.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace backplan::cli {

// Where a setting's value comes from.
enum class Source { command_line, environment, config_file, built_in };

// A setting's value, and where it comes from.
struct Resolved {
    // std::nullopt: the default that whoever reads the setting knows (the built-in routine, the
    // template's days, all-day events, 30 minutes, no alarm). The log always has a value.
    std::optional<std::string> value;
    Source source = Source::built_in;
    int line = 0; // the config file's line, for Source::config_file
};

class Settings {
  public:
    // The environment and the config file's values (io::load_config of config_file, the path
    // that names it, empty when there is none).
    Settings(const io::Environment& environment, io::Settings config, std::string config_file);

    // The value of key (one of io::config_keys): given, the command line's value, else the
    // environment's, else the config file's, with ~/ as $HOME in a path, else the default.
    // Throws Error(usage) for a file given as "-", and for the log when no default can be
    // worked out (HOME unset).
    Resolved get(std::string_view key, const std::optional<std::string>& given) const;

    // Where a value comes from, as `config` says it: "command line", "environment
    // (BACKPLAN_LOG)", "config file, line 3", or the default's words.
    static std::string source_text(std::string_view key, const Resolved& resolved);
    // What a default value is, as `config` says it ("home-back", "30m", "the template's").
    static std::string default_text(std::string_view key);

    // The config file's path (empty when neither XDG_CONFIG_HOME nor HOME says one), and
    // whether it sets anything.
    const std::string& config_file() const { return m_config_file; }
    bool config_empty() const { return m_config.empty(); }

  private:
    const io::Environment& m_environment;
    io::Settings m_config;
    std::string m_config_file;
};

} // namespace backplan::cli
