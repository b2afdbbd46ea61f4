#pragma once

// What -v and -vv say on standard error: which template and log were read, what was decided
// for each exercise, and (with -vv) how long each part took. Standard output never changes.

#include "core/adaptive.hpp"
#include "core/routine.hpp"
#include "io/store/log_store.hpp"
#include "io/system/system.hpp"

#include <spdlog/spdlog.h>

#include <chrono>
#include <string>
#include <string_view>

namespace backplan::cli {

// Runs work and returns what it returns; with -vv, says how long it took: "backplan: debug:
// read the log in 1.2 ms".
template <typename Work> auto timed(const io::System& system, std::string_view what, Work work) {
    std::chrono::steady_clock::time_point start = system.steady_now();
    auto result = work();
    std::chrono::duration<double, std::milli> took = system.steady_now() - start;
    spdlog::debug("{} in {:.1f} ms", what, took.count());
    return result;
}

// Says with -v which log was read, how many entries it gave and how many lines were ignored.
void say_reading(const io::LogReading& reading, const std::string& path);

// The sentence about one exercise's decision, as -v says it: "action2: 2 x 16 reps from
// 2026-11-23 (the week of 2026-11-16: met 2 of 3 sessions at 2 x 15 -> next step)".
std::string decision_line(const core::Exercise& exercise, const core::Replay& replay,
                          core::Date start);

// With -v, each exercise's decision_line for the week of start on standard error, with today's
// week under way.
void say_decisions(const core::Routine& routine, const core::LogHistory& history, core::Date start,
                   core::Date today);

} // namespace backplan::cli
