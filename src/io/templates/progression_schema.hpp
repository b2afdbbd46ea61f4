#pragma once

// The progression keys of a template (backplan-template(5)), at the routine's level or an
// exercise's: read with every problem recorded, then resolved into a core::Progression.

#include "core/routine.hpp"
#include "io/templates/yaml_walk.hpp"

#include <optional>
#include <string>

namespace backplan::io {

// A start, a target or a maintenance dose as declared, with where it was declared.
struct VolumeSpec {
    core::Range sets;
    core::Range amount;
    core::Unit unit = core::Unit::reps;
    yaml::Node at;
};

// Progression keys as declared at one level; unset keys fall back to the level above.
struct ProgressionSpec {
    std::optional<VolumeSpec> start;
    std::optional<VolumeSpec> target;
    std::optional<VolumeSpec> maintenance;
    std::optional<int> step;
    std::optional<int> weeks_per_step;
    std::optional<int> step_back_after;
    std::optional<int> step_back_after_missed;
    std::optional<int> deload_every;
    std::optional<int> sessions_to_meet;
    std::optional<int> pain_hold;
    std::optional<int> pain_step_back;
    std::optional<yaml::Node> pain_at; // where the last of the two pain keys was declared
    bool reported = false; // a problem in it was already reported: say nothing more about it

    // The keys other declares replace this one's.
    void override_with(const ProgressionSpec& other);
};

// Reads progression mappings in a walker, which records every problem.
class ProgressionReader {
  public:
    explicit ProgressionReader(yaml::Walker& walker) : m_walker(walker) {}

    // The keys of a progression mapping.
    ProgressionSpec read(const yaml::Node& node);
    // The progression of the exercise id from the keys in force for it, or nullopt when they
    // do not make one (the problem recorded at at, or where the key was declared).
    std::optional<core::Progression> resolve(const ProgressionSpec& spec, const yaml::Node& at,
                                             const std::string& id);

  private:
    std::optional<VolumeSpec> volume(const yaml::Node& node, const std::string& key,
                                     bool sets_range);
    // True when the maintenance dose is a step of the ladder within the target; else records
    // what is wrong with it.
    bool maintenance_fits(const core::Progression& p, const VolumeSpec& maintenance,
                          const std::string& id);

    yaml::Walker& m_walker;
};

} // namespace backplan::io
