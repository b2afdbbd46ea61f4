#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace backplan::io {

// Where the log is: the --log option, else $BACKPLAN_LOG, else $XDG_DATA_HOME/backplan/log.txt,
// else ~/.local/share/backplan/log.txt. Throws Error(usage) when none can be worked out.
std::string log_path(const std::optional<std::string>& option);

// Appends one line (without its newline) to the log, safely among concurrent writers: the
// directory is created if missing; the file is opened O_APPEND and locked with flock; a newline
// is added first when the file does not end with one; the whole line goes in one write(); a
// short write is rolled back with ftruncate; then fsync, and close() is checked. Throws Error:
// ExitCode::cannot_create when the file or its directory cannot be opened or made,
// ExitCode::io when writing fails (the file is then as it was).
void append_log_line(const std::string& path, std::string_view line);

// Lines longer than this are reported, not parsed.
inline constexpr std::size_t max_log_line_bytes = 64 * 1024;

// What a line longer than max_log_line_bytes is reported as.
std::string too_long_line_message();

// Reads the log in one streaming pass, in constant memory, calling visit(number, text) for
// each line without its newline (number counts from 1). A line longer than max_log_line_bytes
// is passed cut to that length with too_long set. Throws Error: ExitCode::no_input when the
// file is missing or unreadable, ExitCode::data when it is not a regular file, ExitCode::io on a
// read error.
void read_log_lines(
    const std::string& path,
    const std::function<void(std::size_t number, std::string_view text, bool too_long)>& visit);

} // namespace backplan::io
