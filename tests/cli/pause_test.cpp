// backplan pause, in-process on a fake System: what it writes and prints, what it refuses without
// writing anything, and paused days through history, undo, today, train and generate. The
// built-in routine trains six exercises on Monday, Wednesday and Friday.
#include "cli/in_process.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace backplan;
using test::output;
using test::Refusal;
using test::refusal;

namespace {

const std::string& log_path = test::default_log;

// The lines of a text plan from the day's heading to the blank line after it.
std::string day_block(const std::string& plan, const std::string& day) {
    std::size_t at = plan.find('\n' + day + '\n');
    if (at == std::string::npos) {
        return "no " + day;
    }
    std::size_t end = plan.find("\n\n", at + 1);
    return plan.substr(at + 1, end == std::string::npos ? std::string::npos : end - at);
}

// Two sessions of the week before, then the pause written on Tue 2026-11-24.
const std::string sets_log = "2026-11-16T07:30:00+01:00 action2 15 15\n"
                             "2026-11-18T07:30:00+01:00 action2 15 15\n";
const std::string flu_line = "2026-11-24T20:00:00+00:00 !pause 2026-11-25 2026-12-06 # flu";

} // namespace

TEST_CASE("pause::run") {
    test::FakeSystem system("2026-11-25"); // now: Wed 2026-11-25T08:00:00+00:00
    system.files[log_path] = sets_log;
    SECTION("--until: from today, the line appended and printed, then what it pauses") {
        CHECK(output(system, {"pause", "--until", "2026-12-06", "-n", "flu"}) ==
              "2026-11-25T08:00:00+00:00 !pause 2026-11-25 2026-12-06 # flu\n"
              "paused: Wed 2026-11-25 to Sun 2026-12-06\n");
        CHECK(system.files[log_path] ==
              sets_log + "2026-11-25T08:00:00+00:00 !pause 2026-11-25 2026-12-06 # flu\n");
        CHECK(system.appends == 1);
    }
    SECTION("--from and --until take the words every date option takes") {
        // Wed 2026-11-25: last mon is 2026-11-16, yesterday Tue 2026-11-24, next sun 2026-12-06.
        CHECK(output(system, {"pause", "--from", "last mon", "--until", "yesterday"}) ==
              "2026-11-25T08:00:00+00:00 !pause 2026-11-16 2026-11-24\n"
              "paused: Mon 2026-11-16 to Tue 2026-11-24\n");
        CHECK(output(system, {"pause", "--until", "Next Sunday"}) ==
              "2026-11-25T08:00:01+00:00 !pause 2026-11-25 2026-12-06\n"
              "paused: Wed 2026-11-25 to Sun 2026-12-06\n");
    }
    SECTION("--from and --until, without a note; one day, today, is a pause too") {
        CHECK(output(system, {"pause", "--from", "2026-12-10", "--until", "2026-12-13"}) ==
              "2026-11-25T08:00:00+00:00 !pause 2026-12-10 2026-12-13\n"
              "paused: Thu 2026-12-10 to Sun 2026-12-13\n");
        // In the same second as the first: a pause is there, so this one is the next second.
        CHECK(output(system, {"pause", "--until", "2026-11-25"}) ==
              "2026-11-25T08:00:01+00:00 !pause 2026-11-25 2026-11-25\n"
              "paused: Wed 2026-11-25 to Wed 2026-11-25\n");
        CHECK(system.appends == 2);
    }
    SECTION("refused as usage errors (64), nothing written") {
        CHECK(refusal(system, {"pause"}) ==
              Refusal{ExitCode::usage, "give --until DATE (the last day of the pause), or --end "
                                       "to end one early"});
        CHECK(refusal(system, {"pause", "--until", "2026-11-24"}) ==
              Refusal{ExitCode::usage, "--until 2026-11-24 is before the first day of the pause, "
                                       "2026-11-25 (today)"});
        CHECK(refusal(system, {"pause", "--from", "2026-12-10", "--until", "2026-12-09"}) ==
              Refusal{ExitCode::usage, "--until 2026-12-09 is before the first day of the pause, "
                                       "2026-12-10"});
        CHECK(refusal(system, {"pause", "--end", "--until", "2026-12-06"}).first ==
              ExitCode::usage);
        CHECK(refusal(system, {"pause", "--until", "2026-12-32"}).first == ExitCode::usage);
        CHECK(static_cast<int>(ExitCode::usage) == 64);
        CHECK(system.appends == 0);
        CHECK(system.files[log_path] == sets_log);
    }
    SECTION("--end when no pause holds today: 65, nothing written") {
        CHECK(refusal(system, {"pause", "--end"}) ==
              Refusal{ExitCode::data, "nothing to end: no pause holds today (Wed 2026-11-25); "
                                      "backplan history lists the pauses"});
        // One that starts tomorrow does not hold today either.
        system.files[log_path] += "2026-11-24T20:00:00+00:00 !pause 2026-11-26 2026-12-06\n";
        std::string before = system.files[log_path];
        CHECK(refusal(system, {"pause", "--end"}).first == ExitCode::data);
        CHECK(static_cast<int>(ExitCode::data) == 65);
        CHECK(system.appends == 0);
        CHECK(system.files[log_path] == before);
    }
    SECTION("--end: the pause that holds today ends; today is planned again") {
        system.files[log_path] += flu_line + '\n';
        system.clock += std::chrono::hours(48); // Fri 2026-11-27T08:00
        CHECK(output(system, {"pause", "--end"}) ==
              "2026-11-27T08:00:00+00:00 !resume 2026-11-27\n"
              "the pause of Wed 2026-11-25 to Sun 2026-12-06 is over from Fri 2026-11-27\n");
        CHECK(system.files[log_path] ==
              sets_log + flu_line + "\n2026-11-27T08:00:00+00:00 !resume 2026-11-27\n");
        // Ended: a second --end has nothing to end.
        CHECK(refusal(system, {"pause", "--end"}) ==
              Refusal{ExitCode::data, "nothing to end: no pause holds today (Fri 2026-11-27); "
                                      "backplan history lists the pauses"});
        CHECK(system.appends == 1);
        std::string today = output(system, {"today"});
        CHECK(today.rfind("Fri 2026-11-27\n", 0) == 0);
        CHECK(today.find("paused") == std::string::npos);
        CHECK(output(system, {"today", "--date", "2026-11-26"}) ==
              "Thu 2026-11-26: paused until Thu 2026-11-26 (flu).\n"
              "Next training day: Fri 2026-11-27, 6 exercises.\n");
    }
}

TEST_CASE("pause::run through history and undo") {
    test::FakeSystem system("2026-11-25");
    system.files[log_path] = sets_log;
    REQUIRE(output(system, {"pause", "--until", "2026-12-06", "-n", "flu"}) ==
            "2026-11-25T08:00:00+00:00 !pause 2026-11-25 2026-12-06 # flu\n"
            "paused: Wed 2026-11-25 to Sun 2026-12-06\n");
    std::string pause_line = "2026-11-25T08:00:00+00:00 !pause 2026-11-25 2026-12-06 # flu";
    SECTION("history lists the pause and the resume among the records") {
        system.clock += std::chrono::hours(48);
        REQUIRE(output(system, {"pause", "--end"}).rfind("2026-11-27T08:00:00+00:00 !resume", 0) ==
                0);
        CHECK(output(system, {"history"}) ==
              sets_log + pause_line + '\n' + "2026-11-27T08:00:00+00:00 !resume 2026-11-27\n");
    }
    SECTION("undo with no argument cancels the pause, the latest record") {
        system.clock += std::chrono::minutes(1);
        CHECK(output(system, {"undo"}) ==
              "2026-11-25T08:01:00+00:00 !undo 2026-11-25T08:00:00+00:00 !pause\n"
              "cancelled: " +
                  pause_line + '\n');
        CHECK(system.files[log_path] ==
              sets_log + pause_line +
                  "\n2026-11-25T08:01:00+00:00 !undo 2026-11-25T08:00:00+00:00 !pause\n");
        CHECK(output(system, {"history"}) == sets_log);
        CHECK(output(system, {"history", "--all"}) ==
              sets_log + "# cancelled: " + pause_line + '\n');
        // As if it had never been written: today is planned, --end has nothing to end.
        CHECK(output(system, {"today"}).rfind("Wed 2026-11-25\n", 0) == 0);
        CHECK(refusal(system, {"pause", "--end"}).first == ExitCode::data);
        // The next undo is of the sets before it.
        CHECK(
            output(system, {"undo"}).find("cancelled: 2026-11-18T07:30:00+01:00 action2 15 15\n") !=
            std::string::npos);
    }
}

TEST_CASE("today::run and train::run on a paused day") {
    test::FakeSystem system("2026-11-27"); // Fri
    system.files[log_path] = sets_log + flu_line + '\n';
    SECTION("today: paused until when, and the next training day after the pause") {
        CHECK(output(system, {"today"}) == "Fri 2026-11-27: paused until Sun 2026-12-06 (flu).\n"
                                           "Next training day: Mon 2026-12-07, 6 exercises.\n");
        // A rest day within it is paused too.
        CHECK(output(system, {"today", "--date", "2026-11-28"}) ==
              "Sat 2026-11-28: paused until Sun 2026-12-06 (flu).\n"
              "Next training day: Mon 2026-12-07, 6 exercises.\n");
        // The day before it is not; the next training day is the first after the pause, though
        // it is more than a week away.
        CHECK(output(system, {"today", "--date", "2026-11-24"}) ==
              "Tue 2026-11-24: rest day.\n"
              "Next training day: Mon 2026-12-07, 6 exercises.\n");
    }
    SECTION("train: the same first line, exit 0, nothing written") {
        std::string said = output(system, {"train"});
        CHECK(said.substr(0, said.find('\n') + 1) ==
              "Fri 2026-11-27: paused until Sun 2026-12-06 (flu).\n");
        CHECK(system.appends == 0);
        CHECK(system.files[log_path] == sets_log + flu_line + '\n');
    }
}

TEST_CASE("generate::run with paused days") {
    test::FakeSystem system("2026-11-23");
    system.files[log_path] = sets_log + flu_line + '\n';
    std::string plan = output(system, {"generate", "--start", "2026-11-23", "--weeks", "3"});
    SECTION("a paused training day keeps its date, with the pause instead of exercises") {
        for (const char* day : {"Wed 2026-11-25", "Fri 2026-11-27", "Mon 2026-11-30",
                                "Wed 2026-12-02", "Fri 2026-12-04"}) {
            CAPTURE(day);
            CHECK(day_block(plan, day) ==
                  std::string(day) + "\n  paused until Sun 2026-12-06 (flu)\n");
        }
        // Rest days are not listed, paused or not.
        CHECK(plan.find("Sat 2026-11-28") == std::string::npos);
    }
    SECTION("the days around it are planned") {
        CHECK(day_block(plan, "Mon 2026-11-23").find("paused") == std::string::npos);
        CHECK(day_block(plan, "Mon 2026-11-23").find("action2") != std::string::npos);
        CHECK(day_block(plan, "Mon 2026-12-07").find("paused") == std::string::npos);
        CHECK(day_block(plan, "Mon 2026-12-07").find("action2") != std::string::npos);
    }
    SECTION("the other formats: a paused training day is there, as a pause") {
        std::string csv = output(
            system, {"generate", "--start", "2026-11-23", "--weeks", "3", "--format", "csv"});
        // Wed is week 1's second training day: no id, the pause in the name's column.
        CHECK(csv.find("\r\n2026-11-25,wed,1,2,,paused until Sun 2026-12-06 (flu),,,\r\n") !=
              std::string::npos);
        CHECK(csv.find("\r\n2026-11-25,wed,1,2,action") == std::string::npos);
        std::string ics = output(
            system, {"generate", "--start", "2026-11-23", "--weeks", "3", "--format", "ics"});
        // Wed, Fri, Mon, Wed, Fri: five paused training days, one event each.
        std::size_t events = 0;
        for (std::size_t at = ics.find("SUMMARY:Home back routine: paused\r\n");
             at != std::string::npos;
             at = ics.find("SUMMARY:Home back routine: paused\r\n", at + 1)) {
            ++events;
        }
        CHECK(events == 5);
        std::string json = output(
            system, {"generate", "--start", "2026-11-23", "--weeks", "3", "--format", "json"});
        std::size_t paused = json.find("\"paused\": {");
        REQUIRE(paused != std::string::npos);
        std::size_t end = json.find('}', paused);
        std::string object = json.substr(paused, end - paused);
        CHECK(object.find("\"first\": \"2026-11-25\"") != std::string::npos);
        CHECK(object.find("\"last\": \"2026-12-06\"") != std::string::npos);
        CHECK(object.find("\"note\": \"flu\"") != std::string::npos);
        CHECK(json.rfind("\"date\": \"2026-11-25\"", paused) != std::string::npos);
    }
    SECTION("--fresh leaves the pauses out") {
        std::string fresh =
            output(system, {"generate", "--start", "2026-11-23", "--weeks", "3", "--fresh"});
        CHECK(fresh.find("paused") == std::string::npos);
        CHECK(day_block(fresh, "Wed 2026-11-25").find("action2") != std::string::npos);
    }
}

TEST_CASE("why::run across a pause") {
    test::FakeSystem system("2026-12-07");
    // Week of 11-16: 2 of 3 met. Week of 11-23: Mon only scheduled (Wed, Fri paused), met, and
    // held for the days off. Week of 11-30: every training day paused. Week of 12-07 (today's
    // Monday): 2 x 16, the step held, under way.
    system.files[log_path] =
        sets_log + "2026-11-23T07:30:00+01:00 action2 16 16\n" + flu_line + '\n';
    std::istringstream why(output(system, {"why", "action2", "--date", "2026-12-07"}));
    std::vector<std::string> weeks;
    for (std::string line; std::getline(why, line);) {
        // A line too long for the terminal's width goes on, indented, on the next.
        if (line.rfind("wk ", 0) == 0) {
            weeks.push_back(line);
        } else if (!weeks.empty() && line.rfind("  ", 0) == 0) {
            weeks.back() += ' ' + line.substr(line.find_first_not_of(' '));
        }
    }
    REQUIRE(weeks.size() == 5);
    CHECK(weeks[0] == "wk 1  2026-11-16  met 2 of 3 sessions at 2 x 15 -> next step");
    CHECK(weeks[1] ==
          "wk 2  2026-11-23  met 1 of 1 session at 2 x 16 (2 days paused) -> hold (days paused)");
    CHECK(weeks[2] ==
          "wk 3  2026-11-30  paused (all 3 training days) at 2 x 16 -> same step (not counted)");
    CHECK(weeks[3].rfind("wk 4  2026-12-07  this week, under way: met 0 of 3 sessions at 2 x 16",
                         0) == 0);
    CHECK(weeks[4] == "wk 5  2026-12-14  next: 2 x 17, step 3 of 27");
}
