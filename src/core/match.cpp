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

} // namespace

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

const Exercise* find_exercise(const Routine& routine, std::string_view query) {
    for (const Exercise& exercise : routine.exercises) {
        bool found = false;
        for_each_label(exercise, [&](std::string_view label) {
            found = found || equal_ignoring_case(label, query);
        });
        if (found) {
            return &exercise;
        }
    }
    return nullptr;
}

std::vector<std::string> suggest_exercises(const Routine& routine, std::string_view query) {
    // Close enough: at most a third of the query's length in edits, and at least 2.
    std::size_t limit = std::max<std::size_t>(2, query.size() / 3);
    std::vector<std::pair<std::size_t, std::string>> close;
    for (const Exercise& exercise : routine.exercises) {
        std::size_t best = limit + 1;
        for_each_label(exercise, [&](std::string_view label) {
            best = std::min(best, edit_distance(label, query));
        });
        if (best <= limit) {
            close.emplace_back(best, exercise.id);
        }
    }
    std::size_t closest = limit + 1;
    for (const auto& [distance, id] : close) {
        closest = std::min(closest, distance);
    }
    std::vector<std::string> ids;
    for (auto& [distance, id] : close) {
        if (distance == closest) {
            ids.push_back(std::move(id));
        }
    }
    return ids;
}

const Exercise& resolve_exercise(const Routine& routine, std::string_view query) {
    if (const Exercise* exercise = find_exercise(routine, query)) {
        return *exercise;
    }
    auto quoted = [](const std::vector<std::string>& ids, std::string_view last_separator) {
        std::string list;
        for (std::size_t i = 0; i < ids.size(); ++i) {
            if (i > 0) {
                list += i + 1 == ids.size() ? last_separator : ", ";
            }
            list += "'" + ids[i] + "'";
        }
        return list;
    };
    std::string unknown = "unknown exercise '" + std::string(query) + "'";
    if (std::vector<std::string> close = suggest_exercises(routine, query); !close.empty()) {
        throw ValueError(unknown + "; did you mean " + quoted(close, " or ") + "?");
    }
    std::vector<std::string> all;
    for (const Exercise& exercise : routine.exercises) {
        all.push_back(exercise.id);
    }
    throw ValueError(unknown + "; the exercises are " + quoted(all, " and "));
}

} // namespace backplan::core
