// why's lines, on a hand-made log: each week's count of sessions and the decision.
#include "io/formats/progress_writer.hpp"
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
    io::TodayItem item{{id, name, core::Unit::reps, {5, 25}}, std::nullopt, false};
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
    io::write_today(core::parse_date("2026-11-25"), {items, std::nullopt, std::nullopt, {}, {}},
                    out);
    return out.str();
}

core::Exercise row() {
    return core::Exercise{"a1",
                          "Row",
                          {},
                          {},
                          {},
                          std::nullopt,
                          core::Progression{core::Unit::reps, 2, {15, 20}, {4, 5}, {20, 25}, 1, 1}};
}

// why's text for the exercise's sessions on mon, wed, fri, replayed up to the week before
// until's, today being today (until when not given).
std::string why(const core::Exercise& exercise, const core::Sessions& log, const char* until,
                const char* today = nullptr,
                core::WeekdaySet days = core::parse_weekdays("mon,wed,fri")) {
    core::Pauses none;
    core::Date now = core::parse_date(today != nullptr ? today : until);
    std::ostringstream out;
    io::write_why(
        exercise, days,
        core::replay(exercise.progression, {days, &log, &none, now}, core::parse_date(until)),
        io::WhyView{core::add_days(core::monday_of_week(core::parse_date(until)), -7)}, out);
    return out.str();
}

} // namespace

TEST_CASE("progress_writer::write_why") {
    core::Exercise exercise = row();
    exercise.progression.step_back_after = 1;
    exercise.progression.deload_every = 3;
    // Week 1: four sessions at 2 x 15, two on other days; week 2: short of 2 x 16, and one short
    // week steps back; week 3 (the third) is a deload week, with nothing logged: missed.
    core::Sessions log = sessions({{"2026-11-02", {15, 15}},
                                   {"2026-11-03", {15, 15}},
                                   {"2026-11-04", {15, 15}},
                                   {"2026-11-07", {16, 16}},
                                   {"2026-11-09", {14, 14}}});
    CHECK(why(exercise, log, "2026-11-23") ==
          "a1: Row\n"
          "A week is met when 2 of its 3 sessions (mon,wed,fri) reach the step.\n"
          "wk 1  2026-11-02  met 4 of 4 sessions at 2 x 15 -> next step\n"
          "wk 2  2026-11-09  met 0 of 3 sessions at 2 x 16 -> step back (short 1 in a row)\n"
          "wk 3  2026-11-16  nothing logged at 1 x 15 -> same step (missed 1 in a row)\n"
          "wk 4  2026-11-23  next: 2 x 15, step 1 of 27\n");
    SECTION("today within a week: the week under way, with the days it has left") {
        // Wednesday 11-18 of the third week, a deload week: Mon, Wed and Fri left.
        CHECK(why(exercise, log, "2026-11-23", "2026-11-18")
                  .find("wk 3  2026-11-16  this week, deload week at 1 x 15 -> no progression\n") !=
              std::string::npos);
        exercise.progression.deload_every = 0;
        // Not a deload week: met 0, Wed and Fri left, two needed.
        CHECK(why(exercise, log, "2026-11-23", "2026-11-18")
                  .find("wk 3  2026-11-16  this week, under way: met 0 of 3 sessions at 2 x 15, 2 "
                        "needed,\n"
                        "                  2 days left: taken as met -> next step\n") !=
              std::string::npos);
    }
    SECTION("nothing logged yet: the ladder starts this week; seconds are 's'") {
        exercise.progression = {core::Unit::seconds, 2, {20, 30}, {3, 3}, {45, 60}, 5, 1};
        CHECK(why(exercise, {}, "2026-11-23", nullptr, core::parse_weekdays("tue")) ==
              "a1: Row\n"
              "A week is met when its session (tue) reaches the step.\n"
              "Nothing logged by the week of 2026-11-16: it is at the ladder's first step.\n"
              "wk 1  2026-11-23  next: 2 x 20 s, step 1 of 12\n");
    }
    SECTION("a break: a step back every two missed weeks") {
        core::Sessions done = sessions({{"2026-11-02", {15, 15}}, {"2026-11-04", {15, 15}}});
        CHECK(why(row(), done, "2026-11-30") ==
              "a1: Row\n"
              "A week is met when 2 of its 3 sessions (mon,wed,fri) reach the step.\n"
              "wk 1  2026-11-02  met 2 of 3 sessions at 2 x 15 -> next step\n"
              "wk 2  2026-11-09  nothing logged at 2 x 16 -> same step (missed 1 in a row)\n"
              "wk 3  2026-11-16  nothing logged at 2 x 16 -> step back (missed 2 in a row)\n"
              "wk 4  2026-11-23  nothing logged at 2 x 15 -> same step (missed 3 in a row)\n"
              "wk 5  2026-11-30  next: 2 x 15, step 1 of 27\n");
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
    SECTION("sets in the order done; a short set is done; pain that stops it") {
        io::TodayItem done = today_item("action1", "Prone back extension", 0);
        done.item.step = {3, 17};
        core::Session session;
        for (int amount : {17, 15, 17}) {
            session.add(amount);
        }
        done.logged = session;
        io::TodayItem part = today_item("action2", "Towel prone row", 0);
        part.item.step = {3, 17};
        core::Session one;
        one.add(12);
        part.logged = one;
        io::TodayItem stopped = part;
        stopped.item.id = "action3";
        stopped.stopped = true;
        CHECK(today({done, part, stopped}) ==
              "Wed 2026-11-25\n"
              "                                 planned      done      left\n"
              "  action1  Prone back extension  3 x 17 reps  17 15 17  nothing\n"
              "  action2  Towel prone row       3 x 17 reps  12        2 sets\n"
              "  action3  Towel prone row       3 x 17 reps  12        stop (pain)\n");
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
    session.pain = static_cast<std::int16_t>(pain);
}

} // namespace

TEST_CASE("progress_writer::write_why gives pain as the reason") {
    core::Sessions log;
    SECTION("pain 2 advances, 3 and 5 hold; 6 steps back from the next day") {
        add_session(log, "2026-11-02", 15, 2);
        add_session(log, "2026-11-04", 15);
        add_session(log, "2026-11-09", 16);
        add_session(log, "2026-11-11", 16, 3);
        add_session(log, "2026-11-16", 16, 5);
        add_session(log, "2026-11-20", 16);
        add_session(log, "2026-11-23", 16);
        add_session(log, "2026-11-24", 16, 6); // a Tuesday: its pain counts all the same
        CHECK(why(row(), log, "2026-11-30") ==
              "a1: Row\n"
              "A week is met when 2 of its 3 sessions (mon,wed,fri) reach the step.\n"
              "wk 1  2026-11-02  met 2 of 3 sessions at 2 x 15, pain 2 on Mon -> next step\n"
              "wk 2  2026-11-09  met 2 of 3 sessions at 2 x 16, pain 3 on Wed -> hold\n"
              "wk 3  2026-11-16  met 2 of 3 sessions at 2 x 16, pain 5 on Mon -> hold\n"
              // 93 columns: the last column (from 19) wraps under itself at 80.
              "wk 4  2026-11-23  met 2 of 3 sessions at 2 x 16, pain 6 on Tue: 2 x 15 from Wed\n"
              "                  -> step back\n"
              "wk 5  2026-11-30  next: 2 x 15, step 1 of 27\n");
    }
    SECTION("pain 7 at the first step holds it; pain 0 is not shown") {
        add_session(log, "2026-11-02", 15);
        add_session(log, "2026-11-04", 15, 7);
        add_session(log, "2026-11-09", 15, 0);
        add_session(log, "2026-11-11", 15);
        CHECK(why(row(), log, "2026-11-16") ==
              "a1: Row\n"
              "A week is met when 2 of its 3 sessions (mon,wed,fri) reach the step.\n"
              "wk 1  2026-11-02  met 2 of 3 sessions at 2 x 15, pain 7 on Wed -> hold (the\n"
              "                  first step)\n"
              "wk 2  2026-11-09  met 2 of 3 sessions at 2 x 15 -> next step\n"
              "wk 3  2026-11-16  next: 2 x 16, step 2 of 27\n");
    }
}

TEST_CASE("progress_writer::write_pain_cautions names the step it shows") {
    using Action = core::PainCaution::Action;
    core::Date wednesday = core::parse_date("2026-11-25");
    std::vector<core::PainCaution> cautions{
        {"action2",
         core::Unit::reps,
         {4, core::parse_date("2026-11-24")},
         Action::hold,
         {2, 20},
         false},
        {"action5",
         core::Unit::reps,
         {7, core::parse_date("2026-11-23")},
         Action::step_back,
         {2, 19},
         false},
        {"action1", core::Unit::reps, {8, wednesday}, Action::step_back, {3, 17}, true},
        {"action6", core::Unit::seconds, {6, wednesday}, Action::first_step, {2, 15}, true},
        {"action3", core::Unit::reps, {6, wednesday}, Action::first_step, {2, 15}, false, true}};
    std::ostringstream out;
    io::write_pain_cautions(wednesday, cautions, out);
    // Lines past 80 columns wrap at the last space within them, the rest indented.
    CHECK(out.str() ==
          "caution: action2 pain 4 on Tue 2026-11-24: 2 x 20 reps holds; stop if it hurts\n"
          "caution: action5 pain 7 on Mon 2026-11-23: a step back, to 2 x 19 reps; stop if\n"
          "  it hurts\n"
          "caution: action1 pain 8 today: no more training today; 3 x 17 reps from the next\n"
          "  session\n"
          "caution: action6 pain 6 today: 2 x 15 sec holds (the first step); no more\n"
          "  training today\n"
          "caution: action3 pain 6 today: 2 x 15 reps holds (the first step); stop if it\n"
          "  hurts; pain like this again: see a doctor or a physiotherapist before going on\n");
}

TEST_CASE("progress_writer::write_reached") {
    core::ReachedNote kept{"action1", core::Unit::reps, core::parse_date("2027-05-26"),
                           {5, 25},   {4, 20},          std::nullopt};
    core::ReachedNote moved{
        "a1",   core::Unit::reps, core::parse_date("2026-11-25"),
        {1, 6}, {1, 4},           core::PlanItem{"b1", "First, harder", core::Unit::reps, {1, 3}}};
    std::ostringstream out;
    io::write_reached({kept, moved}, out);
    CHECK(out.str() == "target reached: action1 did 5 x 25 reps on Wed 2027-05-26.\n"
                       "  from Mon 2027-05-31: 4 x 20 reps keeps it\n"
                       "target reached: a1 did 1 x 6 reps on Wed 2026-11-25.\n"
                       "  from Mon 2026-11-30: b1 (First, harder) at 1 x 3 reps\n");
}
