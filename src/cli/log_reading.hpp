#pragma once

#include "cli/commands.hpp"
#include "core/log.hpp"

#include <functional>

namespace backplan::cli {

// Streams the log's entries to visit, tolerantly: a line that does not parse is skipped and
// reported on stderr as FILE:LINE:COL (the first few, then how many more).
void read_log_entries(const GlobalOptions& global,
                      const std::function<void(const core::LogEntry&)>& visit);

} // namespace backplan::cli
