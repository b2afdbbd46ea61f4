#pragma once

#include <string>
#include <string_view>

namespace backplan::io {

// Replaces the file with the content atomically (a temporary file beside it, then rename), so a
// failed write never leaves a half-written file; a FIFO or device is written in place. Throws
// Error: ExitCode::cannot_create when the file cannot be created, ExitCode::io when writing fails.
void write_output(const std::string& path, std::string_view content);

} // namespace backplan::io
