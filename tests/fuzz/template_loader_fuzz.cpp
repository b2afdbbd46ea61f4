// Any bytes as a template: the loader must report problems, never crash, hang or leak.
#include "io/routine_schema.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace backplan;
    io::TemplateSource source{"fuzz.yaml", std::string(reinterpret_cast<const char*>(data), size)};
    std::vector<Diagnostic> problems = io::check_template(source);
    if (problems.empty()) {
        // A template check accepts must load, and every exercise must have a sound ladder.
        core::Routine routine = io::parse_template(source);
        for (const core::Exercise& exercise : routine.exercises) {
            if (core::check_progression(exercise.progression)) {
                __builtin_trap();
            }
        }
    }
    return 0;
}
