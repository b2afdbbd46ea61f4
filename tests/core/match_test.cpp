#include "core/error.hpp"
#include "core/match.hpp"

#include <catch2/catch.hpp>

using namespace backplan::core;

namespace {

Routine routine_with_aliases() {
    Routine routine;
    routine.exercises.push_back(
        {"action1", "Prone back extension", {"back-extension"}, {}, {}, std::nullopt, {}});
    routine.exercises.push_back(
        {"action2", "Towel prone row", {"prone-row", "towel-row"}, {}, {}, std::nullopt, {}});
    return routine;
}

} // namespace

TEST_CASE("match::find_exercise") {
    Routine routine = routine_with_aliases();
    CHECK(find_exercise(routine, "action2")->id == "action2");
    CHECK(find_exercise(routine, "PRONE-ROW")->id == "action2");
    CHECK(find_exercise(routine, "towel prone row")->id == "action2");
    CHECK(find_exercise(routine, "row") == nullptr);
}

TEST_CASE("match::resolve_exercise") {
    Routine routine = routine_with_aliases();
    CHECK(resolve_exercise(routine, "back-extension").id == "action1");
    SECTION("a typo gets the closest exercise") {
        CHECK_THROWS_WITH(resolve_exercise(routine, "prone-rwo"),
                          "unknown exercise 'prone-rwo'; did you mean 'action2'?");
    }
    SECTION("equally close ones are all offered") {
        CHECK_THROWS_WITH(resolve_exercise(routine, "action"),
                          "unknown exercise 'action'; did you mean 'action1' or 'action2'?");
    }
    SECTION("nothing close lists every id") {
        CHECK_THROWS_WITH(resolve_exercise(routine, "squat"),
                          "unknown exercise 'squat'; the exercises are 'action1' and 'action2'");
    }
}

TEST_CASE("match::edit_distance") {
    CHECK(edit_distance("action", "action") == 0);
    CHECK(edit_distance("ACTION2", "action3") == 1);
    CHECK(edit_distance("", "abc") == 3);
    CHECK(edit_distance("prone-rwo", "prone-row") == 2);
}
