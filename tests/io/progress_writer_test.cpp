#include "io/progress_writer.hpp"
#include "support/columns.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace backplan;
using namespace backplan::core;
using backplan::test::terminal_columns;

namespace {

io::TodayItem today_item(const std::string& id, const std::string& name, int logged_sets) {
    io::TodayItem item{{id, name, Unit::reps, {5, 25}}, std::nullopt};
    if (logged_sets > 0) {
        Session session;
        session.date = parse_date("2026-11-25");
        for (int i = 0; i < logged_sets; ++i) {
            session.add(25);
        }
        item.logged = session;
    }
    return item;
}

std::string today(const std::vector<io::TodayItem>& items) {
    std::ostringstream out;
    io::write_today(parse_date("2026-11-25"), items, std::nullopt, out);
    return out.str();
}

} // namespace

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
