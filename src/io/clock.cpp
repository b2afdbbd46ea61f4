#include "io/clock.hpp"

#include <charconv>
#include <cstdlib>
#include <cstring>
#include <ctime>

namespace backplan::io {
namespace {

constexpr long long last_second_of_9999 = 253402300799;

core::Date date_of(const std::tm& local) {
    return core::Date{std::chrono::year(local.tm_year + 1900),
                      std::chrono::month(static_cast<unsigned>(local.tm_mon + 1)),
                      std::chrono::day(static_cast<unsigned>(local.tm_mday))};
}

std::tm local_tm(std::time_t when) {
    std::tm local{};
    ::localtime_r(&when, &local);
    return local;
}

} // namespace

core::LocalTime local_now() {
    std::tm local = local_tm(std::time(nullptr));
    return {date_of(local), local.tm_hour * 3600 + local.tm_min * 60 + local.tm_sec};
}

std::chrono::sys_seconds stamp_now() {
    if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) {
        long long seconds = 0;
        const char* end = epoch + std::strlen(epoch);
        auto [stop, ec] = std::from_chars(epoch, end, seconds);
        if (ec == std::errc() && stop == end && seconds >= 0 && seconds <= last_second_of_9999) {
            return std::chrono::sys_seconds(std::chrono::seconds(seconds));
        }
    }
    return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

core::Timestamp local_timestamp(core::LocalTime time) {
    std::tm wanted{};
    wanted.tm_year = static_cast<int>(time.date.year()) - 1900;
    wanted.tm_mon = static_cast<int>(static_cast<unsigned>(time.date.month())) - 1;
    wanted.tm_mday = static_cast<int>(static_cast<unsigned>(time.date.day()));
    wanted.tm_hour = time.seconds / 3600;
    wanted.tm_min = time.seconds / 60 % 60;
    wanted.tm_sec = time.seconds % 60;
    wanted.tm_isdst = -1;
    std::tm local = local_tm(std::mktime(&wanted));
    // mktime moves a skipped time (a spring-forward gap) forward; record what it settled on.
    return {date_of(local), local.tm_hour * 3600 + local.tm_min * 60 + local.tm_sec,
            static_cast<int>(local.tm_gmtoff / 60)};
}

} // namespace backplan::io
