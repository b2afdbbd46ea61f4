#pragma once

#include "cli/commands.hpp"
#include "core/adaptive.hpp"
#include "core/log.hpp"

#include <functional>

namespace backplan::cli {

// Streams the entries of the log at path to visit, tolerantly: a line that does not parse is
// skipped and reported on stderr as FILE:LINE:COL (the first few, then how many more).
void read_log_entries(const std::string& path,
                      const std::function<void(const core::LogEntry&)>& visit);

// The log's sessions of the routine's exercises, in the units the routine counts them in (other
// lines are left out, as check reports them); empty, with a warning, when the log cannot be read,
// and empty when there is no log yet.
core::LogHistory read_history(const core::Routine& routine, const GlobalOptions& global);

} // namespace backplan::cli
