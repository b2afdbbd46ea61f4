#include "core/match.hpp"

#include "core/error.hpp"
#include "core/text.hpp"

#include <algorithm>
#include <numeric>

namespace backplan::core {
namespace {

template <typename Visit> void for_each_label(const Exercise& exercise, Visit visit) {
    visit(exercise.id);
    visit(exercise.name);
    for (const std::string& alias : exercise.aliases) {
        visit(alias);
    }
}

// Close enough to be a typo: at most a third of the query's length in edits, and at least 2.
std::size_t typo_limit(std::string_view query) {
    return std::max<std::size_t>(2, query.size() / 3);
}

// edit_distance, or more than typo_limit(query) when the lengths alone tell that it is more:
// a query of 65,000 characters is no typo of a name, and its distance would cost seconds.
std::size_t bounded_distance(std::string_view label, std::string_view query) {
    std::size_t apart =
        label.size() > query.size() ? label.size() - query.size() : query.size() - label.size();
    return apart > typo_limit(query) ? typo_limit(query) + 1 : edit_distance(label, query);
}

// Shorter queries would be held by too many labels to help.
constexpr std::size_t min_held_query = 3;

bool holds(std::string_view label, std::string_view query) {
    return query.size() >= min_held_query && query.size() <= label.size() &&
           ascii_lowercase(label).find(ascii_lowercase(query)) != std::string::npos;
}

// The first alias holding the query, else the name, else the id; empty when none does.
std::string held_label(const Exercise& exercise, std::string_view query) {
    for (const std::string& alias : exercise.aliases) {
        if (holds(alias, query)) {
            return alias;
        }
    }
    for (const std::string* label : {&exercise.name, &exercise.id}) {
        if (holds(*label, query)) {
            return *label;
        }
    }
    return "";
}

bool is_blank(char c) {
    return c == ' ' || c == '\t';
}

// a == b, ignoring ASCII case and reading each run of spaces or tabs as one space.
bool same_words(std::string_view a, std::string_view b) {
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (is_blank(a[i]) != is_blank(b[j])) {
            return false;
        }
        if (is_blank(a[i])) {
            while (i < a.size() && is_blank(a[i])) {
                ++i;
            }
            while (j < b.size() && is_blank(b[j])) {
                ++j;
            }
        } else if (ascii_lower(a[i++]) != ascii_lower(b[j++])) {
            return false;
        }
    }
    return i == a.size() && j == b.size();
}

// What find_exercise compares of a label or query: ASCII letters in lowercase, each run of spaces
// or tabs one space, none at either end.
std::string label_key(std::string_view text) {
    std::string key;
    key.reserve(text.size());
    bool blank = false;
    for (char c : trim_blanks(text)) {
        if (is_blank(c)) {
            blank = true;
            continue;
        }
        if (blank) {
            key += ' ';
            blank = false;
        }
        key += ascii_lower(c);
    }
    return key;
}

} // namespace

LabelIndex::LabelIndex(const Routine& routine) {
    for (const Exercise& exercise : routine.exercises) {
        for_each_label(exercise, [&](const std::string& label) {
            std::string key = label_key(label);
            // The first exercise in the routine's order, as find_exercise finds it.
            m_by_label.emplace(key, &exercise);
            m_max_words = std::max<std::size_t>(
                m_max_words, 1 + static_cast<std::size_t>(std::count(key.begin(), key.end(), ' ')));
        });
    }
}

const Exercise* LabelIndex::find(std::string_view query) const {
    auto found = m_by_label.find(label_key(query));
    return found == m_by_label.end() ? nullptr : found->second;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    std::iota(row.begin(), row.end(), std::size_t{0});
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t above = row[j];
            std::size_t substitution =
                diagonal + (ascii_lower(a[i - 1]) == ascii_lower(b[j - 1]) ? 0 : 1);
            row[j] = std::min({above + 1, row[j - 1] + 1, substitution});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::vector<std::string> closest_words(std::string_view query,
                                       const std::vector<std::string>& words) {
    std::size_t closest = typo_limit(query) + 1;
    std::vector<std::size_t> distances;
    for (const std::string& word : words) {
        distances.push_back(bounded_distance(word, query));
        closest = std::min(closest, distances.back());
    }
    std::vector<std::string> found;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (closest <= typo_limit(query) && distances[i] == closest) {
            found.push_back(words[i]);
        }
    }
    return found;
}

const std::string& ExerciseSuggestions::did_you_mean(const std::string& name) {
    static const std::string none;
    if (name.empty()) {
        return none;
    }
    auto found = m_said.find(name);
    if (found == m_said.end()) {
        std::vector<std::string> close = suggest_exercises(m_routine, name);
        found =
            m_said
                .emplace(name, close.empty() ? "" : "; did you mean " + quoted(close.front()) + "?")
                .first;
    }
    return found->second;
}

std::string quoted_list(const std::vector<std::string>& words, std::string_view last_separator) {
    std::string list;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i > 0) {
            list += i + 1 == words.size() ? std::string(last_separator) : ", ";
        }
        list += quoted(words[i]);
    }
    return list;
}

const Exercise* find_exercise(const Routine& routine, std::string_view query) {
    for (const Exercise& exercise : routine.exercises) {
        bool found = false;
        for_each_label(exercise,
                       [&](std::string_view label) { found = found || same_words(label, query); });
        if (found) {
            return &exercise;
        }
    }
    return nullptr;
}

std::vector<std::string> suggest_exercises(const Routine& routine, std::string_view query) {
    std::vector<std::string> ids;
    for (const Suggestion& suggestion : suggest_labels(routine, query)) {
        ids.push_back(suggestion.id);
    }
    return ids;
}

std::vector<Suggestion> suggest_labels(const Routine& routine, std::string_view query) {
    // Each exercise's closest label, and the closest of them all.
    std::vector<std::pair<std::size_t, std::string>> best;
    std::size_t closest = typo_limit(query) + 1;
    for (const Exercise& exercise : routine.exercises) {
        std::pair<std::size_t, std::string> nearest{typo_limit(query) + 1, ""};
        for_each_label(exercise, [&](const std::string& label) {
            if (std::size_t distance = bounded_distance(label, query); distance < nearest.first) {
                nearest = {distance, label};
            }
        });
        closest = std::min(closest, nearest.first);
        best.push_back(std::move(nearest));
    }
    std::vector<Suggestion> suggestions;
    for (std::size_t i = 0; i < routine.exercises.size(); ++i) {
        const Exercise& exercise = routine.exercises[i];
        bool typo = closest <= typo_limit(query) && best[i].first == closest;
        std::string label = typo ? best[i].second : held_label(exercise, query);
        if (!label.empty()) {
            suggestions.push_back({label, exercise.id});
        }
    }
    return suggestions;
}

const Exercise& resolve_exercise(const Routine& routine, std::string_view query) {
    if (const Exercise* exercise = find_exercise(routine, query)) {
        return *exercise;
    }
    std::string unknown = "unknown exercise " + quoted(query);
    if (std::vector<Suggestion> close = suggest_labels(routine, query); !close.empty()) {
        std::string offered;
        for (std::size_t i = 0; i < close.size(); ++i) {
            if (i > 0) {
                offered += i + 1 == close.size() ? " or " : ", ";
            }
            offered += quoted(close[i].label);
            if (close[i].label != close[i].id) {
                offered += " (" + close[i].id + ")";
            }
        }
        throw ValueError(unknown + "; did you mean " + offered + "?");
    }
    std::vector<std::string> all;
    for (const Exercise& exercise : routine.exercises) {
        all.push_back(exercise.id);
    }
    throw ValueError(unknown + "; the exercises are " + quoted_list(all, " and "));
}

} // namespace backplan::core
