// The coach's smaller edges and its harder variants, on the real binary with its clock pinned:
// an amount far above the plan warns, history is in time order, a back-dated line is no
// problem, and the shipped routine that leads on moves to a variant once a target is reached.
#include "support/run.hpp"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

using namespace backplan::test;

namespace {

const std::string source_dir = BACKPLAN_SOURCE_DIR;

std::map<std::string, std::string> at(const std::string& instant) {
    return pinned_clock("UTC", instant);
}

} // namespace

TEST_CASE("log: an amount more than twice the plan is recorded, with a warning naming undo") {
    Scratch scratch;
    std::map<std::string, std::string> monday = at("2026-11-23T08:00:00Z");
    // Nothing logged: 2 x 15 this week. 166 (meant 16) is more than 30.
    RunResult typo = run_backplan({"log", "action1", "166", "--log", scratch.log}, monday);
    CHECK(typo.status == 0);
    CHECK(typo.out == "2026-11-23T08:00:00+00:00 action1 166\n");
    CHECK(typo.err == "backplan: warning: 166 reps is more than twice the 2 x 15 reps planned "
                      "for 2026-11-23; if it is a typo, `backplan undo` takes the line back\n");
    CHECK(read_file(scratch.log) == "2026-11-23T08:00:00+00:00 action1 166\n");
    // 30 is twice 15: no warning; nor for an amount a set may well reach.
    for (auto [id, amount] : {std::pair{"action2", "30"}, std::pair{"action3", "16"}}) {
        RunResult fine = run_backplan({"log", id, amount, "--log", scratch.log}, monday);
        CHECK(fine.status == 0);
        CHECK(fine.err.empty());
    }
}

TEST_CASE("history: by time, oldest first, equal times in the log's order") {
    Scratch scratch;
    write_file(scratch.log, "2026-11-24T07:30:00+00:00 action2 20\n"
                            "2026-11-20T07:30:00+00:00 action1 15 # logged later with --at\n"
                            "2026-11-24T07:30:00+00:00 action1 16\n"
                            "2026-11-22 action3 10\n");
    RunResult history = run_backplan({"history", "--log", scratch.log}, {{"TZ", "UTC"}});
    CHECK(history.status == 0);
    CHECK(history.out == "2026-11-20T07:30:00+00:00 action1 15 # logged later with --at\n"
                         "2026-11-22T12:00:00+00:00 action3 10\n"
                         "2026-11-24T07:30:00+00:00 action2 20\n"
                         "2026-11-24T07:30:00+00:00 action1 16\n");
    SECTION("check: a line earlier than the one before it is no problem") {
        write_file(scratch.log, "2026-11-24T07:30:00+00:00 action2 20\n"
                                "2026-11-20T07:30:00+00:00 action1 15\n");
        RunResult check = run_backplan({"check", scratch.log}, {{"TZ", "UTC"}});
        CHECK(check.status == 0);
        CHECK(check.out.empty());
        CHECK(check.err.empty());
    }
}

TEST_CASE("the routine that leads on: a target reached, then its harder variant") {
    Scratch scratch;
    std::string onward = source_dir + "/plans/home-back-onward.yaml";
    // action1 followed on Monday and Wednesday for 27 weeks from 2026-05-04, a step a week:
    // the 27th (from 11-02) meets 5 x 25 on Wednesday 11-04.
    const std::vector<std::pair<int, int>> ladder{
        {2, 15}, {2, 16}, {2, 17}, {2, 18}, {2, 19}, {2, 20}, {3, 15}, {3, 16}, {3, 17},
        {3, 18}, {3, 19}, {3, 20}, {4, 17}, {4, 18}, {4, 19}, {4, 20}, {4, 21}, {4, 22},
        {4, 23}, {4, 24}, {4, 25}, {5, 20}, {5, 21}, {5, 22}, {5, 23}, {5, 24}, {5, 25}};
    std::string log;
    int day = 4; // of May 2026, then on
    for (auto [sets, reps] : ladder) {
        for (int d : {0, 2}) {
            std::tm date{};
            date.tm_year = 126;
            date.tm_mon = 4;
            date.tm_mday = day + d;
            date.tm_hour = 12;
            std::mktime(&date);
            char text[11];
            std::strftime(text, sizeof text, "%F", &date);
            log += std::string(text) + "T08:00:00+00:00 action1";
            for (int s = 0; s < sets; ++s) {
                log += " " + std::to_string(reps);
            }
            log += "\n";
        }
        day += 7;
    }
    write_file(scratch.log, log);
    std::map<std::string, std::string> friday = at("2026-11-06T18:00:00Z");
    auto run = [&](std::vector<std::string> args) {
        args.insert(args.end(), {"-t", onward, "--log", scratch.log});
        RunResult result = run_backplan(args, friday);
        CHECK(result.status == 0);
        CHECK(result.err.empty());
        return result.out;
    };
    SECTION("today says so, with the day and what comes next") {
        std::string today = run({"today"});
        CHECK(today.find("\n  action1  Prone back extension") != std::string::npos);
        CHECK(today.ends_with("target reached: action1 did 5 x 25 reps on Wed 2026-11-04.\n"
                              "  from Mon 2026-11-09: extension-overhead (Back extension, arms "
                              "straight\n  overhead) at 2 x 15 reps\n"));
    }
    SECTION("from the next week the plan holds the variant, in its place, from its first step") {
        std::string plan = run({"generate", "--start", "2026-11-09", "--weeks", "2"});
        std::size_t monday = plan.find("Mon 2026-11-09\n");
        REQUIRE(monday != std::string::npos);
        CHECK(plan.find("  extension-overhead  ", monday) == monday + 15);
        CHECK(plan.find("action1") == std::string::npos);
        // The week of 11-16, the one of 11-09 ahead and taken as met; the name cut to fit.
        CHECK(
            plan.find("  extension-overhead  Back extension, arms straight ove...  2 x 16 reps") !=
            std::string::npos);
    }
    SECTION("why, show and report say so") {
        // This week, its last in the plan.
        CHECK(run({"why", "action1"})
                  .ends_with("wk 27  2026-11-02  this week, met 2 of 3 sessions at 5 x 25 -> "
                             "target reached;\n"
                             "                   on to extension-overhead\n"
                             "wk 28  2026-11-09  moved on to extension-overhead from Mon "
                             "2026-11-09\n"));
        std::string show = run({"show"});
        // 2 + 18 + 2 + name + 2 + 11 + 2 + 8 + 2 + 4 + 2 + 13 = 80: names get 14 columns.
        CHECK(show.find("\n  action1             Prone back...   5 x 25 reps  27 of 27  done  "
                        "2026-11-04\n") != std::string::npos);
        CHECK(show.find("\n  extension-overhead  Back extens...  -            -               "
                        "after action1\n") != std::string::npos);
        nlohmann::json report = nlohmann::json::parse(run({"report", "--format", "json"}));
        CHECK(report["records"][0]["id"] == "action1");
        CHECK(report["records"][0]["reached"] == "2026-11-04");
        CHECK(report["records"][1]["reached"].is_null());
    }
    SECTION("logging the exercise the plan moved on from: recorded, with a warning") {
        RunResult logged =
            run_backplan({"log", "action1", "20", "-t", onward, "--log", scratch.log},
                         at("2026-11-16T18:00:00Z"));
        CHECK(logged.status == 0);
        CHECK(logged.err == "backplan: warning: action1 is not in the plan on 2026-11-16; the plan "
                            "holds extension-overhead then\n");
    }
}
