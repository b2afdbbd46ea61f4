#include "io/interrupts.hpp"

#include <csignal>

namespace backplan::io {
namespace {

// Set by the handler; a signal handler can only reach a static object of this type.
volatile std::sig_atomic_t caught_signal = 0;

constexpr int signals[] = {SIGINT, SIGTERM, SIGHUP};
struct sigaction previous[3];

void on_signal(int signal) {
    caught_signal = signal;
}

} // namespace

InterruptCatcher::InterruptCatcher() {
    caught_signal = 0;
    struct sigaction action {};
    action.sa_handler = on_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; // no SA_RESTART: a read waiting for the user returns
    for (int i = 0; i < 3; ++i) {
        ::sigaction(signals[i], &action, &previous[i]);
    }
}

InterruptCatcher::~InterruptCatcher() {
    for (int i = 0; i < 3; ++i) {
        ::sigaction(signals[i], &previous[i], nullptr);
    }
}

int InterruptCatcher::caught() const {
    return caught_signal;
}

} // namespace backplan::io
