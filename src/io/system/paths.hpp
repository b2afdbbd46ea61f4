#pragma once

// Where backplan's files are: pure functions of the environment read at start-up.

#include "io/system/system.hpp"

#include <string>

namespace backplan::io {

// Where backplan keeps its data by default: $XDG_DATA_HOME/backplan, else
// ~/.local/share/backplan (a relative XDG_DATA_HOME is ignored); empty when neither HOME nor an
// absolute XDG_DATA_HOME is set. The only directory backplan creates when it is missing.
std::string data_directory(const Environment& environment);

// Where the log is when nothing says otherwise: $XDG_DATA_HOME/backplan/log.txt, else
// ~/.local/share/backplan/log.txt (a relative XDG_DATA_HOME is ignored, as the XDG base
// directory spec asks). Throws Error(usage) when neither can be worked out. What comes before
// the default (--log, BACKPLAN_LOG, the config file) is cli::Settings's.
std::string default_log_path(const Environment& environment);

// The start of the names of the files that keep checkpoints of the log at log_path (backplan(1),
// FILES): $XDG_CACHE_HOME/backplan/replay-HASH, else ~/.cache/backplan/replay-HASH, HASH the
// path's (a relative XDG_CACHE_HOME or HOME is ignored: never a cache under the working
// directory); empty when neither can be worked out.
std::string checkpoint_path(const Environment& environment, const std::string& log_path);

// The user's directory a template NAME is looked up in first (then the installed one,
// System::installed_plans), and the config file.
struct TemplateDirs {
    std::string config;      // $XDG_CONFIG_HOME/backplan/plans, or ~/.config/backplan/plans
    std::string config_file; // $XDG_CONFIG_HOME/backplan/config.yaml, or ~/.config/...
};

// The lookup directories for the environment; config and config_file are empty when neither
// an absolute XDG_CONFIG_HOME nor HOME is set.
TemplateDirs template_dirs(const Environment& environment);

// "~/x" as $HOME/x, the way a shell would have given it on the command line; other paths as
// they are.
std::string expand_home(const std::string& path, const Environment& environment);

} // namespace backplan::io
