// Build tool: parses the default routine's template and writes it out as C++ that builds the
// same core::Routine, so that backplan starts without parsing YAML (the parse is most of the
// start-up work of `generate`). An invalid template fails the build with the usual diagnostics.
// Usage: embed_routine TEMPLATE.yaml OUTPUT.cpp
//
// Every field of core::Routine, core::Exercise and core::Progression is written out; a field
// added to them must be added here too (tests/io/template_lookup_test.cpp compares the result
// with the parsed template).

#include "io/templates/routine_schema.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace {

using namespace backplan;

// A C++ string literal of any bytes: printable ASCII as it is, everything else as three-digit
// octal escapes (never ambiguous with the character that follows).
std::string literal(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        auto byte = static_cast<unsigned char>(c);
        if (byte == '"' || byte == '\\') {
            out += '\\';
            out += c;
        } else if (byte >= 0x20 && byte < 0x7f && byte != '?') { // '?': no trigraph surprises
            out += c;
        } else {
            char escape[5];
            std::snprintf(escape, sizeof escape, "\\%03o", byte);
            out += escape;
        }
    }
    return out + "\"";
}

std::string strings(const std::vector<std::string>& list) {
    std::string out = "{";
    for (const std::string& item : list) {
        out += (out.size() > 1 ? ", " : "") + literal(item);
    }
    return out + "}";
}

std::string weekdays(core::WeekdaySet days) {
    std::string out = "weekdays({";
    for (unsigned iso = 1; iso <= 7; ++iso) {
        if (days.contains(std::chrono::weekday(iso))) {
            out += (out.back() == '{' ? "" : ", ") + std::to_string(iso);
        }
    }
    return out + "})";
}

std::string range(core::Range range) {
    return "{" + std::to_string(range.low) + ", " + std::to_string(range.high) + "}";
}

std::string progression(const core::Progression& p) {
    std::ostringstream out;
    out << "{core::Unit::" << core::unit_name(p.unit) << ", " << p.start_sets << ", "
        << range(p.start_reps) << ", " << range(p.target_sets) << ", " << range(p.target_reps)
        << ", " << p.step << ", " << p.weeks_per_step << ", " << p.step_back_after << ", "
        << p.deload_every << ", " << p.sessions_to_meet << ", " << p.pain_hold << ", "
        << p.pain_step_back << ", " << p.step_back_after_missed << ", {" << p.maintenance.sets
        << ", " << p.maintenance.amount << "}}";
    return out.str();
}

std::string routine_source(const core::Routine& routine, const std::string& origin) {
    std::ostringstream out;
    out << "// Generated from " << origin << " by src/tools/embed_routine.cpp; edit that file "
        << "instead.\n"
        << "#include \"io/templates/template_lookup.hpp\"\n\n"
        << "namespace backplan::io {\n"
        << "namespace {\n\n"
        << "core::WeekdaySet weekdays(std::initializer_list<unsigned> iso_days) {\n"
        << "    core::WeekdaySet days;\n"
        << "    for (unsigned day : iso_days) {\n"
        << "        days.add(std::chrono::weekday(day));\n"
        << "    }\n"
        << "    return days;\n"
        << "}\n\n"
        << "} // namespace\n\n"
        << "core::Routine builtin_routine() {\n"
        << "    core::Routine routine;\n"
        << "    routine.name = " << literal(routine.name) << ";\n"
        << "    routine.description = " << literal(routine.description) << ";\n"
        << "    routine.days = " << weekdays(routine.days) << ";\n"
        << "    routine.exercises.reserve(" << routine.exercises.size() << ");\n";
    for (const core::Exercise& exercise : routine.exercises) {
        out << "    routine.exercises.push_back({" << literal(exercise.id) << ",\n"
            << "        " << literal(exercise.name) << ",\n"
            << "        " << strings(exercise.aliases) << ",\n"
            << "        " << strings(exercise.equipment) << ",\n"
            << "        " << strings(exercise.cues) << ",\n"
            << "        "
            << (exercise.days ? weekdays(*exercise.days) : std::string("std::nullopt")) << ",\n"
            << "        " << progression(exercise.progression) << ",\n"
            << "        "
            << (exercise.rest ? std::to_string(*exercise.rest) : std::string("std::nullopt"))
            << ", " << literal(exercise.then) << "});\n";
    }
    out << "    return routine;\n"
        << "}\n\n"
        << "} // namespace backplan::io\n";
    return out.str();
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: embed_routine TEMPLATE.yaml OUTPUT.cpp\n";
        return 64;
    }
    try {
        std::ifstream input(argv[1], std::ios::binary);
        std::string text((std::istreambuf_iterator<char>(input)), std::istreambuf_iterator<char>());
        if (!input) {
            std::cerr << argv[1] << ": cannot read\n";
            return 66;
        }
        core::Routine routine = io::parse_template({argv[1], text});
        std::ofstream output(argv[2], std::ios::binary | std::ios::trunc);
        output << routine_source(routine, std::filesystem::path(argv[1]).filename().string());
        output.close();
        if (!output) {
            std::cerr << argv[2] << ": cannot write\n";
            return 73;
        }
        return 0;
    } catch (const DataError& error) {
        for (const Diagnostic& diagnostic : error.diagnostics()) {
            std::cerr << to_string(diagnostic) << '\n';
        }
        return 65;
    } catch (const std::exception& error) {
        std::cerr << error.what() << '\n';
        return 1;
    }
}
