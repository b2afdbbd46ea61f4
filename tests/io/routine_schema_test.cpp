#include "io/templates/routine_schema.hpp"
#include "problems.hpp"

#include <catch2/catch.hpp>

using namespace backplan;
using namespace backplan::io;

namespace {

// Every diagnostic as "t.yaml:line:col: message".
std::vector<std::string> problems(const std::string& text) {
    return test::template_problems(text);
}

using Lines = std::vector<std::string>;

const std::string valid = R"(name: Test
days: [mon, fri]
progression:
  start: {sets: 2, reps: 15-20}
  target: {sets: 4-5, reps: 20-25}
exercises:
  - id: a1
    name: First
    aliases: [first-one]
  - id: a2
    name: Hold
    progression:
      start: {sets: 1, seconds: 20-30}
      target: {sets: 3, seconds: 45-60}
)";

} // namespace

TEST_CASE("routine_schema::parse_template of a valid template") {
    REQUIRE(problems(valid).empty());
    core::Routine routine = parse_template({"t.yaml", valid});
    CHECK(routine.name == "Test");
    CHECK(core::format_weekdays(routine.days) == "mon,fri");
    REQUIRE(routine.exercises.size() == 2);
    const core::Progression& first = routine.exercises[0].progression;
    CHECK(first.unit == core::Unit::reps);
    CHECK(first.start_sets == 2);
    CHECK(first.start_reps == core::Range{15, 20});
    CHECK(first.target_sets == core::Range{4, 5});
    CHECK(first.step == 1);
    SECTION("an exercise's progression keys replace the routine's") {
        const core::Progression& hold = routine.exercises[1].progression;
        CHECK(hold.unit == core::Unit::seconds);
        CHECK(hold.start_sets == 1);
        CHECK(hold.target_reps == core::Range{45, 60});
        CHECK(hold.step == 5); // the default step for seconds
    }
    SECTION("sessions_to_meet: 0 (half the training days) unless given, 1 to 7") {
        CHECK(first.sessions_to_meet == 0);
        std::string text = valid;
        text.replace(text.find("  target: {sets: 4-5"), 0, "  sessions_to_meet: 3\n");
        CHECK(parse_template({"t.yaml", text}).exercises[0].progression.sessions_to_meet == 3);
        text.replace(text.find("sessions_to_meet: 3"), 19, "sessions_to_meet: 8");
        CHECK(problems(text) ==
              Lines{"t.yaml:5:21: sessions_to_meet: expected a whole number from 1 to 7, got "
                    "'8'"});
    }
    SECTION("pain_hold 3 and pain_step_back 6 unless given, the routine's or the exercise's") {
        CHECK(first.pain_hold == 3);
        CHECK(first.pain_step_back == 6);
        std::string text = valid;
        text.replace(text.find("  target: {sets: 4-5"), 0, "  pain_hold: 4\n");
        text.replace(text.find("      start: {sets: 1"), 0, "      pain_step_back: 9\n");
        core::Routine given = parse_template({"t.yaml", text});
        CHECK(given.exercises[0].progression.pain_hold == 4);
        CHECK(given.exercises[0].progression.pain_step_back == 6);
        CHECK(given.exercises[1].progression.pain_hold == 4);
        CHECK(given.exercises[1].progression.pain_step_back == 9);
    }
    SECTION("pain thresholds: 1 to 10, and pain_hold no higher than pain_step_back") {
        std::string text = valid;
        text.replace(text.find("  target: {sets: 4-5"), 0, "  pain_hold: 0\n");
        CHECK(problems(text) ==
              Lines{"t.yaml:5:14: pain_hold: expected a whole number from 1 to 10, got '0'"});
        text.replace(text.find("pain_hold: 0"), 12, "pain_step_back: 11");
        CHECK(problems(text) ==
              Lines{"t.yaml:5:19: pain_step_back: expected a whole number from 1 to 10, got "
                    "'11'"});
        text.replace(text.find("pain_step_back: 11"), 18, "pain_hold: 7");
        // Above the default pain_step_back, 6: for the exercise that keeps it only.
        text.replace(text.find("      start: {sets: 1"), 0, "      pain_step_back: 9\n");
        CHECK(problems(text) ==
              Lines{"t.yaml:5:14: pain_hold: for exercise 'a1', pain_hold (7) is above "
                    "pain_step_back (6); hold at most where it steps back"});
    }
}

TEST_CASE("routine_schema::check_template names the place, the key and the value") {
    SECTION("a bad range") {
        std::string text = valid;
        text.replace(text.find("reps: 15-20"), 11, "reps: 20x");
        CHECK(problems(text) ==
              Lines{"t.yaml:4:26: reps: expected a number or a range like 15-20, from 1 to 1000, "
                    "got '20x'"});
    }
    SECTION("a hexadecimal number is not a number of sets") {
        std::string text = valid;
        text.replace(text.find("sets: 2,"), 8, "sets: 0x2,");
        CHECK(problems(text) ==
              Lines{"t.yaml:4:17: sets: expected a whole number from 1 to 10, got '0x2'"});
    }
    SECTION("an unknown key lists the known ones") {
        CHECK(problems(valid + "progresion: {}\n") ==
              Lines{"t.yaml:15:1: progresion: unknown key in template; expected one of version, "
                    "name, description, days, rest, progression, exercises"});
    }
    SECTION("a key given twice") {
        CHECK(problems("name: A\n" + valid) == Lines{"t.yaml:2:1: name: given twice in template"});
    }
    SECTION("a bad weekday") {
        std::string text = valid;
        text.replace(text.find("[mon, fri]"), 10, "[mon, fry]");
        CHECK(problems(text) == Lines{"t.yaml:2:13: days: expected a weekday (mon, tue, wed, thu, "
                                      "fri, sat, sun), got 'fry'"});
    }
    SECTION("a list where text belongs") {
        std::string text = valid;
        text.replace(text.find("name: First"), 11, "name: [First]");
        CHECK(problems(text) == Lines{"t.yaml:8:11: name: expected text, got a list"});
    }
    SECTION("a start that is not under its target") {
        std::string text = valid;
        text.replace(text.find("sets: 2,"), 8, "sets: 6,");
        CHECK(problems(text) == Lines{"t.yaml:5:11: target: for exercise 'a1', the start's 6 sets "
                                      "are more than the target's 4-5"});
    }
    SECTION("a start in seconds and a target in reps") {
        std::string text = valid;
        text.replace(text.find("{sets: 3, seconds: 45-60}"), 25, "{sets: 3, reps: 45-60}");
        CHECK(problems(text) ==
              Lines{"t.yaml:14:15: target: counts reps but the start counts seconds"});
    }
    SECTION("no start anywhere") {
        std::string text = valid;
        text.erase(text.find("  start: {sets: 2"), 32);
        CHECK(problems(text) == Lines{"t.yaml:6:5: progression: exercise 'a1' has no start; "
                                      "declare it under the routine's or the exercise's "
                                      "progression"});
    }
    SECTION("an alias that already names another exercise") {
        std::string text = valid;
        text.replace(text.find("name: Hold"), 10, "name: first-one");
        CHECK(problems(text) == Lines{"t.yaml:10:5: exercise: 'first-one' of exercise 'a2' "
                                      "already names exercise 'a1'"});
    }
    SECTION("a missing id and a missing name") {
        CHECK(problems("name: T\nexercises:\n  - name: X\n") ==
              Lines{"t.yaml:3:5: exercise: missing id"});
        CHECK(problems("exercises:\n  - id: x\n") ==
              Lines{"t.yaml:1:1: template: missing name", "t.yaml:2:5: exercise: missing name"});
    }
    SECTION("every problem is reported, not only the first") {
        std::string text = valid;
        text.replace(text.find("reps: 15-20"), 11, "reps: 20x");
        text.replace(text.find("name: First"), 11, "name: [First]");
        CHECK(problems(text).size() == 2);
    }
}

TEST_CASE("routine_schema::check_template refuses what yaml-cpp would take silently") {
    SECTION("invalid UTF-8") {
        CHECK(problems("name: caf\xe9\n") ==
              Lines{"t.yaml:1:10: byte \\xe9 that is not UTF-8; save the file as UTF-8"});
    }
    SECTION("a control character") {
        CHECK(problems(std::string("name: a\0b\n", 10)) ==
              Lines{"t.yaml:1:8: control character \\x00 is not allowed"});
        CHECK(problems("name: a\x7f"
                       "b\n") == Lines{"t.yaml:1:8: control character \\x7f is not allowed"});
        CHECK(problems("name: a\xc2\x85"
                       "b\n") == // U+0085, NEL: a C1 control
              Lines{"t.yaml:1:8: control character \\xc2\\x85 is not allowed"});
    }
    SECTION("more than one document") {
        CHECK(problems(valid + "---\nname: Other\n") ==
              Lines{"t.yaml:15:1: more than one YAML document; a template file holds one routine"});
        CHECK(problems("  name: T\n---\n") ==
              Lines{"t.yaml:2:1: more than one YAML document; a template file holds one routine"});
        CHECK(problems(valid + "...\n") ==
              Lines{"t.yaml:15:1: more than one YAML document; a template file holds one routine"});
        SECTION("but one explicit start marker is fine") {
            CHECK(problems("# routine\n---\n" + valid).empty());
        }
    }
    SECTION("a lone comma, on which yaml-cpp's LoadAll loops forever (found by fuzzing)") {
        CHECK(
            problems(",") ==
            Lines{"t.yaml: expected a mapping with name and exercises, got nothing YAML can read"});
        CHECK(problems(",\n,\n").size() == 1);
    }
    SECTION("an alias that refers to itself") {
        std::string text = valid;
        text.replace(text.find("aliases: [first-one]"), 20, "cues: &x [a, *x]");
        // yaml-cpp gives an alias the position of its anchor.
        CHECK(problems(text) == Lines{"t.yaml:9:11: cues: expected text, got a list"});
    }
    SECTION("a billion laughs meets the schema, not a recursive walk") {
        std::string text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
        for (char c = 'b'; c <= 'j'; ++c) {
            text += c;
            text += ": &";
            text += c;
            text += " [";
            for (int i = 0; i < 10; ++i) {
                text += i == 0 ? "*" : ", *";
                text += static_cast<char>(c - 1);
            }
            text += "]\n";
        }
        CHECK(problems(text).size() == 12); // ten unknown keys, no name, no exercises
    }
    SECTION("deep nesting is refused before parsing") {
        CHECK(problems("name: " + std::string(100000, '[')) ==
              Lines{"t.yaml:1:71: brackets nested deeper than 64 levels"});
        std::string dashes;
        for (int i = 0; i < 200; ++i) {
            dashes += "- ";
        }
        CHECK(problems(dashes + "x\n") ==
              Lines{"t.yaml:1:257: nesting deeper than 256 columns of indentation"});
    }
    SECTION("an empty file") {
        CHECK(problems("# nothing\n") ==
              Lines{"t.yaml: the template is empty; expected a mapping with name and exercises"});
    }
    SECTION("a YAML syntax error keeps yaml-cpp's position, 1-based") {
        CHECK(problems("name: [a, b\n") == Lines{"t.yaml:2:1: end of sequence flow not found"});
    }
    SECTION("a template above the size cap") {
        CHECK(problems(std::string(max_template_bytes + 1, '#')) ==
              Lines{"t.yaml: the template is 262145 bytes; at most 262144 are allowed"});
    }
}

TEST_CASE("routine_schema::check_template refuses control characters written as YAML escapes") {
    auto with_name = [](const std::string& name) {
        std::string text = valid;
        return text.replace(text.find("name: First"), 11, "name: " + name);
    };
    SECTION("in a name, as NUL, ESC, a line break, a tab or a C1 control") {
        CHECK(problems(with_name(R"("A\0B")")) ==
              Lines{"t.yaml:8:11: name: control character \\x00 is not allowed, got 'A\\x00B'"});
        CHECK(problems(with_name(R"("A\e[31mB")")) ==
              Lines{"t.yaml:8:11: name: control character \\x1b is not allowed, got "
                    "'A\\x1b[31mB'"});
        CHECK(problems(with_name(R"("A\nB")")) ==
              Lines{"t.yaml:8:11: name: control character \\x0a is not allowed, got 'A\\x0aB'"});
        CHECK(problems(with_name(R"("A\tB")")) ==
              Lines{"t.yaml:8:11: name: control character \\x09 is not allowed, got 'A\\x09B'"});
        CHECK(problems(with_name(R"("A\x9bB")")) ==
              Lines{"t.yaml:8:11: name: control character \\xc2\\x9b is not allowed, got "
                    "'A\\xc2\\x9bB'"});
        CHECK(problems(with_name(R"("A\u0085B")")) ==
              Lines{"t.yaml:8:11: name: control character \\xc2\\x85 is not allowed, got "
                    "'A\\xc2\\x85B'"});
        // yaml-cpp writes the NEL of "\N" as the one byte 0x85.
        CHECK(problems(with_name(R"("A\NB")")) ==
              Lines{"t.yaml:8:11: name: byte \\x85 that is not UTF-8 is not allowed, got "
                    "'A\\x85B'"});
    }
    SECTION("a line break from a literal block, in a cue") {
        std::string text = valid;
        text.replace(text.find("aliases: [first-one]"), 20,
                     "cues:\n      - |\n        A\n        B");
        CHECK(problems(text) ==
              Lines{"t.yaml:10:9: cues: control character \\x0a is not allowed, got "
                    "'A\\x0aB\\x0a'"});
    }
    SECTION("in a key, which is then shown escaped") {
        CHECK(problems(R"("na\x1bme": T)"
                       "\n") ==
              Lines{"t.yaml:1:1: na\\x1bme: unknown key in template; expected one of version, "
                    "name, description, days, rest, progression, exercises",
                    "t.yaml:1:1: template: missing name",
                    "t.yaml:1:1: template: missing exercises"});
    }
    SECTION("the description alone may hold tabs and line breaks (backplan-template(5))") {
        CHECK(problems("description: |\n  Two lines,\n  \"and\" a\ttab.\n" + valid).empty());
        CHECK(problems(R"(description: "a\eb")"
                       "\n" +
                       valid) ==
              Lines{"t.yaml:1:14: description: control character \\x1b is not allowed, got "
                    "'a\\x1bb'"});
    }
}

TEST_CASE("routine_schema::check_template names a YAML directive") {
    CHECK(problems("%YAML 1.2\n---\n" + valid) ==
          Lines{"t.yaml:1:1: YAML directive '%YAML 1.2' is not supported; delete the line"});
    CHECK(problems("# a routine\n%TAG ! tag:example.com,2026:\n---\n" + valid) ==
          Lines{"t.yaml:2:1: YAML directive '%TAG ! tag:example.com,2026:' is not supported; "
                "delete the line"});
}

TEST_CASE("routine_schema::check_template caps the exercises of a template") {
    auto many = [](std::size_t count) {
        std::string text =
            "name: Many\n"
            "progression: {start: {sets: 2, reps: 10}, target: {sets: 3, reps: 20}}\n"
            "exercises:\n";
        for (std::size_t i = 1; i <= count; ++i) {
            text += "  - {id: e" + std::to_string(i) + ", name: E" + std::to_string(i) + "}\n";
        }
        return text;
    };
    CHECK(problems(many(max_exercises)).empty());
    CHECK(parse_template({"t.yaml", many(max_exercises)}).exercises.size() == 100);
    // The list starts on line 4, column 3; one problem for the list, none for its items.
    CHECK(problems(many(max_exercises + 1)) ==
          Lines{"t.yaml:4:3: exercises: at most 100 in a template, got 101"});
}

TEST_CASE("routine_schema: coming back, the maintenance dose and harder variants") {
    const std::string lines = R"(name: Lines
progression:
  start: {sets: 2, reps: 15-20}
  target: {sets: 4-5, reps: 20-25}
exercises:
  - id: a1
    name: First
    then: b1
  - id: b1
    name: First, harder
    progression:
      step_back_after_missed: 3
      maintenance: {sets: 5, reps: 20}
  - id: c1
    name: Other
)";
    SECTION("read into the routine; the defaults where not given") {
        REQUIRE(problems(lines).empty());
        core::Routine routine = parse_template({"t.yaml", lines});
        CHECK(routine.exercises[0].then == "b1");
        CHECK(routine.exercises[1].then.empty());
        CHECK(routine.exercises[0].progression.step_back_after_missed == 2);
        CHECK(routine.exercises[0].progression.maintenance == core::Step{});
        CHECK(routine.exercises[1].progression.step_back_after_missed == 3);
        CHECK(routine.exercises[1].progression.maintenance == core::Step{5, 20});
    }
    auto with = [&](const std::string& from, const std::string& to) {
        std::string text = lines;
        text.replace(text.find(from), from.size(), to);
        return problems(text);
    };
    SECTION("a maintenance dose that is not a step of the ladder within the target") {
        // The built-in ladder within the target: 4 x 20 to 4 x 25, then 5 x 20 to 5 x 25.
        CHECK(with("{sets: 5, reps: 20}", "{sets: 3, reps: 20}") ==
              Lines{"t.yaml:13:20: maintenance: for exercise 'b1', expected a step of its ladder "
                    "within the target, from 4 x 20 to 5 x 25 reps, such as 4 x 20; got 3 x 20 "
                    "reps"});
        CHECK(with("{sets: 5, reps: 20}", "{sets: 4, reps: 20-22}") ==
              Lines{"t.yaml:13:20: maintenance: for exercise 'b1', expected a step of its ladder "
                    "within the target, from 4 x 20 to 5 x 25 reps, such as 4 x 20; got 4 x 20-22 "
                    "reps"});
        CHECK(with("{sets: 5, reps: 20}", "{sets: 5, seconds: 20}") ==
              Lines{"t.yaml:13:20: maintenance: for exercise 'b1', expected a step of its ladder "
                    "within the target, from 4 x 20 to 5 x 25 reps, such as 4 x 20; got 5 x 20 "
                    "seconds"});
    }
    SECTION("step_back_after_missed: 1 to 52") {
        CHECK(with("step_back_after_missed: 3", "step_back_after_missed: 0") ==
              Lines{"t.yaml:12:31: step_back_after_missed: expected a whole number from 1 to 52, "
                    "got '0'"});
    }
    SECTION("then: another exercise of the routine, the variant of one only, no circle") {
        CHECK(with("then: b1", "then: b2") ==
              Lines{"t.yaml:8:11: then: no exercise has the id 'b2'; did you mean 'b1'?"});
        CHECK(with("then: b1", "then: a1") ==
              Lines{"t.yaml:8:11: then: 'a1' cannot be a harder variant of itself"});
        CHECK(with("    name: Other\n", "    name: Other\n    then: b1\n") ==
              Lines{"t.yaml:16:11: then: 'b1' is the harder variant of 'a1' already"});
        CHECK(with("    name: First, harder\n", "    name: First, harder\n    then: a1\n") ==
              Lines{"t.yaml:8:11: then: the variants of 'a1' lead back to it; a line of variants "
                    "must end"});
        CHECK(with("then: b1", "then: B1") ==
              Lines{"t.yaml:8:11: then: expected a lowercase letter followed by up to 23 of a-z, "
                    "0-9, '-' and '_', got 'B1'"});
    }
}
