// The writers of generate --format, on a small plan built by hand. Independent readers check
// the same formats end to end in tests/plan_formats_test.py.
#include "core/date.hpp"
#include "core/error.hpp"
#include "io/formats/ical_library.hpp"
#include "io/formats/ics_writer.hpp"
#include "io/formats/plan_formats.hpp"
#include "io/system/shared_library.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace backplan;
using namespace backplan::core;

namespace {

// Week 1 from Monday 2026-11-23: Tuesday, two exercises; week 2: no training days.
Plan small_plan(const std::string& routine = "Back & \"core\"",
                const std::string& name = "Row, <towel> | slow") {
    Plan plan;
    plan.routine_name = routine;
    PlanWeek first{1, parse_date("2026-11-23"), parse_date("2026-11-29"), {}};
    first.days.push_back(
        {parse_date("2026-11-24"),
         {{"row", name, Unit::reps, {3, 12}}, {"plank", "Plank", Unit::seconds, {2, 45}}},
         std::nullopt});
    plan.weeks.push_back(first);
    plan.weeks.push_back({2, parse_date("2026-11-30"), parse_date("2026-12-06"), {}});
    return plan;
}

template <typename Write> std::string written(Write write) {
    std::ostringstream out;
    write(out);
    return out.str();
}

// libical, as generate loads it for --format ics.
const io::LibIcal* libical() {
    static const io::LibIcal api =
        io::bind_libical(io::SharedLibrary(io::libical_soname, io::libical_needed_for));
    return &api;
}

std::chrono::sys_seconds at(const char* date, int seconds) {
    return std::chrono::sys_days(parse_date(date)) + std::chrono::seconds(seconds);
}

} // namespace

TEST_CASE("plan_formats::write_csv_plan") {
    CHECK(written([](std::ostream& out) { io::write_csv_plan(small_plan(), out); }) ==
          "date,weekday,week,day,id,name,sets,amount,unit\r\n"
          "2026-11-24,tue,1,1,row,\"Row, <towel> | slow\",3,12,reps\r\n"
          "2026-11-24,tue,1,1,plank,Plank,2,45,seconds\r\n");
    SECTION("quotes are doubled inside a quoted field") {
        std::string csv = written(
            [](std::ostream& out) { io::write_csv_plan(small_plan("R", "a \"b\"c"), out); });
        CHECK(csv.find(",\"a \"\"b\"\"c\",") != std::string::npos);
    }
}

TEST_CASE("plan_formats::write_markdown_plan") {
    CHECK(written([](std::ostream& out) { io::write_markdown_plan(small_plan(), out); }) ==
          "# Back \\& \"core\": 2 weeks from 2026-11-23\n\n"
          "Tick a box for each set done; ID is the name to log it by.\n\n"
          "## Week 1: 2026-11-23 to 2026-11-29\n\n"
          "| Day | ID | Exercise | Sets x amount | Done |\n"
          "|-----|----|----------|---------------|------|\n"
          "| Tue 2026-11-24 | row | Row, \\<towel\\> \\| slow | 3 x 12 reps | ☐ ☐ ☐ |\n"
          "|  | plank | Plank | 2 x 45 sec | ☐ ☐ |\n\n"
          "## Week 2: 2026-11-30 to 2026-12-06\n\n"
          "No training days this week.\n");
}

TEST_CASE("plan_formats::write_markdown_plan escapes what starts an entity") {
    // Issue #24: "&amp;" in a name must show as written, not as "&".
    std::string md = written([](std::ostream& out) {
        io::write_markdown_plan(small_plan("R & D", "Rows &amp; &lt;"), out);
    });
    CHECK(md.starts_with("# R \\& D: 2 weeks from 2026-11-23\n"));
    CHECK(md.find("| row | Rows \\&amp; \\&lt; | 3 x 12 reps |") != std::string::npos);
}

TEST_CASE("plan_formats::write_html_plan") {
    std::string html = written([](std::ostream& out) { io::write_html_plan(small_plan(), out); });
    CHECK(html.find("<title>Back &amp; &quot;core&quot;: 2 weeks from 2026-11-23</title>") !=
          std::string::npos);
    CHECK(html.find("<tr><td class=\"day\" rowspan=\"2\">Tue 2026-11-24</td>"
                    "<td class=\"id\">row</td><td>Row, &lt;towel&gt; | slow</td>"
                    "<td class=\"amount\">3 x 12 reps</td><td><span class=\"box\"></span>"
                    "<span class=\"box\"></span><span class=\"box\"></span></td></tr>\n") !=
          std::string::npos);
    CHECK(html.find("<h2>Week 2: 2026-11-30 to 2026-12-06</h2>\n"
                    "<p>No training days this week.</p>\n</div>\n") != std::string::npos);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("http") == std::string::npos);
}

TEST_CASE("plan_formats::write_json_plan") {
    CHECK(written([](std::ostream& out) { io::write_json_plan(small_plan("R", "Row"), out); }) ==
          R"({
  "format": "backplan-plan",
  "version": 1,
  "routine": "R",
  "start": "2026-11-23",
  "weeks": [
    {
      "week": 1,
      "first": "2026-11-23",
      "last": "2026-11-29",
      "days": [
        {
          "date": "2026-11-24",
          "weekday": "tue",
          "day": 1,
          "exercises": [
            {
              "id": "row",
              "name": "Row",
              "unit": "reps",
              "sets": 3,
              "reps": 12
            },
            {
              "id": "plank",
              "name": "Plank",
              "unit": "seconds",
              "sets": 2,
              "seconds": 45
            }
          ]
        }
      ]
    },
    {
      "week": 2,
      "first": "2026-11-30",
      "last": "2026-12-06",
      "days": []
    }
  ]
}
)");
}

TEST_CASE("plan_formats::event_uid and event_sequence") {
    SECTION("the UID is the date and a hash of the routine's name") {
        CHECK(io::event_uid("Home back routine", parse_date("2026-11-23")) ==
              io::event_uid("Home back routine", parse_date("2026-11-23")));
        CHECK(io::event_uid("Home back routine", parse_date("2026-11-23")).substr(0, 9) ==
              "20261123-");
        CHECK(io::event_uid("Home back routine", parse_date("2026-11-23")).substr(9) ==
              io::event_uid("Home back routine", parse_date("2027-01-05")).substr(9));
        CHECK(io::event_uid("Home back routine", parse_date("2026-11-23")) !=
              io::event_uid("Home back routine 2", parse_date("2026-11-23")));
        // FNV-1a 64 of the empty string is its offset basis, cbf29ce484222325.
        CHECK(io::event_uid("", parse_date("2026-11-23")) == "20261123-cbf29ce484222325@backplan");
    }
    SECTION("the sequence counts minutes from 2026-01-01, so later exports win") {
        CHECK(io::event_sequence(at("2026-01-01", 0)) == 0);
        CHECK(io::event_sequence(at("2026-01-01", 59)) == 0);
        CHECK(io::event_sequence(at("2026-01-02", 60)) == 24 * 60 + 1);
        CHECK(io::event_sequence(at("2025-12-31", 0)) == 0);
        CHECK(io::event_sequence(at("9999-12-31", 0)) == 2147483647);
    }
}

TEST_CASE("plan_formats::write_ics_plan") {
    io::CalendarOptions options;
    options.library = libical();
    options.stamp = at("2026-11-24", 6 * 3600 + 40 * 60);
    options.version = "1.2.3";
    auto ics = [&] {
        return written([&](std::ostream& out) { io::write_ics_plan(small_plan(), options, out); });
    };
    std::string uid = io::event_uid("Back & \"core\"", parse_date("2026-11-24"));
    std::string head =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//backplan//backplan 1.2.3//EN\r\n"
        "CALSCALE:GREGORIAN\r\nNAME:Back & \"core\"\r\nBEGIN:VEVENT\r\n"
        "UID:" +
        uid + "\r\nDTSTAMP:20261124T064000Z\r\nSEQUENCE:471280\r\n";
    std::string text =
        // The day holds two exercises; the title says nothing of the plan's week or start.
        "SUMMARY:Back & \"core\": 2 exercises\r\n"
        "DESCRIPTION:row Row\\, <towel> | slow: 3 x 12 reps\\nplank Plank: 2 x 45 \r\n"
        " sec\\nLog each exercise with: backplan log ID AMOUNT...\r\n";
    SECTION("all-day events by default: DTEND the next day, free time") {
        CHECK(ics() == head +
                           "DTSTART;VALUE=DATE:20261124\r\nDTEND;VALUE=DATE:20261125\r\n"
                           "TRANSP:TRANSPARENT\r\n" +
                           text + "END:VEVENT\r\nEND:VCALENDAR\r\n");
    }
    SECTION("with a time, a floating local time; an event may end after midnight") {
        options.time = 23 * 60 + 30;
        options.duration = 45;
        options.remind = 10;
        CHECK(ics() == head + "DTSTART:20261124T233000\r\nDTEND:20261125T001500\r\n" + text +
                           "BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT10M\r\n"
                           "DESCRIPTION:Back & \"core\": 2 exercises\r\nEND:VALARM\r\n"
                           "END:VEVENT\r\nEND:VCALENDAR\r\n");
    }
}

TEST_CASE("plan_formats::write_ics_plan without libical is refused, writing nothing") {
    io::CalendarOptions options; // the command loads the library; nothing here did
    std::ostringstream out;
    try {
        io::write_ics_plan(small_plan(), options, out);
        FAIL("no error");
    } catch (const Error& error) {
        CHECK(error.code() == ExitCode::software);
    }
    CHECK(out.str().empty());
}

TEST_CASE("plan_formats::write_ics_plan for every date of the range") {
    Plan plan;
    plan.routine_name = "R";
    PlanWeek week{1, parse_date("3000-12-29"), parse_date("3001-01-04"), {}};
    week.days.push_back(
        {parse_date("3001-01-01"), {{"row", "Row", Unit::reps, {3, 12}}}, std::nullopt});
    plan.weeks.push_back(week);
    PlanWeek last{2, parse_date("9999-12-27"), parse_date("9999-12-31"), {}};
    last.days.push_back(
        {parse_date("9999-12-31"), {{"row", "Row", Unit::reps, {3, 12}}}, std::nullopt});
    plan.weeks.push_back(last);
    io::CalendarOptions options;
    options.library = libical();
    options.stamp = at("9999-12-31", 86399);
    options.version = "1.2.3";
    auto ics = [&] {
        return written([&](std::ostream& out) { io::write_ics_plan(plan, options, out); });
    };
    auto has = [](const std::string& text, const std::string& part) {
        return text.find(part) != std::string::npos;
    };
    SECTION("all-day: dates past 3000; the last day of the range lasts P1D, not to 10000") {
        std::string text = ics();
        CAPTURE(text);
        CHECK(has(text, "DTSTAMP:99991231T235959Z\r\n"));
        CHECK(has(text, "DTSTART;VALUE=DATE:30010101\r\nDTEND;VALUE=DATE:30010102\r\n"));
        CHECK(has(text, "DTSTART;VALUE=DATE:99991231\r\nDURATION:P1D\r\n"));
        CHECK_FALSE(has(text, "0000"));
    }
    SECTION("timed: an event that would end past the range lasts its duration") {
        options.time = 23 * 60 + 30;
        options.duration = 45;
        std::string text = ics();
        CAPTURE(text);
        CHECK(has(text, "DTSTART:30010101T233000\r\nDTEND:30010102T001500\r\n"));
        CHECK(has(text, "DTSTART:99991231T233000\r\nDURATION:PT45M\r\n"));
    }
}
