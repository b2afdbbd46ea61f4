// Printing a bounded number of problems per file.
#include "cli/problems.hpp"

#include <catch2/catch.hpp>

using namespace backplan;
using namespace backplan::cli;

TEST_CASE("problems::with_thousands") {
    CHECK(with_thousands(0) == "0");
    CHECK(with_thousands(999) == "999");
    CHECK(with_thousands(1000) == "1,000");
    CHECK(with_thousands(19900) == "19,900");
    CHECK(with_thousands(1234567) == "1,234,567");
}

TEST_CASE("problems::ProblemPrinter") {
    std::vector<std::string> printed;
    ProblemPrinter printer("t.yaml", [&](const std::string& line) { printed.push_back(line); });
    SECTION("up to the cap, every line and nothing more") {
        for (std::size_t i = 0; i < max_problems_shown; ++i) {
            printer.print("p" + std::to_string(i));
        }
        printer.finish();
        CHECK(printed.size() == max_problems_shown);
        CHECK(printed.back() == "p99");
    }
    SECTION("past it, the rest counted in one line") {
        for (std::size_t i = 0; i < 1234; ++i) {
            printer.print("p" + std::to_string(i));
        }
        printer.finish();
        REQUIRE(printed.size() == max_problems_shown + 1);
        CHECK(printed[99] == "p99");
        CHECK(printed[100] == "... and 1,134 more problems in t.yaml");
        CHECK(printer.count() == 1234);
    }
}

TEST_CASE("problems::print_diagnostics caps each file on its own") {
    std::vector<Diagnostic> diagnostics;
    for (int i = 1; i <= 102; ++i) {
        diagnostics.push_back({"a.yaml", i, 1, "bad"});
    }
    diagnostics.push_back({"b.txt", 7, 2, "worse"});
    std::vector<std::string> printed;
    print_diagnostics(diagnostics, [&](const std::string& line) { printed.push_back(line); });
    REQUIRE(printed.size() == 102);
    CHECK(printed[0] == "a.yaml:1:1: bad");
    CHECK(printed[99] == "a.yaml:100:1: bad");
    CHECK(printed[100] == "... and 2 more problems in a.yaml");
    CHECK(printed[101] == "b.txt:7:2: worse");
}
