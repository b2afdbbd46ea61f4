#pragma once

// Copies of the log that sync tools and editors leave beside it, for check to name.

#include "io/system/system.hpp"

#include <string>
#include <vector>

namespace backplan::io {

// The files beside the log that are copies of it left by a sync tool or an editor: Syncthing's
// conflict copies (log.sync-conflict-20261121-101010-ABCDEFG.txt for log.txt), and log.txt~,
// log.txt.orig and log.txt.bak; their paths, sorted.
std::vector<std::string> copies_beside(const System& system, const std::string& log_path);

} // namespace backplan::io
