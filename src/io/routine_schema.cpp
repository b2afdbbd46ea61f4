#include "io/routine_schema.hpp"

#include "core/text.hpp"
#include "io/yaml_walk.hpp"

#include <map>
#include <optional>

namespace backplan::io {
namespace {

using core::Range;
using core::Unit;
using yaml::Node;

constexpr std::size_t max_name_length = 80;
constexpr std::string_view description_controls = "\t\n"; // backplan-template(5)

// A start or a target as declared, with where it was declared.
struct VolumeSpec {
    Range sets;
    Range amount;
    Unit unit = Unit::reps;
    Node at;
};

// Progression keys as declared at one level; unset keys fall back to the level above.
struct ProgressionSpec {
    std::optional<VolumeSpec> start;
    std::optional<VolumeSpec> target;
    std::optional<int> step;
    std::optional<int> weeks_per_step;
    std::optional<int> step_back_after;
    std::optional<int> deload_every;
    std::optional<int> sessions_to_meet;
    std::optional<int> pain_hold;
    std::optional<int> pain_step_back;
    std::optional<Node> pain_at; // where the last of the two pain keys was declared
    bool reported = false;       // a problem in it was already reported: say nothing more about it

    void override_with(const ProgressionSpec& other) {
        reported = reported || other.reported;
        start = other.start ? other.start : start;
        target = other.target ? other.target : target;
        step = other.step ? other.step : step;
        weeks_per_step = other.weeks_per_step ? other.weeks_per_step : weeks_per_step;
        step_back_after = other.step_back_after ? other.step_back_after : step_back_after;
        deload_every = other.deload_every ? other.deload_every : deload_every;
        sessions_to_meet = other.sessions_to_meet ? other.sessions_to_meet : sessions_to_meet;
        pain_hold = other.pain_hold ? other.pain_hold : pain_hold;
        pain_step_back = other.pain_step_back ? other.pain_step_back : pain_step_back;
        pain_at = other.pain_at ? other.pain_at : pain_at;
    }
};

// Reads a template into a routine, recording every problem in the walker.
class RoutineReader {
  public:
    explicit RoutineReader(yaml::Walker& walker) : m_walker(walker) {}

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
                    defaults = progression(value);
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
                                yaml::describe(*exercises));
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
    }

  private:
    std::optional<int> seconds_of_rest(const Node& value, const std::string& name) {
        std::optional<std::string> given = m_walker.scalar(value, name, "a number of seconds");
        if (!given) {
            return std::nullopt;
        }
        return core::parse_count(*given, core::rest_limits.low, core::rest_limits.high);
    }

    std::optional<VolumeSpec> volume(const Node& node, const std::string& key, bool sets_range) {
        std::size_t reported_before = m_walker.problems();
        VolumeSpec spec{{}, {}, Unit::reps, node};
        bool has_sets = false;
        bool has_amount = false;
        m_walker.for_each_entry(
            node, key, {"sets", "reps", "seconds"},
            [&](const std::string& name, const Node& value) {
                std::optional<std::string> given =
                    m_walker.scalar(value, name, "a number or a range");
                if (!given) {
                    return;
                }
                if (name == "sets") {
                    Range limits = core::sets_limits;
                    if (sets_range) {
                        spec.sets = core::parse_range(*given, limits.low, limits.high);
                    } else {
                        int sets = core::parse_count(*given, limits.low, limits.high);
                        spec.sets = {sets, sets};
                    }
                    has_sets = true;
                    return;
                }
                if (has_amount) {
                    m_walker.report(value,
                                    name + ": " + key + " gives both reps and seconds; keep one");
                    return;
                }
                spec.unit = name == "seconds" ? Unit::seconds : Unit::reps;
                Range limits = core::amount_limits(spec.unit);
                spec.amount = core::parse_range(*given, limits.low, limits.high);
                has_amount = true;
            });
        if (!node.is_map() || m_walker.problems() > reported_before) {
            return std::nullopt;
        }
        if (!has_sets || !has_amount) {
            m_walker.report(
                node, key + ": expected both sets and reps (or seconds), e.g. " +
                          (sets_range ? "{sets: 4-5, reps: 20-25}" : "{sets: 2, reps: 15-20}"));
            return std::nullopt;
        }
        return spec;
    }

    ProgressionSpec progression(const Node& node) {
        std::size_t reported_before = m_walker.problems();
        ProgressionSpec spec;
        auto count = [&](const Node& value, const std::string& name,
                         Range limits) -> std::optional<int> {
            std::optional<std::string> given = m_walker.scalar(value, name, "a number");
            if (!given) {
                return std::nullopt;
            }
            return core::parse_count(*given, limits.low, limits.high);
        };
        m_walker.for_each_entry(
            node, "progression",
            {"start", "target", "step", "weeks_per_step", "step_back_after", "deload_every",
             "sessions_to_meet", "pain_hold", "pain_step_back"},
            [&](const std::string& name, const Node& value) {
                if (name == "start") {
                    spec.start = volume(value, name, false);
                } else if (name == "target") {
                    spec.target = volume(value, name, true);
                } else if (name == "step") {
                    spec.step = count(value, name, {1, core::seconds_limits.high});
                } else if (name == "weeks_per_step") {
                    spec.weeks_per_step = count(value, name, core::weeks_per_step_limits);
                } else if (name == "step_back_after") {
                    spec.step_back_after = count(value, name, core::step_back_after_limits);
                } else if (name == "deload_every") {
                    spec.deload_every = count(value, name, core::deload_every_limits);
                } else if (name == "sessions_to_meet") {
                    spec.sessions_to_meet = count(value, name, core::sessions_to_meet_limits);
                } else {
                    (name == "pain_hold" ? spec.pain_hold : spec.pain_step_back) =
                        count(value, name, core::pain_threshold_limits);
                    spec.pain_at = value;
                }
            });
        spec.reported = m_walker.problems() > reported_before;
        return spec;
    }

    std::optional<core::Progression> resolve(const ProgressionSpec& spec, const Node& at,
                                             const std::string& id) {
        if (spec.reported) {
            return std::nullopt;
        }
        if (!spec.start || !spec.target) {
            m_walker.report(at, "progression: exercise '" + id + "' has no " +
                                    (spec.start ? "target" : "start") +
                                    "; declare it under the routine's or the exercise's "
                                    "progression");
            return std::nullopt;
        }
        if (spec.start->unit != spec.target->unit) {
            m_walker.report(spec.target->at, "target: counts " +
                                                 std::string(unit_name(spec.target->unit)) +
                                                 " but the start counts " +
                                                 std::string(unit_name(spec.start->unit)));
            return std::nullopt;
        }
        core::Progression p;
        p.unit = spec.start->unit;
        p.start_sets = spec.start->sets.low;
        p.start_reps = spec.start->amount;
        p.target_sets = spec.target->sets;
        p.target_reps = spec.target->amount;
        p.step = spec.step.value_or(p.unit == Unit::seconds ? 5 : 1);
        p.weeks_per_step = spec.weeks_per_step.value_or(1);
        p.step_back_after = spec.step_back_after.value_or(2);
        p.deload_every = spec.deload_every.value_or(0);
        p.sessions_to_meet = spec.sessions_to_meet.value_or(0);
        p.pain_hold = spec.pain_hold.value_or(3);
        p.pain_step_back = spec.pain_step_back.value_or(6);
        if (p.pain_hold > p.pain_step_back) {
            m_walker.report(spec.pain_at.value_or(at),
                            "pain_hold: for exercise '" + id + "', pain_hold (" +
                                std::to_string(p.pain_hold) + ") is above pain_step_back (" +
                                std::to_string(p.pain_step_back) +
                                "); hold at most where it "
                                "steps back");
            return std::nullopt;
        }
        if (auto problem = core::check_progression(p)) {
            m_walker.report(spec.target->at, "target: for exercise '" + id + "', " + *problem);
            return std::nullopt;
        }
        return p;
    }

    void read_exercise(const Node& node, const ProgressionSpec& defaults,
                       std::optional<int> routine_rest, core::Routine& routine) {
        core::Exercise exercise;
        ProgressionSpec spec = defaults;
        m_walker.for_each_entry(
            node, "exercise",
            {"id", "name", "aliases", "equipment", "cues", "days", "rest", "progression"},
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
                } else {
                    spec.override_with(progression(value));
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
        if (!exercise.rest) {
            exercise.rest = routine_rest;
        }
        if (auto p = resolve(spec, node, exercise.id)) {
            exercise.progression = *p;
            routine.exercises.push_back(std::move(exercise));
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

    yaml::Walker& m_walker;
    std::map<std::string, std::pair<std::size_t, std::string>> m_labels; // -> position, id
    std::size_t m_exercises_seen = 0;
};

std::vector<Diagnostic> read_routine(const TemplateSource& source, core::Routine& routine) {
    yaml::Walker walker(
        {source.name, source.text, "template", "a template file holds one routine"});
    walker.run([&](const Node& root) { RoutineReader(walker).read(root, routine); });
    return walker.take();
}

} // namespace

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
