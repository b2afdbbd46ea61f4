#include "io/system/clock.hpp"

#include <charconv>

namespace backplan::io {
namespace {

constexpr long long last_second_of_9999 = 253402300799;

} // namespace

core::Timestamp timestamp_now(const System& system) {
    return system.local_time(system.now());
}

std::chrono::sys_seconds stamp_now(const System& system) {
    const std::string& epoch = system.environment().source_date_epoch;
    long long seconds = 0;
    const char* end = epoch.data() + epoch.size();
    auto [stop, error] = std::from_chars(epoch.data(), end, seconds);
    if (!epoch.empty() && error == std::errc() && stop == end && seconds >= 0 &&
        seconds <= last_second_of_9999) {
        return std::chrono::sys_seconds(std::chrono::seconds(seconds));
    }
    return system.now();
}

} // namespace backplan::io
