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
    SECTION("a typo gets the closest label, with its id") {
        CHECK_THROWS_WITH(resolve_exercise(routine, "prone-rwo"),
                          "unknown exercise 'prone-rwo'; did you mean 'prone-row' (action2)?");
        CHECK_THROWS_WITH(resolve_exercise(routine, "acton2"),
                          "unknown exercise 'acton2'; did you mean 'action2'?");
    }
    SECTION("a part of an alias or a name offers the first alias holding it, else the name") {
        CHECK_THROWS_WITH(resolve_exercise(routine, "row"),
                          "unknown exercise 'row'; did you mean 'prone-row' (action2)?");
        CHECK_THROWS_WITH(resolve_exercise(routine, "extension"),
                          "unknown exercise 'extension'; did you mean 'back-extension' "
                          "(action1)?");
        CHECK_THROWS_WITH(resolve_exercise(routine, "PRONE"),
                          "unknown exercise 'PRONE'; did you mean 'Prone back extension' "
                          "(action1) or 'prone-row' (action2)?");
    }
    SECTION("two letters are too few to be looked for inside labels") {
        CHECK_THROWS_WITH(resolve_exercise(routine, "ro"),
                          "unknown exercise 'ro'; the exercises are 'action1' and 'action2'");
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

TEST_CASE("match::suggest_labels") {
    Routine routine = routine_with_aliases();
    std::vector<Suggestion> found = suggest_labels(routine, "towel");
    REQUIRE(found.size() == 1);
    CHECK(found[0].label == "towel-row");
    CHECK(found[0].id == "action2");
    CHECK(suggest_exercises(routine, "action") == std::vector<std::string>{"action1", "action2"});
}

TEST_CASE("match::closest_words") {
    std::vector<std::string> commands{"generate", "show", "log", "history", "report"};
    CHECK(closest_words("generat", commands) == std::vector<std::string>{"generate"});
    CHECK(closest_words("frobnicate", commands).empty());
    CHECK(closest_words("lg", commands) == std::vector<std::string>{"log"});
    CHECK(closest_words("wekes", {"weeks", "start", "days"}) == std::vector<std::string>{"weeks"});
    SECTION("equally close words are all offered, in order") {
        CHECK(closest_words("sow", {"show", "log", "saw"}) ==
              std::vector<std::string>{"show", "saw"});
    }
}

TEST_CASE("match::quoted_list") {
    CHECK(quoted_list({"a"}, " or ") == "'a'");
    CHECK(quoted_list({"a", "b", "c"}, " or ") == "'a', 'b' or 'c'");
}

TEST_CASE("match::edit_distance") {
    CHECK(edit_distance("action", "action") == 0);
    CHECK(edit_distance("ACTION2", "action3") == 1);
    CHECK(edit_distance("", "abc") == 3);
    CHECK(edit_distance("prone-rwo", "prone-row") == 2);
}

TEST_CASE("match::resolve_exercise shows what was typed escaped") {
    Routine routine = routine_with_aliases();
    CHECK_THROWS_WITH(resolve_exercise(routine, "\x1b]2;pwned\x07"),
                      "unknown exercise '\\x1b]2;pwned\\x07'; the exercises are 'action1' and "
                      "'action2'");
}
