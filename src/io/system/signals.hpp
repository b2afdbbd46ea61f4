#pragma once

// Signals around the writes that must never be left half done: the log's append and the
// replacement of an output file (io::PosixSystem), and the echo of a line already recorded; and
// around a command that waits on the user (`train`).

#include <csignal>
#include <string>

namespace backplan::io {

// While it lives, the signals that end a process from outside (SIGINT, SIGTERM, SIGHUP,
// SIGQUIT) wait: one that arrives is delivered when it goes, after the work it guards is whole
// or taken back.
class DeferTermination {
  public:
    DeferTermination();
    DeferTermination(const DeferTermination&) = delete;
    DeferTermination& operator=(const DeferTermination&) = delete;
    ~DeferTermination();

  private:
    sigset_t m_previous;
};

// While it lives, the signal is ignored: a write past the file size limit fails with EFBIG
// (SIGXFSZ), a write to a closed pipe with EPIPE (SIGPIPE), instead of killing the process
// before it can take back what it wrote.
class IgnoreSignal {
  public:
    explicit IgnoreSignal(int signal);
    IgnoreSignal(const IgnoreSignal&) = delete;
    IgnoreSignal& operator=(const IgnoreSignal&) = delete;
    ~IgnoreSignal();

  private:
    int m_signal;
    struct sigaction m_previous {};
};

// While it lives, SIGINT, SIGTERM, SIGHUP and SIGQUIT first remove the temporary file it holds
// (if any), then end the process as they would have.
class RemoveOnTermination {
  public:
    RemoveOnTermination();
    RemoveOnTermination(const RemoveOnTermination&) = delete;
    RemoveOnTermination& operator=(const RemoveOnTermination&) = delete;
    ~RemoveOnTermination();

    // The file to remove from now on (an empty path: none). Call it with termination deferred,
    // so that no signal sees the file made and not yet held, or renamed and still held.
    void hold(const std::string& path);

  private:
    struct sigaction m_previous[4] = {};
};

// Catches SIGINT, SIGTERM and SIGHUP while it lives, so that a command that waits on the user can
// finish what it must (append the sets done, restore the terminal) before it exits; the previous
// handlers come back when it goes. Blocking reads are not restarted after a signal: they fail
// with EINTR, and the caller looks at caught(). One at a time: a signal handler is per process.
class InterruptCatcher {
  public:
    InterruptCatcher();
    ~InterruptCatcher();
    InterruptCatcher(const InterruptCatcher&) = delete;
    InterruptCatcher& operator=(const InterruptCatcher&) = delete;

    // The signal caught, or 0.
    int caught() const;
};

// Makes sure file descriptors 0, 1 and 2 are open (on /dev/null, read-only, when they were
// closed), so that no file backplan opens can become standard output or error: a closed
// standard output then fails writes with EBADF, as it did, instead of writing into the log.
void keep_standard_descriptors();

} // namespace backplan::io
