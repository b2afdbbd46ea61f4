#include "io/templates/routine_schema.hpp"

#include "core/match.hpp"
#include "core/text.hpp"
#include "io/templates/progression_schema.hpp"
#include "io/templates/yaml_walk.hpp"

#include <algorithm>
#include <map>
#include <optional>

namespace backplan::io {
namespace {

using core::Range;
using core::Unit;
using yaml::Node;

constexpr std::size_t max_name_length = 80;
constexpr std::string_view description_controls = "\t\n"; // backplan-template(5)

// Reads a template into a routine, recording every problem in the walker.
class RoutineReader {
  public:
    explicit RoutineReader(yaml::Walker& walker) : m_walker(walker), m_progressions(walker) {}

    void read(const Node& root, core::Routine& routine) {
        if (root.is_null()) {
            m_walker.add(0, 0,
                         has_yaml_content(m_walker.source().text)
                             ? "expected a mapping with name and exercises, got nothing YAML "
                               "can read"
                             : "the template is empty; expected a mapping with name and "
                               "exercises");
            return;
        }
        ProgressionSpec defaults;
        std::optional<Node> exercises;
        std::optional<int> rest;
        bool has_days = false;
        m_walker.for_each_entry(
            root, "template",
            {"version", "name", "description", "days", "rest", "progression", "exercises"},
            [&](const std::string& name, const Node& value) {
                if (name == "version") {
                    if (auto version = m_walker.scalar(value, name, "a number")) {
                        core::parse_count(*version, 1, 1);
                    }
                } else if (name == "name") {
                    routine.name = m_walker.text(value, name, max_name_length).value_or("");
                } else if (name == "description") {
                    // Free text that no output lines up: tabs and line breaks are its own.
                    routine.description =
                        m_walker.text(value, name, 4000, description_controls).value_or("");
                } else if (name == "days") {
                    if (auto days = m_walker.weekdays(value, name)) {
                        routine.days = *days;
                        has_days = true;
                    }
                } else if (name == "rest") {
                    rest = seconds_of_rest(value, name);
                } else if (name == "progression") {
                    defaults = m_progressions.read(value);
                } else {
                    exercises = value;
                }
            });
        if (!root.is_map()) {
            return;
        }
        for (const char* required : {"name", "exercises"}) {
            if (!root.has_key(required)) {
                m_walker.report(root, std::string("template: missing ") + required);
            }
        }
        if (!has_days) {
            routine.days = core::parse_weekdays("mon,wed,fri");
        }
        if (!exercises) {
            return;
        }
        if (!exercises->is_sequence() || exercises->size() == 0) {
            m_walker.report(*exercises,
                            "exercises: expected a list of at least one exercise, got " +
                                yaml::describe(*exercises) +
                                (exercises->is_map() ? "; start each exercise with '- '" : ""));
            return;
        }
        if (exercises->size() > max_exercises) {
            m_walker.report(*exercises, "exercises: at most " + std::to_string(max_exercises) +
                                            " in a template, got " +
                                            std::to_string(exercises->size()));
            return;
        }
        for (const Node& item : exercises->items()) {
            read_exercise(item, defaults, rest, routine);
        }
        check_variants();
    }

  private:
    std::optional<int> seconds_of_rest(const Node& value, const std::string& name) {
        std::optional<std::string> given = m_walker.scalar(value, name, "a number of seconds");
        if (!given) {
            return std::nullopt;
        }
        return core::parse_count(*given, core::rest_limits.low, core::rest_limits.high);
    }

    void read_exercise(const Node& node, const ProgressionSpec& defaults,
                       std::optional<int> routine_rest, core::Routine& routine) {
        core::Exercise exercise;
        ProgressionSpec spec = defaults;
        std::optional<Node> then_at;
        m_walker.for_each_entry(
            node, "exercise",
            {"id", "name", "aliases", "equipment", "cues", "days", "rest", "progression", "then"},
            [&](const std::string& name, const Node& value) {
                if (name == "id") {
                    exercise.id = m_walker.identifier(value, name).value_or("");
                } else if (name == "name") {
                    exercise.name = m_walker.text(value, name, max_name_length).value_or("");
                } else if (name == "aliases") {
                    exercise.aliases =
                        m_walker
                            .list(value, name,
                                  [&](const Node& item) { return m_walker.identifier(item, name); })
                            .value_or(std::vector<std::string>{});
                } else if (name == "equipment") {
                    exercise.equipment =
                        m_walker.text_list(value, name).value_or(std::vector<std::string>{});
                } else if (name == "cues") {
                    exercise.cues =
                        m_walker.text_list(value, name).value_or(std::vector<std::string>{});
                } else if (name == "days") {
                    exercise.days = m_walker.weekdays(value, name);
                } else if (name == "rest") {
                    exercise.rest = seconds_of_rest(value, name);
                } else if (name == "then") {
                    exercise.then = m_walker.identifier(value, name).value_or("");
                    if (!exercise.then.empty()) {
                        then_at = value;
                    }
                } else {
                    spec.override_with(m_progressions.read(value));
                }
            });
        if (!node.is_map()) {
            return;
        }
        if (exercise.id.empty() || exercise.name.empty()) {
            if (!node.has_key(exercise.id.empty() ? "id" : "name")) {
                m_walker.report(node, std::string("exercise: missing ") +
                                          (exercise.id.empty() ? "id" : "name"));
            }
            return;
        }
        check_labels_unique(exercise, node);
        m_ids.push_back(exercise.id);
        if (!exercise.rest) {
            exercise.rest = routine_rest;
        }
        if (auto p = m_progressions.resolve(spec, node, exercise.id)) {
            exercise.progression = *p;
            if (then_at) {
                m_variants.push_back({exercise.id, exercise.then, *then_at});
            }
            routine.exercises.push_back(std::move(exercise));
        }
    }

    // Each then: names another exercise of the routine, which no other names, and no line of
    // variants comes back to where it started.
    void check_variants() {
        std::map<std::string, std::string> follows; // variant -> the exercise before it
        for (const Variant& variant : m_variants) {
            if (variant.then == variant.id) {
                m_walker.report(variant.at, "then: " + core::quoted(variant.id) +
                                                " cannot be a harder variant of itself");
            } else if (std::find(m_ids.begin(), m_ids.end(), variant.then) == m_ids.end()) {
                std::vector<std::string> close = core::closest_words(variant.then, m_ids);
                m_walker.report(variant.at,
                                "then: no exercise has the id " + core::quoted(variant.then) +
                                    (close.empty() ? std::string()
                                                   : "; did you mean " +
                                                         core::quoted_list(close, " or ") + "?"));
            } else if (auto [at, added] = follows.emplace(variant.then, variant.id); !added) {
                m_walker.report(variant.at, "then: " + core::quoted(variant.then) +
                                                " is the harder variant of " +
                                                core::quoted(at->second) + " already");
            }
        }
        for (const Variant& variant : m_variants) {
            if (variant.then == variant.id) {
                continue; // said above
            }
            std::string at = variant.then;
            for (std::size_t hops = 0; hops < m_variants.size() && !at.empty(); ++hops) {
                if (at == variant.id) {
                    m_walker.report(variant.at, "then: the variants of " +
                                                    core::quoted(variant.id) +
                                                    " lead back to it; a line of variants must "
                                                    "end");
                    return;
                }
                auto next = std::find_if(m_variants.begin(), m_variants.end(),
                                         [&](const Variant& v) { return v.id == at; });
                at = next == m_variants.end() ? std::string() : next->then;
            }
        }
    }

    // Ids, names and aliases are what users type; each must name one exercise only.
    void check_labels_unique(const core::Exercise& exercise, const Node& node) {
        std::size_t position = ++m_exercises_seen;
        std::vector<std::string> labels = exercise.aliases;
        labels.push_back(exercise.id);
        labels.push_back(exercise.name);
        for (const std::string& label : labels) {
            auto [it, inserted] =
                m_labels.emplace(core::ascii_lowercase(label), std::pair(position, exercise.id));
            auto [other_position, other_id] = it->second;
            if (inserted || other_position == position) {
                continue;
            }
            m_walker.report(node, other_id == exercise.id
                                      ? "id: " + core::quoted(exercise.id) +
                                            " is the id of exercise " +
                                            std::to_string(other_position) + " already"
                                      : "exercise: " + core::quoted(label) + " of exercise " +
                                            core::quoted(exercise.id) + " already names exercise " +
                                            core::quoted(other_id));
        }
    }

    // An exercise's then:, and where it was declared.
    struct Variant {
        std::string id;
        std::string then;
        Node at;
    };

    yaml::Walker& m_walker;
    ProgressionReader m_progressions;
    std::vector<Variant> m_variants;
    std::vector<std::string> m_ids; // of every exercise declared, in order
    std::map<std::string, std::pair<std::size_t, std::string>> m_labels; // -> position, id
    std::size_t m_exercises_seen = 0;
};

} // namespace

std::vector<Diagnostic> read_routine(const TemplateSource& source, core::Routine& routine) {
    yaml::Walker walker(
        {source.name, source.text, "template", "a template file holds one routine"});
    walker.run([&](const Node& root) { RoutineReader(walker).read(root, routine); });
    return walker.take();
}

std::vector<Diagnostic> check_template(const TemplateSource& source) {
    core::Routine routine;
    return read_routine(source, routine);
}

core::Routine parse_template(const TemplateSource& source) {
    core::Routine routine;
    std::vector<Diagnostic> diagnostics = read_routine(source, routine);
    if (!diagnostics.empty()) {
        throw DataError(std::move(diagnostics));
    }
    return routine;
}

} // namespace backplan::io
