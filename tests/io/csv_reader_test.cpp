// CSV as the apps export it, written by hand: what each record's fields are, and where.
#include "io/formats/csv_reader.hpp"

#include <catch2/catch.hpp>

using namespace backplan::io;

namespace {

struct Record {
    std::size_t line;
    std::vector<std::string> fields;
    bool operator==(const Record&) const = default;
};

std::vector<Record> records(std::string_view text, char separator = 0) {
    std::vector<Record> out;
    read_csv(
        text,
        [&](std::size_t line, const std::vector<std::string>& fields) {
            out.push_back({line, fields});
        },
        separator);
    return out;
}

using Records = std::vector<Record>;

} // namespace

TEST_CASE("csv_reader::read_csv") {
    SECTION("quoted commas, doubled quotes, empty fields") {
        CHECK(records("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\n") ==
              Records{{1, {"a", "b", "c"}}, {2, {"x, y", "say \"hi\"", ""}}});
    }
    SECTION("CR LF, a byte-order mark, blank lines, no newline at the end") {
        CHECK(records("\xef\xbb\xbf"
                      "Date,Reps\r\n\r\n2025-07-26,15\r\n2025-07-27,16") ==
              Records{{1, {"Date", "Reps"}}, {3, {"2025-07-26", "15"}}, {4, {"2025-07-27", "16"}}});
    }
    SECTION("a CR alone ends a record too, the next on the same line") {
        CHECK(records("a,b\rc,d\n") == Records{{1, {"a", "b"}}, {1, {"c", "d"}}});
    }
    SECTION("a quoted line break: the record starts on its first line") {
        CHECK(records("a,b\n\"one\ntwo\",3\nx,y\n") ==
              Records{{1, {"a", "b"}}, {2, {"one\ntwo", "3"}}, {4, {"x", "y"}}});
    }
    SECTION("the older Strong export: ';' found from the header, commas in values") {
        CHECK(records("Date;Weight (kg);Reps\n2024-03-02 07:15:00;10,5;15\n") ==
              Records{{1, {"Date", "Weight (kg)", "Reps"}},
                      {2, {"2024-03-02 07:15:00", "10,5", "15"}}});
        CHECK(records("a;b\nc;d\n", ',') == Records{{1, {"a;b"}}, {2, {"c;d"}}});
    }
    SECTION("spaces around an unquoted field are dropped, inside quotes kept") {
        CHECK(records(" a , \" b \"\n") == Records{{1, {"a", " b "}}});
    }
    SECTION("a stray quote, or a quote never closed, names its line") {
        try {
            records("a,b\nx\"y,2\n");
            FAIL("read");
        } catch (const CsvError& error) {
            CHECK(error.line() == 2);
            CHECK(std::string(error.what()) ==
                  "a quote inside a field that is not quoted, or text after a closing quote (a "
                  "quote in a field is written twice, in a field in quotes)");
        }
        try {
            records("a,b\n1,2\n\"open,3\nmore\n");
            FAIL("read");
        } catch (const CsvError& error) {
            CHECK(error.line() == 3);
            CHECK(std::string(error.what()) == "a quoted field that never ends");
        }
    }
}

TEST_CASE("csv_reader::csv_separator") {
    CHECK(csv_separator("Date,Workout Name,Exercise Name") == ',');
    CHECK(csv_separator("Date;Workout Name;Exercise Name") == ';');
    CHECK(csv_separator("\"a;b;c\",d") == ',');
}
