// JSON written as it goes, laid out as nlohmann's dump(2) would lay it out.
#include "io/formats/json_stream.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace backplan::io;

TEST_CASE("json_stream::JsonStream") {
    std::ostringstream out;
    JsonStream json(out);
    SECTION("members and items on their own lines, two spaces a level") {
        json.object();
        json.key("name").string("Row \"towel\"\n");
        json.key("sets").number(-3);
        json.key("none").null();
        json.key("list").array().number(1).object().key("a").string("é").close().close();
        json.close();
        json.finish();
        CHECK(out.str() == "{\n"
                           "  \"name\": \"Row \\\"towel\\\"\\n\",\n"
                           "  \"sets\": -3,\n"
                           "  \"none\": null,\n"
                           "  \"list\": [\n"
                           "    1,\n"
                           "    {\n"
                           "      \"a\": \"é\"\n"
                           "    }\n"
                           "  ]\n"
                           "}\n");
    }
    SECTION("empty containers close on the same line") {
        json.object().key("days").array().close().key("more").object().close().close();
        CHECK(out.str() == "{\n  \"days\": [],\n  \"more\": {}\n}");
    }
}
