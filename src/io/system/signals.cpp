#include "io/system/signals.hpp"

#include <cerrno>
#include <climits>
#include <cstring>
#include <fcntl.h>
#include <iterator>
#include <unistd.h>

namespace backplan::io {
namespace {

constexpr int termination_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

// The temporary file RemoveOnTermination removes: a fixed buffer, as a signal handler may read
// it but must not allocate.
char held_path[PATH_MAX + 1];
volatile std::sig_atomic_t holding = 0;

// What InterruptCatcher catches, and the signal it caught (set by its handler).
constexpr int interrupt_signals[] = {SIGINT, SIGTERM, SIGHUP};
struct sigaction interrupt_previous[std::size(interrupt_signals)];
volatile std::sig_atomic_t caught_signal = 0;

extern "C" void catch_signal(int signal) {
    caught_signal = signal;
}

extern "C" void remove_and_reraise(int signal) {
    int saved = errno;
    if (holding != 0) {
        ::unlink(held_path);
    }
    // SA_RESETHAND put the default action back: raised again, the signal ends the process as
    // soon as this handler returns, with the status a shell expects (128 + signal).
    ::raise(signal);
    errno = saved;
}

} // namespace

DeferTermination::DeferTermination() {
    sigset_t blocked;
    sigemptyset(&blocked);
    for (int signal : termination_signals) {
        sigaddset(&blocked, signal);
    }
    ::sigprocmask(SIG_BLOCK, &blocked, &m_previous);
}

DeferTermination::~DeferTermination() {
    ::sigprocmask(SIG_SETMASK, &m_previous, nullptr);
}

IgnoreSignal::IgnoreSignal(int signal) : m_signal(signal) {
    struct sigaction ignore {};
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    ::sigaction(signal, &ignore, &m_previous);
}

IgnoreSignal::~IgnoreSignal() {
    ::sigaction(m_signal, &m_previous, nullptr);
}

RemoveOnTermination::RemoveOnTermination() {
    struct sigaction action {};
    action.sa_handler = remove_and_reraise;
    action.sa_flags = static_cast<int>(SA_RESETHAND); // an unsigned constant in glibc
    sigemptyset(&action.sa_mask);
    for (int signal : termination_signals) {
        sigaddset(&action.sa_mask, signal);
    }
    for (std::size_t i = 0; i < std::size(termination_signals); ++i) {
        struct sigaction previous {};
        ::sigaction(termination_signals[i], nullptr, &previous);
        m_previous[i] = previous;
        // A signal ignored when backplan started (nohup) stays ignored.
        if (previous.sa_handler != SIG_IGN) {
            ::sigaction(termination_signals[i], &action, nullptr);
        }
    }
}

RemoveOnTermination::~RemoveOnTermination() {
    DeferTermination deferred;
    holding = 0;
    for (std::size_t i = 0; i < std::size(termination_signals); ++i) {
        ::sigaction(termination_signals[i], &m_previous[i], nullptr);
    }
}

void RemoveOnTermination::hold(const std::string& path) {
    holding = 0;
    if (path.empty() || path.size() > PATH_MAX) {
        return;
    }
    std::memcpy(held_path, path.c_str(), path.size() + 1);
    holding = 1;
}

InterruptCatcher::InterruptCatcher() {
    caught_signal = 0;
    struct sigaction action {};
    action.sa_handler = catch_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; // no SA_RESTART: a read waiting for the user returns
    for (std::size_t i = 0; i < std::size(interrupt_signals); ++i) {
        ::sigaction(interrupt_signals[i], &action, &interrupt_previous[i]);
    }
}

InterruptCatcher::~InterruptCatcher() {
    for (std::size_t i = 0; i < std::size(interrupt_signals); ++i) {
        ::sigaction(interrupt_signals[i], &interrupt_previous[i], nullptr);
    }
}

int InterruptCatcher::caught() const {
    return caught_signal;
}

void keep_standard_descriptors() {
    for (int fd = 0; fd <= 2; ++fd) {
        if (::fcntl(fd, F_GETFD) == -1 && errno == EBADF) {
            // open returns the lowest free descriptor: this one, as those below are open.
            ::open("/dev/null", O_RDONLY | O_NOCTTY);
        }
    }
}

} // namespace backplan::io
