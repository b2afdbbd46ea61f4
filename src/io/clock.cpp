#include "io/clock.hpp"

#include <ctime>

namespace backplan::io {

core::Date local_today() {
    std::time_t now = std::time(nullptr);
    std::tm local{};
    ::localtime_r(&now, &local);
    return core::Date{std::chrono::year(local.tm_year + 1900),
                      std::chrono::month(static_cast<unsigned>(local.tm_mon + 1)),
                      std::chrono::day(static_cast<unsigned>(local.tm_mday))};
}

} // namespace backplan::io
