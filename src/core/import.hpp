#pragma once

// Another app's sets to log records (backplan(1), IMPORT): each session's sets of one exercise
// become one record, its names matched to the routine's exercises. Pure: sets in, records out.

#include "core/app_sets.hpp"
#include "core/error.hpp"
#include "core/log_line.hpp"
#include "core/routine.hpp"
#include "core/zone.hpp"

#include <cstddef>
#include <map>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace backplan::core {

// Names of the app's exercises that stand for an exercise of the routine: "Back Extension" to
// "action1" (--map, the config file's map:). Matched ignoring case and runs of blanks.
using NameMap = std::vector<std::pair<std::string, std::string>>;

// Reads "NAME=id" (the last '=' splits them) into map; throws ValueError when it is not that
// form or the id (or name, or alias) is no exercise of the routine.
void add_mapping(const Routine& routine, std::string_view text, NameMap& map);

// A name no exercise matched, and how many sets gave it.
struct UnknownName {
    std::string name;
    std::size_t sets = 0;
};

// What an import makes of an export.
struct ImportPlan {
    std::vector<LogEntry> records;    // in time order (the order of the export at one instant)
    std::vector<UnknownName> unknown; // in the order the export first gives them
    // Sets left out, by why ("warm-up", "rest timer", ...), in the order first met.
    std::vector<std::pair<std::string, std::size_t>> skipped;
    std::vector<Diagnostic> problems; // rows that did not read (line, message)
    std::size_t sets = 0;             // sets in the records
};

// What a set's reason for being left out is called in the summary.
inline constexpr std::string_view skipped_warm_up = "warm-up sets";
inline constexpr std::string_view skipped_rest_timer = "rest-timer rows";

// Gathers an export's sets, one at a time, into records.
class Importer {
  public:
    Importer(const Routine& routine, const NameMap& map);
    // Adds one row of the export (its line, for messages): a set, or a row left out.
    void add(std::size_t line, RowKind kind, const AppSet& set);
    // Adds a row that did not read.
    void problem(std::size_t line, const std::string& message);
    // The records, each at its session's start placed in the time zone: a time the zone skips
    // is a problem of the record's first row; of a repeated one, the earlier is taken.
    ImportPlan finish(const LocalResolver& zone);

  private:
    struct Group {
        LocalTime session;
        const Exercise* exercise = nullptr;
        std::size_t line = 0;
        std::vector<int> amounts;
        std::vector<std::string> weights; // each set's, "" for none
        std::vector<std::string> units;   // each set's weight unit, "" when not said
        std::vector<std::string> notes;   // distinct, in order
    };
    void skip(std::string_view why);
    const Exercise* exercise_named(const std::string& name);

    const Routine& m_routine;
    std::map<std::string, std::string> m_map;                             // by match key
    std::map<std::string, const Exercise*, std::less<>> m_names;          // names met, resolved
    std::map<std::tuple<Date, int, std::string>, std::size_t> m_group_of; // by time, id
    std::vector<Group> m_groups;
    ImportPlan m_plan;
};

// The note of a record made from sets: their weights ("20 kg"; "20, 22.5 kg" when they differ;
// "5 kg, 10 lb" when their units do; nothing for bodyweight), then the sets' notes, joined by "; ";
// control characters as spaces, cut to max_note_length. A note that starts "pain=N" (as backplan's
// own exports write pain) gives the record's pain instead.
void note_of_sets(const std::vector<std::string>& weights, const std::vector<std::string>& units,
                  const std::vector<std::string>& notes, LogEntry& record);

} // namespace backplan::core
