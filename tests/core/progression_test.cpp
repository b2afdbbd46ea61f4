#include "core/adaptive.hpp"
#include "core/progression.hpp"

#include <catch2/catch.hpp>

using namespace backplan::core;

namespace {

Progression seed() {
    return {Unit::reps, 2, {15, 20}, {4, 5}, {20, 25}, 1, 1};
}

// Progressions across the space a template may declare, for the properties every ladder keeps.
std::vector<Progression> many_progressions() {
    std::vector<Progression> all;
    for (int start_sets : {1, 2, 3, 5}) {
        for (Range start_reps : {Range{5, 5}, Range{8, 12}, Range{15, 20}}) {
            for (Range target_sets : {Range{1, 1}, Range{3, 3}, Range{4, 5}, Range{5, 10}}) {
                for (Range target_reps : {Range{12, 12}, Range{20, 25}, Range{30, 60}}) {
                    for (int step : {1, 2, 7}) {
                        for (int weeks_per_step : {1, 3}) {
                            Progression p{Unit::reps,  start_sets, start_reps,    target_sets,
                                          target_reps, step,       weeks_per_step};
                            if (!check_progression(p)) {
                                all.push_back(p);
                            }
                        }
                    }
                }
            }
        }
    }
    return all;
}

// The prescription of a week, 0 for the first, as a plan without a log forecasts it.
Step week_step(const Progression& p, int week_index) {
    return forecast(p, {}, week_index + 1)[static_cast<std::size_t>(week_index)];
}

} // namespace

TEST_CASE("progression::ladder of the seed routine") {
    // Checked by hand: reps climb 15..20 at 2 and 3 sets; at 4 sets the target's 20-25 range
    // applies; 4 x 25 = 100 becomes 5 x 20 = 100; the top is 5 x 25.
    std::vector<Step> expected;
    for (int reps = 15; reps <= 20; ++reps) {
        expected.push_back({2, reps});
    }
    for (int reps = 15; reps <= 20; ++reps) {
        expected.push_back({3, reps});
    }
    for (int sets : {4, 5}) {
        for (int reps = 20; reps <= 25; ++reps) {
            expected.push_back({sets, reps});
        }
    }
    CHECK(ladder(seed()) == expected);
}

TEST_CASE("adaptive::forecast without a log, week by week") {
    SECTION("week 1 prescribes the start") {
        CHECK(week_step(seed(), 0) == Step{2, 15});
    }
    SECTION("one step a week, holding at the top") {
        CHECK(week_step(seed(), 5) == Step{2, 20});
        CHECK(week_step(seed(), 6) == Step{3, 15});
        CHECK(week_step(seed(), 12) == Step{4, 20});
        CHECK(week_step(seed(), 23) == Step{5, 25});
        CHECK(week_step(seed(), 24) == Step{5, 25});
        CHECK(week_step(seed(), 103) == Step{5, 25});
    }
    SECTION("weeks_per_step holds each step that many weeks") {
        Progression p = seed();
        p.weeks_per_step = 2;
        CHECK(week_step(p, 1) == Step{2, 15});
        CHECK(week_step(p, 2) == Step{2, 16});
        CHECK(week_step(p, 3) == Step{2, 16});
    }
    SECTION("a bigger step stops at the top of the range") {
        Progression p = seed();
        p.step = 3;
        CHECK(week_step(p, 1) == Step{2, 18});
        CHECK(week_step(p, 2) == Step{2, 20});
        CHECK(week_step(p, 3) == Step{3, 15});
    }
    SECTION("timed holds climb in seconds the same way") {
        Progression p{Unit::seconds, 2, {20, 30}, {3, 3}, {45, 60}, 5, 1};
        std::vector<Step> expected{{2, 20}, {2, 25}, {2, 30}, {3, 45}, {3, 50}, {3, 55}, {3, 60}};
        CHECK(ladder(p) == expected);
    }
}

TEST_CASE("progression::properties of every ladder") {
    std::vector<Progression> all = many_progressions();
    REQUIRE(all.size() > 200);
    for (const Progression& p : all) {
        CAPTURE(p.start_sets, p.start_reps.low, p.start_reps.high, p.target_sets.low,
                p.target_sets.high, p.target_reps.low, p.target_reps.high, p.step,
                p.weeks_per_step);
        Step top{p.target_sets.high, p.target_reps.high};
        std::vector<Step> weeks = forecast(p, {}, 2000);
        CHECK(weeks[0] == Step{p.start_sets, p.start_reps.low});
        Step previous = weeks[0];
        bool reached_top = false;
        for (int week = 1; week < 2000 && !reached_top; ++week) {
            Step step = weeks[static_cast<std::size_t>(week)];
            CHECK(step.volume() >= previous.volume());
            CHECK(step.sets <= p.target_sets.high);
            CHECK(step.amount <= p.target_reps.high);
            reached_top = step == top;
            previous = step;
        }
        CHECK(reached_top);
        CHECK(ladder(p).back() == top);
    }
}

TEST_CASE("progression::in_target") {
    CHECK_FALSE(in_target(seed(), {3, 20}));
    CHECK_FALSE(in_target(seed(), {4, 19}));
    CHECK(in_target(seed(), {4, 20}));
    CHECK(in_target(seed(), {5, 25}));
}
