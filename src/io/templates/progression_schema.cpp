#include "io/templates/progression_schema.hpp"

#include "core/progression.hpp"
#include "core/text.hpp"

namespace backplan::io {
namespace {

using core::Range;
using core::Unit;
using yaml::Node;

template <typename T> void keep_set(std::optional<T>& mine, const std::optional<T>& other) {
    if (other) {
        mine = other;
    }
}

std::string step_text(core::Step step) {
    return std::to_string(step.sets) + " x " + std::to_string(step.amount);
}

} // namespace

void ProgressionSpec::override_with(const ProgressionSpec& other) {
    reported = reported || other.reported;
    keep_set(start, other.start);
    keep_set(target, other.target);
    keep_set(maintenance, other.maintenance);
    keep_set(step, other.step);
    keep_set(weeks_per_step, other.weeks_per_step);
    keep_set(step_back_after, other.step_back_after);
    keep_set(step_back_after_missed, other.step_back_after_missed);
    keep_set(deload_every, other.deload_every);
    keep_set(sessions_to_meet, other.sessions_to_meet);
    keep_set(pain_hold, other.pain_hold);
    keep_set(pain_step_back, other.pain_step_back);
    keep_set(pain_at, other.pain_at);
}

std::optional<VolumeSpec> ProgressionReader::volume(const Node& node, const std::string& key,
                                                    bool sets_range) {
    std::size_t reported_before = m_walker.problems();
    VolumeSpec spec{{}, {}, Unit::reps, node};
    bool has_sets = false;
    bool has_amount = false;
    m_walker.for_each_entry(
        node, key, {"sets", "reps", "seconds"}, [&](const std::string& name, const Node& value) {
            std::optional<std::string> given = m_walker.scalar(value, name, "a number or a range");
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
        m_walker.report(node, key + ": expected both sets and reps (or seconds), e.g. " +
                                  (sets_range       ? "{sets: 4-5, reps: 20-25}"
                                   : key == "start" ? "{sets: 2, reps: 15-20}"
                                                    : "{sets: 4, reps: 20}"));
        return std::nullopt;
    }
    return spec;
}

ProgressionSpec ProgressionReader::read(const Node& node) {
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
        {"start", "target", "maintenance", "step", "weeks_per_step", "step_back_after",
         "step_back_after_missed", "deload_every", "sessions_to_meet", "pain_hold",
         "pain_step_back"},
        [&](const std::string& name, const Node& value) {
            if (name == "start") {
                spec.start = volume(value, name, false);
            } else if (name == "target") {
                spec.target = volume(value, name, true);
            } else if (name == "maintenance") {
                spec.maintenance = volume(value, name, false);
            } else if (name == "step") {
                spec.step = count(value, name, {1, core::seconds_limits.high});
            } else if (name == "weeks_per_step") {
                spec.weeks_per_step = count(value, name, core::weeks_per_step_limits);
            } else if (name == "step_back_after") {
                spec.step_back_after = count(value, name, core::step_back_after_limits);
            } else if (name == "step_back_after_missed") {
                spec.step_back_after_missed = count(value, name, core::missed_limits);
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

bool ProgressionReader::maintenance_fits(const core::Progression& p, const VolumeSpec& maintenance,
                                         const std::string& id) {
    core::Step dose{maintenance.sets.low, maintenance.amount.low};
    std::vector<core::Step> steps = core::ladder(p);
    std::size_t first = core::first_in_target(p, steps);
    bool on_ladder = std::find(steps.begin() + static_cast<std::ptrdiff_t>(first), steps.end(),
                               dose) != steps.end();
    if (maintenance.unit == p.unit && maintenance.amount.low == maintenance.amount.high &&
        on_ladder) {
        return true;
    }
    m_walker.report(maintenance.at,
                    "maintenance: for exercise '" + id +
                        "', expected a step of its ladder within the target, from " +
                        step_text(steps[first]) + " to " + step_text(steps.back()) + " " +
                        std::string(unit_name(p.unit)) + ", such as " + step_text(steps[first]) +
                        "; got " + std::to_string(dose.sets) + " x " +
                        core::format_range(maintenance.amount) + " " +
                        std::string(unit_name(maintenance.unit)));
    return false;
}

std::optional<core::Progression> ProgressionReader::resolve(const ProgressionSpec& spec,
                                                            const Node& at, const std::string& id) {
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
        m_walker.report(spec.target->at,
                        "target: counts " + std::string(unit_name(spec.target->unit)) +
                            " but the start counts " + std::string(unit_name(spec.start->unit)));
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
    p.step_back_after_missed = spec.step_back_after_missed.value_or(2);
    p.deload_every = spec.deload_every.value_or(0);
    p.sessions_to_meet = spec.sessions_to_meet.value_or(0);
    p.pain_hold = spec.pain_hold.value_or(3);
    p.pain_step_back = spec.pain_step_back.value_or(6);
    if (p.pain_hold > p.pain_step_back) {
        m_walker.report(spec.pain_at.value_or(at),
                        "pain_hold: for exercise '" + id + "', pain_hold (" +
                            std::to_string(p.pain_hold) + ") is above pain_step_back (" +
                            std::to_string(p.pain_step_back) +
                            "); hold at most where it steps back");
        return std::nullopt;
    }
    if (auto problem = core::check_progression(p)) {
        m_walker.report(spec.target->at, "target: for exercise '" + id + "', " + *problem);
        return std::nullopt;
    }
    if (spec.maintenance) {
        if (!maintenance_fits(p, *spec.maintenance, id)) {
            return std::nullopt;
        }
        p.maintenance = {spec.maintenance->sets.low, spec.maintenance->amount.low};
    }
    return p;
}

} // namespace backplan::io
