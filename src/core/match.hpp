#pragma once

#include "core/routine.hpp"

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace backplan::core {

// The exercise whose id, name or an alias equals the query, ignoring case and reading runs of
// spaces or tabs as one space; nullptr when none.
const Exercise* find_exercise(const Routine& routine, std::string_view query);

// The exercises of a routine by their ids, names and aliases, for a reader that looks up many
// names (the log's): find_exercise's answers, each in one hash lookup.
class LabelIndex {
  public:
    explicit LabelIndex(const Routine& routine);
    // What find_exercise(routine, query) returns.
    const Exercise* find(std::string_view query) const;
    // The most words (runs of characters between spaces or tabs) in one label.
    std::size_t max_words() const { return m_max_words; }

  private:
    std::unordered_map<std::string, const Exercise*> m_by_label; // by label_key
    std::size_t m_max_words = 0;
};

// The ids of the exercises whose id, name or an alias is closest to the query, if within a few
// typos of it, in the routine's order.
std::vector<std::string> suggest_exercises(const Routine& routine, std::string_view query);

// An exercise offered for a query that names none: the label to type (its id, name or an
// alias) and its id.
struct Suggestion {
    std::string label;
    std::string id;
};

// The exercises a query may have meant, in the routine's order: those with a label closest to
// it within a few typos, and those with a label that holds it (three characters or more,
// ignoring case). Each comes with its closest label, else the first alias, name or id holding
// the query.
std::vector<Suggestion> suggest_labels(const Routine& routine, std::string_view query);

// The exercise the query names; throws ValueError "unknown exercise 'x'; did you mean 'y'?"
// (each label with its id when they differ, or listing the ids when nothing is close).
const Exercise& resolve_exercise(const Routine& routine, std::string_view query);

// The words closest to the query within a few typos (at most a third of its length, and at
// least 2), in the given order; empty when none is that close.
std::vector<std::string> closest_words(std::string_view query,
                                       const std::vector<std::string>& words);

// The number of single-character edits that turn one string into the other, ignoring ASCII case.
std::size_t edit_distance(std::string_view a, std::string_view b);

// What is said of a name that is no exercise of the routine, each name worked out once: a log
// may give one unknown name on every one of its lines, and only the lines described need it.
class ExerciseSuggestions {
  public:
    explicit ExerciseSuggestions(const Routine& routine) : m_routine(routine) {}
    // "; did you mean 'action2'?" for the closest id (suggest_exercises), or "" when none is close.
    const std::string& did_you_mean(const std::string& name);

  private:
    const Routine& m_routine;
    std::map<std::string, std::string, std::less<>> m_said;
};

// 'a', 'a' or 'b', 'a', 'b' or 'c': the words quoted, the last two joined by last_separator.
std::string quoted_list(const std::vector<std::string>& words, std::string_view last_separator);

} // namespace backplan::core
