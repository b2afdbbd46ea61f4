#include "core/training.hpp"

#include <catch2/catch.hpp>

using namespace backplan::core;

namespace {

TrainingExercise exercise(const char* id, Step step, int done_before = 0, Unit unit = Unit::reps) {
    return {id, id, unit, step, {}, done_before};
}

Answer enter() {
    return {Answer::Kind::done, std::nullopt};
}

Answer done(int amount) {
    return {Answer::Kind::done, amount};
}

} // namespace

TEST_CASE("training::parse_answer") {
    SECTION("Enter is the prescribed amount; a number is the amount done") {
        CHECK(parse_answer("", Unit::reps)->kind == Answer::Kind::done);
        CHECK_FALSE(parse_answer("  ", Unit::reps)->amount);
        CHECK(parse_answer("17", Unit::reps)->amount == 17);
        CHECK(parse_answer(" 17 ", Unit::reps)->amount == 17);
        CHECK(parse_answer("45", Unit::seconds)->amount == 45);
        CHECK(parse_answer("45s", Unit::seconds)->amount == 45);
    }
    SECTION("s skips the exercise, q ends the session, in either case") {
        CHECK(parse_answer("s", Unit::reps)->kind == Answer::Kind::skip);
        CHECK(parse_answer("Q", Unit::reps)->kind == Answer::Kind::quit);
    }
    SECTION("anything else is no answer") {
        for (const char* bad : {"x", "0", "017", "1001", "-3", "12 13", "45s", "sq", "1e3"}) {
            CAPTURE(bad);
            CHECK_FALSE(parse_answer(bad, Unit::reps));
        }
        CHECK_FALSE(parse_answer("3601", Unit::seconds));
    }
}

TEST_CASE("training::TrainingSession") {
    SECTION("set by set, each exercise handed out when its last set is done") {
        TrainingSession session({exercise("a", {2, 15}), exercise("b", {3, 16})});
        REQUIRE(session.exercise_count() == 2);
        CHECK(session.exercise().id == "a");
        CHECK(session.set_number() == 1);
        CHECK_FALSE(session.answer(enter()));
        CHECK(session.set_number() == 2);
        std::optional<ExerciseDone> a = session.answer(done(14));
        REQUIRE(a);
        CHECK(a->id == "a");
        CHECK(a->amounts == std::vector<int>{15, 14});
        CHECK(session.exercise().id == "b");
        CHECK(session.exercise_number() == 2);
        CHECK_FALSE(session.answer(enter()));
        CHECK_FALSE(session.answer(enter()));
        CHECK(session.answer(enter())->amounts == std::vector<int>{16, 16, 16});
        CHECK(session.finished());
        CHECK(session.done() == std::vector<std::vector<int>>{{15, 14}, {16, 16, 16}});
    }
    SECTION("sets done earlier that day are not asked again; a finished exercise is left out") {
        TrainingSession session({exercise("a", {2, 15}, 2), exercise("b", {3, 16}, 1)});
        REQUIRE(session.exercise_count() == 1);
        CHECK(session.exercise().id == "b");
        CHECK(session.set_number() == 2);
        CHECK_FALSE(session.answer(enter()));
        CHECK(session.set_number() == 3);
        CHECK(session.answer(enter())->amounts == std::vector<int>{16, 16});
        CHECK(session.finished());
    }
    SECTION("skip hands out what was done, or nothing when nothing was") {
        TrainingSession session({exercise("a", {2, 15}), exercise("b", {2, 15})});
        CHECK_FALSE(session.answer({Answer::Kind::skip, std::nullopt}));
        CHECK(session.exercise().id == "b");
        session.answer(done(12));
        CHECK(session.answer({Answer::Kind::skip, std::nullopt})->amounts == std::vector<int>{12});
        CHECK(session.finished());
    }
    SECTION("quit and stop hand out the sets of the exercise under way, and end it all") {
        TrainingSession quit({exercise("a", {3, 15}), exercise("b", {2, 15})});
        quit.answer(done(15));
        CHECK(quit.answer({Answer::Kind::quit, std::nullopt})->amounts == std::vector<int>{15});
        CHECK(quit.finished());
        TrainingSession stopped({exercise("a", {3, 15})});
        CHECK_FALSE(stopped.stop()); // nothing done yet
        CHECK(stopped.finished());
        CHECK_FALSE(stopped.answer(enter()));
    }
    SECTION("an amount above the prescription counts as done, as logged") {
        TrainingSession session({exercise("h", {1, 30}, 0, Unit::seconds)});
        std::optional<ExerciseDone> held = session.answer(done(45));
        REQUIRE(held);
        CHECK(held->unit == Unit::seconds);
        CHECK(held->amounts == std::vector<int>{45});
    }
}
