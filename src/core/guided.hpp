#pragma once

// How a guided session (`backplan train`) runs from the first answer to the summary: the answer
// to each set, a timed hold when one is asked for, the rest after a set, each exercise's sets
// appended as soon as it ends, and what the log's lock keeps out kept and tried again. Pure:
// the terminal, the clock and the log are the caller's, through a GuidedPort, so the whole flow
// is tested with a script in their place.

#include "core/log_line.hpp"
#include "core/time.hpp"
#include "core/training.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace backplan::core {

// What a guided session asks of the world outside. `train` answers with the terminal (io's
// screens) and the log (io::LogStore); tests answer with a script.
class GuidedPort {
  public:
    virtual ~GuidedPort() = default;
    // Shows the set asked for, with a notice (empty for none) or, when refused is set, the
    // answer that was not taken.
    virtual void show(const TrainingSession& session, std::string_view notice,
                      std::optional<std::string_view> refused) = 0;
    // The answer as typed; std::nullopt when the session ends there (interrupted, or the input
    // closed).
    virtual std::optional<std::string> ask(const TrainingSession& session) = 0;
    // A timed hold of seconds: the seconds held, or std::nullopt when interrupted.
    virtual std::optional<int> hold(int seconds) = 0;
    // A rest of seconds before the set asked for next; false when interrupted.
    virtual bool rest(const TrainingSession& session, int seconds) = 0;
    // The local time now.
    virtual Timestamp now() = 0;
    // Appends the record to the log; false when the log's lock could not be had in time.
    // Throws for any other failure.
    virtual bool append(const LogEntry& record) = 0;
    // Says something of the log between answers.
    virtual void note(const std::string& message) = 0;
};

// How the session ended.
struct GuidedEnd {
    bool stopped = false; // interrupted or the input closed, before the last set
    // What the lock kept out to the end, in order: given to the user to log by hand.
    std::vector<LogEntry> unlogged;
};

// Runs the session to its end through port: each exercise's sets appended when it ends (done,
// skipped, or the session quit or stopped), at logged_at when given (another day's session),
// else at the time of the exercise's first set. Shows notice with the first set. A record the
// lock keeps out is kept and tried again after the next exercise and at the end.
GuidedEnd run_guided(TrainingSession& session, GuidedPort& port, std::optional<Timestamp> logged_at,
                     const std::string& notice);

// A word as a POSIX shell reads it back: as it is when it holds only safe characters, else in
// single quotes.
std::string shell_word(std::string_view word);

// What the summary says of records the lock kept out: the `backplan log` commands that log
// them, with the template (when given on the command line) and the log named; nothing when
// there are none.
std::vector<std::string> unlogged_lines(const std::vector<LogEntry>& records,
                                        const std::optional<std::string>& template_spec,
                                        const std::string& log);

} // namespace backplan::core
