#pragma once

// How `train` appends what was done: each exercise's sets as soon as the exercise ends. When the
// log's lock cannot be had in time, the sets are kept, the screen says so, and they are tried
// again when the next exercise ends and once more at the end; what still could not be written is
// given as the `backplan log` commands that write it, and train exits 75. Nothing done is lost.

#include "cli/command.hpp"
#include "io/screens/training_screen.hpp"

#include <string>
#include <vector>

namespace backplan::cli {

class SessionLog {
  public:
    SessionLog(const Context& context, io::TrainingScreen& screen);

    // Appends the kept records, then this one; what cannot be appended for the lock is kept.
    // Throws Error when appending fails otherwise (the records kept are then lost only from
    // this session: unlogged() still lists them).
    void append(const core::LogEntry& record);

    // Tries the kept records once more; true when none is left.
    bool flush();

    // The `backplan log` command lines that log what is still kept, in order.
    std::vector<std::string> unlogged() const;

  private:
    // Appends the first kept record; false when the lock could not be had.
    bool append_kept();

    const Context& m_context;
    io::TrainingScreen& m_screen;
    io::LogStore m_store;
    std::vector<core::LogEntry> m_kept;
};

// A word as a POSIX shell reads it back: as it is when it holds only safe characters, else in
// single quotes.
std::string shell_word(std::string_view word);

// Says on standard error that the session's records kept for the lock were not logged, and
// returns the exit status that says so (75).
ExitCode not_logged(const std::string& log);

// What the summary says of the records kept and never logged: the commands to run.
std::vector<std::string> unlogged_lines(const std::vector<std::string>& commands);

} // namespace backplan::cli
