#include "core/log_check.hpp"

#include <catch2/catch.hpp>

using namespace backplan;
using namespace backplan::core;

TEST_CASE("log_check::LogChecker") {
    Routine routine;
    routine.exercises.push_back({"action2", "Row", {}, {}, {}, std::nullopt, {}});
    routine.exercises.back().progression.unit = Unit::reps;
    routine.exercises.push_back({"plank", "Plank", {}, {}, {}, std::nullopt, {}});
    routine.exercises.back().progression.unit = Unit::seconds;
    LogChecker checker(routine);
    std::vector<LogProblem> problems;
    auto check = [&](std::size_t number, const char* line) {
        problems.clear();
        checker.check(number, line, problems);
        std::vector<std::string> found;
        for (const LogProblem& p : problems) {
            found.push_back(std::to_string(p.line) + ":" + std::to_string(p.column) + ": " +
                            (p.warning ? "warning: " : "") + p.message);
        }
        return found;
    };
    using Found = std::vector<std::string>;
    CHECK(check(1, "2026-11-24T07:30:00+00:00 action2 20") == Found{});
    CHECK(check(2, "# a comment") == Found{});
    CHECK(check(3, "2026-11-24T07:31:00+00:00 acton2 20") ==
          Found{"3:27: unknown exercise 'acton2'; did you mean 'action2'?"});
    CHECK(check(4, "2026-11-24T07:32:00+00:00 plank 20") ==
          Found{"4:27: plank counts seconds, not reps"});
    CHECK(check(5, "2026-11-24T06:00:00+00:00 action2 20") ==
          Found{"5:1: warning: earlier than line 4; sort the log to put it in order"});
    CHECK(check(6, "2026-11-24T07:40:00+00:00 action2 x") ==
          Found{"6:35: expected reps from 1 to 1000 (or seconds such as 45s), got 'x'"});
}
