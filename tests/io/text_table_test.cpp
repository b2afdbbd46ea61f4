#include "io/formats/text_table.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace backplan::io;

namespace {

std::string written(const TextTable& table) {
    std::ostringstream out;
    table.write(out);
    return out.str();
}

} // namespace

TEST_CASE("text_table::TextTable") {
    SECTION("each column as wide as its widest cell, in display columns, two spaces between") {
        TextTable table({TableColumn{}, TableColumn{}, TableColumn{}});
        table.add_row({"a1", "背中", "2 x 15"});
        table.add_row({"plank", "Row", "3 x 45"});
        CHECK(written(table) == "  a1     背中  2 x 15\n"
                                "  plank  Row   3 x 45\n");
    }
    SECTION("measured in a first pass and written row by row: the same lines, nothing kept") {
        TextTable table({TableColumn{}, TableColumn{}, TableColumn{}});
        table.measure({"a1", "背中", "2 x 15"});
        table.measure({"plank", "Row", "3 x 45"});
        CHECK(table.column_widths() == std::vector<std::size_t>{5, 4, 6});
        std::ostringstream out;
        table.write_row(out, table.column_widths(), {"plank", "Row", "3 x 45"});
        table.write_row(out, table.column_widths(), {"a1", "背中", "2 x 15"});
        CHECK(out.str() == "  plank  Row   3 x 45\n"
                           "  a1     背中  2 x 15\n");
        CHECK(written(table).empty());
    }
    SECTION("lines of their own go between the rows, and the rows still line up") {
        TextTable table({{}, {false, 0, true}}, 0);
        table.add_line("Week 1");
        table.add_row({"a", "5%"});
        table.add_line("Week 2");
        table.add_row({"bb", "100%"});
        CHECK(written(table) == "Week 1\na     5%\nWeek 2\nbb  100%\n");
    }
    SECTION("no spaces at the ends of lines, for empty cells") {
        TextTable table({TableColumn{}, TableColumn{}, TableColumn{}});
        table.add_row({"", "planned", ""});
        table.add_row({"a", "2 x 15", "done"});
        CHECK(written(table) == "     planned\n  a  2 x 15   done\n");
    }
    SECTION("too wide: the columns that may be cut are, down to their least, with a marker") {
        TextTable table({{}, {true, 5}, {}}, 2, 20);
        table.add_row({"a1", "Reverse row under a table", "2 x 15"});
        // 2 + 2 + 2 + name + 2 + 6 = 20: the name gets 6 columns.
        CHECK(written(table) == "  a1  Rev...  2 x 15\n");
        CHECK(table.column_widths() == std::vector<std::size_t>{2, 6, 6});
        TextTable narrow({{}, {true, 8}, {}}, 2, 20);
        narrow.add_row({"a1", "Reverse row under a table", "2 x 15"});
        CHECK(narrow.column_widths() == std::vector<std::size_t>{2, 8, 6});
    }
    SECTION("the last column is wrapped under itself when it does not fit") {
        TextTable table({TableColumn{}, TableColumn{}}, 0, 20);
        table.add_row({"wk 1", "-> hold (met 1 of 2 weeks)"});
        CHECK(written(table) == "wk 1  -> hold (met 1\n"
                                "      of 2 weeks)\n");
    }
    SECTION("a colour on the last cell takes no columns") {
        TextTable table({{}, {false, 0, true}});
        table.add_row({"a", "5%"}, "31");
        table.add_row({"b", "100%"}, "32");
        CHECK(written(table) == "  a  \033[31m  5%\033[0m\n  b  \033[32m100%\033[0m\n");
    }
}
