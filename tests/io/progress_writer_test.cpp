// why's lines, on a hand-made log: each week's count of sessions and the decision.
#include "io/progress_writer.hpp"
#include "support/columns.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace backplan;
using backplan::test::terminal_columns;

namespace {

core::Sessions sessions(const std::vector<std::pair<const char*, std::vector<int>>>& list) {
    core::Sessions result;
    for (const auto& [date, amounts] : list) {
        core::Session& session = result.on(core::parse_date(date));
        for (int amount : amounts) {
            session.add(amount);
        }
    }
    return result;
}

io::TodayItem today_item(const std::string& id, const std::string& name, int logged_sets) {
    io::TodayItem item{{id, name, core::Unit::reps, {5, 25}}, std::nullopt};
    if (logged_sets > 0) {
        core::Session session;
        session.date = core::parse_date("2026-11-25");
        for (int i = 0; i < logged_sets; ++i) {
            session.add(25);
        }
        item.logged = session;
    }
    return item;
}

std::string today(const std::vector<io::TodayItem>& items) {
    std::ostringstream out;
    io::write_today(core::parse_date("2026-11-25"), {items, std::nullopt, std::nullopt}, out);
    return out.str();
}

} // namespace

TEST_CASE("progress_writer::write_why") {
    core::Exercise exercise{
        "a1",
        "Row",
        {},
        {},
        {},
        std::nullopt,
        core::Progression{core::Unit::reps, 2, {15, 20}, {4, 5}, {20, 25}, 1, 1}};
    exercise.progression.step_back_after = 1;
    exercise.progression.deload_every = 3;
    core::WeekdaySet days = core::parse_weekdays("mon,wed,fri");
    // Week 1: four sessions at 2 x 15, two on other days; week 2: short of 2 x 16, and one short
    // week steps back; week 3 (the third) is a deload week, with nothing logged at all.
    core::Sessions log = sessions({{"2026-11-02", {15, 15}},
                                   {"2026-11-03", {15, 15}},
                                   {"2026-11-04", {15, 15}},
                                   {"2026-11-07", {16, 16}},
                                   {"2026-11-09", {14, 14}}});
    core::LoggedWeeks logged({core::parse_date("2026-11-02"), core::parse_date("2026-11-09")});
    core::Date monday = core::parse_date("2026-11-23");
    std::ostringstream out;
    io::write_why(exercise, days, core::replay(exercise.progression, days, log, logged, {}, monday),
                  monday, out);
    CHECK(out.str() == "a1: Row\n"
                       "A week is met when 2 of its 3 sessions (mon,wed,fri) reach the step.\n"
                       "wk 1  2026-11-02  met 4 of 4 sessions at 2 x 15 -> next step\n"
                       "wk 2  2026-11-09  met 0 of 3 sessions at 2 x 16 -> step back (short 1 in "
                       "a row)\n"
                       "wk 3  2026-11-16  deload week at 1 x 15 -> no progression\n"
                       "wk 4  2026-11-23  this week: 2 x 15, step 1 of 27\n");
    SECTION("nothing logged before the week: the first step; seconds are 's'") {
        exercise.progression = {core::Unit::seconds, 2, {20, 30}, {3, 3}, {45, 60}, 5, 1};
        std::ostringstream empty;
        io::write_why(exercise, core::parse_weekdays("tue"),
                      core::replay(exercise.progression, days, core::Sessions{},
                                   core::LoggedWeeks{}, {}, monday),
                      monday, empty);
        CHECK(empty.str() == "a1: Row\n"
                             "A week is met when its session (tue) reaches the step.\n"
                             "Nothing logged before 2026-11-23: the ladder starts at its first "
                             "step.\n"
                             "wk 1  2026-11-23  this week: 2 x 20 s, step 1 of 12\n");
    }
}

TEST_CASE("progress_writer::write_today") {
    SECTION("at the target volume, the longest built-in name whole, every column lined up") {
        CHECK(today({today_item("action5", "Reverse row under a table", 5),
                     today_item("action2", "Towel prone row", 2)}) ==
              "Wed 2026-11-25\n"
              "                                      planned      done            left\n"
              "  action5  Reverse row under a table  5 x 25 reps  25 25 25 25 25  nothing\n"
              "  action2  Towel prone row            5 x 25 reps  25 25           3 sets\n");
    }
    SECTION("a longer name is cut to keep the row within 80 columns") {
        std::string text = today({today_item("action5", "Reverse row under a table", 5),
                                  today_item("cjk", "背中のトレーニング背中のトレーニング", 0)});
        std::vector<std::string> lines = backplan::test::lines_of(text);
        REQUIRE(lines.size() == 4);
        // 2 + 7 + 2 + name + 2 + 11 + 2 + 14 + 2 + 7 = 80: the names get 31 columns; the
        // 36 of the second are cut to 14 wide characters and the marker. The last column is
        // not padded: "5 sets" ends the second row at 79.
        CHECK(lines[1] == "                                            "
                          "planned      done            left"); // 44 spaces
        CHECK(lines[2] ==
              "  action5  Reverse row under a table        5 x 25 reps  25 25 25 25 25  nothing");
        CHECK(lines[3] ==
              "  cjk      背中のトレーニング背中のトレ...  5 x 25 reps  -               5 sets");
        CHECK(terminal_columns(lines[2]) == 80);
        CHECK(terminal_columns(lines[3]) == 79);
    }
}

namespace {

// A session of two sets of amount on date, with pain (-1 for none).
void add_session(core::Sessions& log, const char* date, int amount, int pain = -1) {
    core::Session& session = log.on(core::parse_date(date));
    session.add(amount);
    session.add(amount);
    session.pain = pain;
}

} // namespace

TEST_CASE("progress_writer::write_why gives pain as the reason") {
    core::Exercise exercise{
        "a1",
        "Row",
        {},
        {},
        {},
        std::nullopt,
        core::Progression{core::Unit::reps, 2, {15, 20}, {4, 5}, {20, 25}, 1, 1}};
    core::WeekdaySet days = core::parse_weekdays("mon,wed,fri");
    core::Sessions log;
    std::vector<core::Date> dates;
    auto add = [&](const char* date, int amount, int pain = -1) {
        add_session(log, date, amount, pain);
        dates.push_back(core::parse_date(date));
    };
    auto why = [&](const char* until) {
        std::ostringstream out;
        core::Date monday = core::parse_date(until);
        io::write_why(
            exercise, days,
            core::replay(exercise.progression, days, log, core::LoggedWeeks(dates), {}, monday),
            monday, out);
        return out.str();
    };
    SECTION("every week met: pain 2 advances, 3 and 5 hold, 6 steps back (thresholds 3 and 6)") {
        add("2026-11-02", 15, 2);
        add("2026-11-04", 15);
        add("2026-11-09", 16);
        add("2026-11-11", 16, 3);
        add("2026-11-16", 16, 5);
        add("2026-11-20", 16);
        add("2026-11-23", 16);
        add("2026-11-24", 16, 6); // a Tuesday: not a training day, its pain counts all the same
        CHECK(why("2026-11-30") ==
              "a1: Row\n"
              "A week is met when 2 of its 3 sessions (mon,wed,fri) reach the step.\n"
              "wk 1  2026-11-02  met 2 of 3 sessions at 2 x 15, pain 2 on Mon -> next step\n"
              "wk 2  2026-11-09  met 2 of 3 sessions at 2 x 16, pain 3 on Wed -> hold\n"
              "wk 3  2026-11-16  met 2 of 3 sessions at 2 x 16, pain 5 on Mon -> hold\n"
              "wk 4  2026-11-23  met 2 of 3 sessions at 2 x 16, pain 6 on Tue -> step back\n"
              "wk 5  2026-11-30  this week: 2 x 15, step 1 of 27\n");
    }
    SECTION("pain 7 at the first step holds it; pain 0 is not shown") {
        add("2026-11-02", 15);
        add("2026-11-04", 15, 7);
        add("2026-11-09", 15, 0);
        add("2026-11-11", 15);
        CHECK(why("2026-11-16") ==
              "a1: Row\n"
              "A week is met when 2 of its 3 sessions (mon,wed,fri) reach the step.\n"
              // 87 columns: the last column (from 19) wraps under itself at 80.
              "wk 1  2026-11-02  met 2 of 3 sessions at 2 x 15, pain 7 on Wed -> hold (the\n"
              "                  first step)\n"
              "wk 2  2026-11-09  met 2 of 3 sessions at 2 x 15 -> next step\n"
              "wk 3  2026-11-16  this week: 2 x 16, step 2 of 27\n");
    }
}

TEST_CASE("progress_writer::write_pain_cautions") {
    std::vector<core::PainCaution> cautions{
        {"action2", {4, core::parse_date("2026-11-25")}, false},
        {"action5", {7, core::parse_date("2026-11-24")}, true},
        {"an-exercise-id-of-24-ch", {10, core::parse_date("2026-11-24")}, true}};
    std::ostringstream out;
    io::write_pain_cautions(cautions, out);
    // The third is 89 columns: wrapped at the last space within 80, the rest indented.
    CHECK(out.str() ==
          "caution: action2 pain 4 on Wed 2026-11-25: the step holds; stop if it hurts\n"
          "caution: action5 pain 7 on Tue 2026-11-24: a step back; stop if it hurts\n"
          "caution: an-exercise-id-of-24-ch pain 10 on Tue 2026-11-24: a step back; stop if\n"
          "  it hurts\n");
}
