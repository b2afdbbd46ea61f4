#include "io/templates/template_lookup.hpp"
#include "support/fake_system.hpp"

#include <catch2/catch.hpp>

using namespace backplan;
using namespace backplan::io;

TEST_CASE("template_lookup::builtin_routine is the built-in template as the parser reads it") {
    core::Routine parsed = parse_template({"home-back.yaml", std::string(builtin_template_text())});
    core::Routine compiled = builtin_routine();
    REQUIRE(compiled.exercises.size() == parsed.exercises.size());
    for (std::size_t i = 0; i < parsed.exercises.size(); ++i) {
        INFO("exercise " << parsed.exercises[i].id);
        CHECK(compiled.exercises[i].id == parsed.exercises[i].id);
        CHECK(compiled.exercises[i].name == parsed.exercises[i].name);
        CHECK(compiled.exercises[i].cues == parsed.exercises[i].cues);
        CHECK(compiled.exercises[i] == parsed.exercises[i]);
    }
    CHECK(compiled == parsed);
    // What plans/home-back.yaml says, read by eye.
    CHECK(compiled.name == "Home back routine");
    CHECK(core::format_weekdays(compiled.days) == "mon,wed,fri");
    CHECK(compiled.exercises.front().id == "action1");
    CHECK(compiled.exercises.back().id == "action6");
    CHECK(compiled.exercises[1].aliases == std::vector<std::string>{"prone-row", "towel-row"});
    CHECK(compiled.exercises[1].equipment == std::vector<std::string>{"mat", "towel"});
    const core::Progression& progression = compiled.exercises[1].progression;
    CHECK(progression.start_sets == 2);
    CHECK(progression.start_reps == core::Range{15, 20});
    CHECK(progression.target_sets == core::Range{4, 5});
    CHECK(progression.target_reps == core::Range{20, 25});
}

TEST_CASE("template_lookup::load_routine takes the default routine from the built-in data") {
    test::FakeSystem system;
    system.installed = "/nonexistent/plans";
    TemplateDirs nowhere{"/nonexistent/config/plans", ""};
    CHECK(load_routine(system, std::nullopt, nowhere) == builtin_routine());
    CHECK(load_routine(system, std::string("home-back"), nowhere) == builtin_routine());

    // A user's own copy of the default routine still wins over the built-in one.
    std::string text(builtin_template_text());
    text.replace(text.find("name: Home back routine"), 23, "name: My back routine");
    system.files["/home/u/.config/backplan/plans/home-back.yaml"] = text;
    core::Routine mine = load_routine(system, std::nullopt, {"/home/u/.config/backplan/plans", ""});
    CHECK(mine.name == "My back routine");
    CHECK(mine.exercises == builtin_routine().exercises);
}
