#pragma once

// What the commands that append to the log share (log, undo, pause, train): the log opened for
// appending, the time --at names, and the echo of what was appended.

#include "cli/arguments.hpp"
#include "cli/context.hpp"
#include "core/log_line.hpp"
#include "core/time.hpp"
#include "io/store/log_store.hpp"

#include <functional>
#include <ostream>
#include <string>
#include <string_view>

namespace backplan::cli {

// The log, to append to: it waits for the lock as $BACKPLAN_LOCK_TIMEOUT says, saying so after
// a second (through tell when given, else on standard error), and makes only the default data
// directory. Throws Error(usage) for a $BACKPLAN_LOCK_TIMEOUT that is not whole seconds.
io::LogStore log_for_appending(const Context& context,
                               const std::function<void(const std::string&)>& tell = {});

// Appends the record to the log (log_for_appending; the routine, when given, reads the names of
// the log's hand-written lines as the record's time is made free) and echoes it.
void append_and_echo(const Context& context, const core::LogEntry& record,
                     const core::Routine* routine, std::string_view what, const std::string& then,
                     std::ostream& out);

// Prints the line appended, then `then` on a line of its own unless it is empty; says on
// standard error when the record's time was moved on to a free one. Exit 0 means recorded and a
// failure exit means not: once the line is on the disk, failing to print it is only a warning
// that says what (the line, the pause...) was recorded, or a script that retries would record
// it twice.
void echo(const io::LogStore& store, const io::Appended& appended, std::string_view what,
          const std::string& then, std::ostream& out);

// The time a --at style option names (cli::parse_at's forms). A form it does not take is a
// usage error naming the option; a local time that the time zone skips is refused (data), and
// of one it repeats the earlier is taken, said on standard error.
core::Timestamp at_time(const Context& context, const char* option, const std::string& text,
                        TodayAt today_at = TodayAt::now);

} // namespace backplan::cli
