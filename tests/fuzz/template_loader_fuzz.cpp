// Any bytes as a template: the loader must report problems, never crash, hang or leak; what it
// accepts holds no control character, however the YAML wrote it (escapes such as "\e", "\0",
// "\x9b", "\N"); what it reports shows no byte of input raw.
#include "core/text.hpp"
#include "io/templates/routine_schema.hpp"

#include <cstddef>
#include <cstdint>

namespace {

using namespace backplan;

void require_no_control(std::string_view text, std::string_view allowed = {}) {
    if (core::find_unprintable(text, allowed) != std::string_view::npos) {
        __builtin_trap();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    io::TemplateSource source{"fuzz.yaml", std::string(reinterpret_cast<const char*>(data), size)};
    std::vector<Diagnostic> problems = io::check_template(source);
    for (const Diagnostic& problem : problems) {
        std::string line = to_string(problem);
        if (core::escape_bytes(line) != line) {
            __builtin_trap();
        }
    }
    if (problems.empty()) {
        // A template check accepts must load, and every exercise must have a sound ladder.
        core::Routine routine = io::parse_template(source);
        require_no_control(routine.name);
        require_no_control(routine.description, "\t\n");
        for (const core::Exercise& exercise : routine.exercises) {
            if (core::check_progression(exercise.progression)) {
                __builtin_trap();
            }
            require_no_control(exercise.name);
            for (const auto* texts : {&exercise.aliases, &exercise.equipment, &exercise.cues}) {
                for (const std::string& text : *texts) {
                    require_no_control(text);
                }
            }
        }
    }
    return 0;
}
