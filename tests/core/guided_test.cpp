// The guided session's flow (core::run_guided) with a script in place of the terminal, the clock
// and the log: what is asked, when it rests, what is appended and when, and what the log's lock
// keeps out. Expected values are worked out from the rules in core/guided.hpp.
#include "core/date.hpp"
#include "core/guided.hpp"

#include <catch2/catch.hpp>

#include <deque>

using namespace backplan::core;

namespace {

TrainingExercise exercise(const char* id, Step step, Unit unit, int rest) {
    TrainingExercise made{id, id, unit, step, {}, 0};
    made.rest = rest;
    return made;
}

// What the session did, as one line per event.
struct Script : GuidedPort {
    std::deque<std::optional<std::string>> answers; // std::nullopt: the input closes
    std::deque<std::optional<int>> holds;
    std::deque<bool> rests;   // true, or false: interrupted
    std::deque<bool> appends; // false: the lock is held
    int minute = 0;           // the clock moves on a minute at each look
    std::vector<std::string> events;
    std::vector<LogEntry> logged;

    void show(const TrainingSession& session, std::string_view notice,
              std::optional<std::string_view> refused) override {
        std::string event =
            "show " + session.exercise().id + " set " + std::to_string(session.set_number());
        if (!notice.empty()) {
            event += " notice " + std::string(notice);
        }
        if (refused) {
            event += " refused " + std::string(*refused);
        }
        events.push_back(event);
    }
    std::optional<std::string> ask(const TrainingSession&) override {
        std::optional<std::string> answer = answers.front();
        answers.pop_front();
        return answer;
    }
    std::optional<int> hold(int seconds) override {
        events.push_back("hold " + std::to_string(seconds));
        std::optional<int> held = holds.front();
        holds.pop_front();
        return held;
    }
    bool rest(const TrainingSession& session, int seconds) override {
        events.push_back("rest " + std::to_string(seconds) + " before " + session.exercise().id);
        bool rested = rests.empty() || rests.front();
        if (!rests.empty()) {
            rests.pop_front();
        }
        return rested;
    }
    Timestamp now() override {
        ++minute;
        return {parse_date("2026-11-23"), 7 * 3600 + minute * 60, 60};
    }
    bool append(const LogEntry& record) override {
        bool free = appends.empty() || appends.front();
        if (!appends.empty()) {
            appends.pop_front();
        }
        if (free) {
            logged.push_back(record);
            events.push_back("append " + record.id);
        }
        return free;
    }
    void note(const std::string& message) override { events.push_back("note " + message); }
};

Timestamp at_minute(int minute) {
    return {parse_date("2026-11-23"), 7 * 3600 + minute * 60, 60};
}

// Rows: 2 x 15 reps with 60 s rests; then a plank: 1 x 30 s, no rest.
TrainingSession two_exercises() {
    return TrainingSession(
        {exercise("row", {2, 15}, Unit::reps, 60), exercise("plank", {1, 30}, Unit::seconds, 0)});
}

} // namespace

TEST_CASE("guided: every set asked, rests between, each exercise appended as it ends") {
    Script script;
    script.answers = {"", "x", "14", ""};
    script.holds = {28};
    TrainingSession session = two_exercises();
    GuidedEnd end = run_guided(session, script, std::nullopt, "pain yesterday");
    CHECK_FALSE(end.stopped);
    CHECK(end.unlogged.empty());
    // The notice with the first set only; a refused answer is shown and asked again; a rest
    // after every set that another follows, also between exercises; the Enter of a hold runs
    // the hold, and the seconds held are the set.
    CHECK(script.events == std::vector<std::string>{"show row set 1 notice pain yesterday",
                                                    "rest 60 before row", "show row set 2",
                                                    "show row set 2 refused x", "append row",
                                                    "rest 60 before plank", "show plank set 1",
                                                    "hold 30", "append plank"});
    // Each at the time of its first set: the clock was read once for each.
    REQUIRE(script.logged.size() == 2);
    CHECK(script.logged[0].time == at_minute(1));
    CHECK(script.logged[0].amounts == std::vector<int>{15, 14});
    CHECK(script.logged[0].unit == Unit::reps);
    CHECK(script.logged[1].time == at_minute(2));
    CHECK(script.logged[1].amounts == std::vector<int>{28});
    CHECK(script.logged[1].unit == Unit::seconds);
}

TEST_CASE("guided: another day's session is logged at the time given") {
    Script script;
    script.answers = {"", "", ""};
    script.holds = {30};
    TrainingSession session = two_exercises();
    Timestamp noon{parse_date("2026-11-20"), 12 * 3600, 60};
    run_guided(session, script, noon, "");
    REQUIRE(script.logged.size() == 2);
    CHECK(script.logged[0].time == noon);
    CHECK(script.logged[1].time == noon);
}

TEST_CASE("guided: stopping keeps what was done of the exercise under way") {
    Script script;
    TrainingSession session = two_exercises();
    SECTION("the input closes after one set") {
        script.answers = {"", std::nullopt};
    }
    SECTION("the rest is interrupted") {
        script.answers = {""};
        script.rests = {false};
    }
    GuidedEnd end = run_guided(session, script, std::nullopt, "");
    CHECK(end.stopped);
    REQUIRE(script.logged.size() == 1);
    CHECK(script.logged[0].id == "row");
    CHECK(script.logged[0].amounts == std::vector<int>{15});
}

TEST_CASE("guided: an interrupted hold ends the session, nothing of the hold logged") {
    Script script;
    script.answers = {"", "", ""};
    script.holds = {std::nullopt};
    TrainingSession session = two_exercises();
    GuidedEnd end = run_guided(session, script, std::nullopt, "");
    CHECK(end.stopped);
    REQUIRE(script.logged.size() == 1);
    CHECK(script.logged[0].id == "row");
}

TEST_CASE("guided: what the lock keeps out is kept, tried after the next exercise and at the end") {
    Script script;
    script.answers = {"", "", ""};
    script.holds = {30};
    TrainingSession session = two_exercises();
    SECTION("free again after the next exercise: both appended, in order") {
        script.appends = {false, true, true};
        GuidedEnd end = run_guided(session, script, std::nullopt, "");
        CHECK(end.unlogged.empty());
        CHECK(
            script.events[3] ==
            "note Log locked by another process: 1 exercise kept, tried again after the next one");
        REQUIRE(script.logged.size() == 2);
        CHECK(script.logged[0].id == "row");
        CHECK(script.logged[1].id == "plank");
    }
    SECTION("free only at the very end") {
        script.appends = {false, false, true, true};
        GuidedEnd end = run_guided(session, script, std::nullopt, "");
        CHECK(end.unlogged.empty());
        CHECK(script.events.back() == "append plank");
        CHECK(script.logged.size() == 2);
    }
    SECTION("locked to the end: both given back, in order") {
        script.appends = {false, false, false};
        GuidedEnd end = run_guided(session, script, std::nullopt, "");
        CHECK(script.logged.empty());
        REQUIRE(end.unlogged.size() == 2);
        CHECK(end.unlogged[0].id == "row");
        CHECK(end.unlogged[1].id == "plank");
        CHECK(script.events.back() ==
              "note Log locked by another process: 2 exercises kept, tried again after the next "
              "one");
    }
}

TEST_CASE("guided: the commands that log what the lock kept out") {
    LogEntry row{at_minute(1), "row", Unit::reps, {15, 14}, "", std::nullopt};
    LogEntry plank{at_minute(2), "plank", Unit::seconds, {28}, "", std::nullopt};
    CHECK(unlogged_lines({}, std::nullopt, "/l.txt").empty());
    CHECK(unlogged_lines({row}, std::nullopt, "/home/u/log.txt") ==
          std::vector<std::string>{
              "Not logged, the log stayed locked. To log it, run:",
              "  backplan --log /home/u/log.txt log row 15 14 --at 2026-11-23T07:01:00+01:00"});
    CHECK(unlogged_lines({row, plank}, std::string("my plans/it's.yaml"), "/l.txt") ==
          std::vector<std::string>{
              "Not logged, the log stayed locked. To log them, run:",
              "  backplan -t 'my plans/it'\\''s.yaml' --log /l.txt log row 15 14 --at "
              "2026-11-23T07:01:00+01:00",
              "  backplan -t 'my plans/it'\\''s.yaml' --log /l.txt log plank 28s --at "
              "2026-11-23T07:02:00+01:00"});
    CHECK(shell_word("") == "''");
    CHECK(shell_word("a-b_c.d/e:f+g=h@i%j,k") == "a-b_c.d/e:f+g=h@i%j,k");
}
