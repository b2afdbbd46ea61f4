// One day as today and train see it: pain that ends the day's session, the cautions that name
// the step they show, and a target reached. Two exercises on mon, wed, fri, 2 x 15 to start.
#include "core/day.hpp"

#include <catch2/catch.hpp>

using namespace backplan::core;

namespace {

Date day(const char* text) {
    return parse_date(text);
}

Routine routine() {
    Routine r;
    r.name = "r";
    r.days = parse_weekdays("mon,wed,fri");
    Progression p{Unit::reps, 2, {15, 20}, {4, 5}, {20, 25}, 1, 1};
    r.exercises.push_back({"a1", "A one", {}, {}, {}, std::nullopt, p});
    r.exercises.push_back({"a2", "A two", {}, {}, {}, std::nullopt, p});
    return r;
}

void add(LogHistory& history, const char* id, const char* date, std::vector<int> amounts,
         std::optional<int> pain = std::nullopt) {
    LogEntry entry{{day(date), 8 * 3600, 0}, id, Unit::reps, std::move(amounts), "", {}, {}};
    entry.pain = pain;
    history.add(entry);
}

} // namespace

TEST_CASE("day::day_session after pain") {
    Routine r = routine();
    LogHistory h;
    // The week of 11-02 met at 2 x 15 by both: 2 x 16 from 11-09.
    for (const char* id : {"a1", "a2"}) {
        add(h, id, "2026-11-02", {15, 15});
        add(h, id, "2026-11-04", {15, 15});
    }
    SECTION("pain from pain_step_back with one exercise ends the day's session for every one") {
        add(h, "a1", "2026-11-09", {16, 12}, 7);
        DaySession monday = day_session(r, h, day("2026-11-09"), day("2026-11-09"));
        REQUIRE(monday.items.size() == 2);
        CHECK(monday.items[0].stopped);
        CHECK(monday.items[1].stopped);
        CHECK(monday.items[1].sets_left() == 0);
        REQUIRE(monday.cautions.size() == 1);
        const PainCaution& caution = monday.cautions[0];
        CHECK(caution.id == "a1");
        CHECK(caution.today);
        CHECK(caution.action == PainCaution::Action::step_back);
        CHECK(caution.step == Step{2, 15}); // from Tuesday
        CHECK_FALSE(caution.again);
        SECTION("Wednesday: a1 a step lower at once, a2 as planned; the session goes on") {
            DaySession wednesday = day_session(r, h, day("2026-11-11"), day("2026-11-11"));
            CHECK(wednesday.items[0].item.step == Step{2, 15});
            CHECK(wednesday.items[1].item.step == Step{2, 16});
            CHECK_FALSE(wednesday.items[0].stopped);
            CHECK(wednesday.items[0].sets_left() == 2);
            REQUIRE(wednesday.cautions.size() == 1);
            CHECK_FALSE(wednesday.cautions[0].today);
            CHECK(wednesday.cautions[0].step == Step{2, 15});
        }
        SECTION("pain like it again within two weeks: see someone") {
            add(h, "a1", "2026-11-11", {15}, 6);
            DaySession again = day_session(r, h, day("2026-11-11"), day("2026-11-11"));
            REQUIRE(again.cautions.size() == 1);
            CHECK(again.cautions[0].again);
        }
    }
    SECTION("pain below pain_step_back: the session goes on, the step holds") {
        add(h, "a1", "2026-11-09", {16, 16}, 4);
        DaySession monday = day_session(r, h, day("2026-11-09"), day("2026-11-09"));
        CHECK_FALSE(monday.items[1].stopped);
        CHECK(monday.items[1].sets_left() == 2);
        REQUIRE(monday.cautions.size() == 1);
        CHECK(monday.cautions[0].action == PainCaution::Action::hold);
    }
}
