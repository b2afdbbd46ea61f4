#pragma once

namespace backplan::io {

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

} // namespace backplan::io
