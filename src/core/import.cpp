#include "core/import.hpp"

#include "core/match.hpp"
#include "core/text.hpp"

#include <algorithm>
#include <numeric>
#include <optional>

namespace backplan::core {
namespace {

// A name as matched: lowercase, runs of blanks one space, none around.
std::string match_key(std::string_view name) {
    std::string key;
    for (char c : trim_blanks(name)) {
        bool blank = c == ' ' || c == '\t';
        if (!blank) {
            key += ascii_lower(c);
        } else if (key.back() != ' ') {
            key += ' ';
        }
    }
    return key;
}

// The text one line of the log may hold as a note: control characters and bytes that are not
// UTF-8 as spaces, runs of them one, cut to max_note_length bytes between characters.
std::string clean_note(std::string_view text) {
    std::string note;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t length = utf8_sequence_length(text, i);
        bool printable = length != 0 && find_unprintable(text.substr(i, length)) != 0;
        if (printable && note.size() + length <= max_note_length) {
            note.append(text, i, length);
        } else if (!printable && !note.empty() && note.back() != ' ') {
            note += ' ';
        } else if (printable) {
            break;
        }
        i += length == 0 ? 1 : length;
    }
    return std::string(trim_blanks(note));
}

} // namespace

void add_mapping(const Routine& routine, std::string_view text, NameMap& map) {
    std::size_t equals = text.rfind('=');
    std::string_view name =
        equals == std::string_view::npos ? "" : trim_blanks(text.substr(0, equals));
    if (name.empty()) {
        throw ValueError("expected NAME=ID, got " + quoted(text));
    }
    const Exercise& exercise = resolve_exercise(routine, trim_blanks(text.substr(equals + 1)));
    map.emplace_back(name, exercise.id);
}

Importer::Importer(const Routine& routine, const NameMap& map) : m_routine(routine) {
    for (const auto& [name, id] : map) {
        m_map[match_key(name)] = id;
    }
}

void Importer::skip(std::string_view why) {
    auto found = std::find_if(m_plan.skipped.begin(), m_plan.skipped.end(),
                              [&](const auto& reason) { return reason.first == why; });
    if (found == m_plan.skipped.end()) {
        m_plan.skipped.emplace_back(why, 1);
    } else {
        ++found->second;
    }
}

const Exercise* Importer::exercise_named(const std::string& name) {
    auto known = m_names.find(name);
    if (known != m_names.end()) {
        return known->second;
    }
    // The map first: it may give another exercise a name the routine also knows.
    const Exercise* exercise = nullptr;
    if (auto mapped = m_map.find(match_key(name)); mapped != m_map.end()) {
        exercise = find_exercise(m_routine, mapped->second);
    } else {
        exercise = find_exercise(m_routine, name);
    }
    m_names.emplace(name, exercise);
    return exercise;
}

void Importer::add(std::size_t line, RowKind kind, const AppSet& set) {
    if (kind != RowKind::set) {
        skip(kind == RowKind::warm_up ? skipped_warm_up : skipped_rest_timer);
        return;
    }
    const Exercise* exercise = exercise_named(set.exercise);
    if (exercise == nullptr) {
        auto found = std::find_if(m_plan.unknown.begin(), m_plan.unknown.end(),
                                  [&](const UnknownName& u) { return u.name == set.exercise; });
        if (found == m_plan.unknown.end()) {
            m_plan.unknown.push_back({set.exercise, 1});
        } else {
            ++found->sets;
        }
        return;
    }
    // A set counts what its exercise counts: reps, or seconds for a timed one.
    bool timed = exercise->progression.unit == Unit::seconds;
    std::optional<int> amount = timed ? set.seconds : set.reps;
    if (!amount) {
        skip((timed ? set.reps : set.seconds)
                 ? (timed ? "reps for a timed exercise" : "seconds for an exercise of reps")
                 : "no reps or seconds");
        return;
    }
    if (*amount > (timed ? 3600 : 1000)) {
        skip(timed ? "more than 3600 s" : "more than 1000 reps");
        return;
    }
    auto key = std::make_tuple(set.session.date, set.session.seconds, exercise->id);
    auto [found, added] = m_group_of.emplace(key, m_groups.size());
    if (added) {
        m_groups.push_back({set.session, exercise, line, {}, {}, {}, {}});
    }
    Group& group = m_groups[found->second];
    if (group.amounts.size() == max_sets_per_entry) {
        skip("more than 50 sets of an exercise in a session");
        return;
    }
    group.amounts.push_back(*amount);
    group.weights.push_back(set.weight);
    group.units.push_back(set.weight_unit);
    if (!set.note.empty() &&
        std::find(group.notes.begin(), group.notes.end(), set.note) == group.notes.end()) {
        group.notes.push_back(set.note);
    }
}

void Importer::problem(std::size_t line, const std::string& message) {
    m_plan.problems.push_back({"", static_cast<int>(line), 0, message});
}

ImportPlan Importer::finish(const LocalResolver& zone) {
    std::vector<LogEntry> records;
    records.reserve(m_groups.size());
    for (const Group& group : m_groups) {
        LogEntry record;
        try {
            record.time = resolved_timestamp(group.session, zone(group.session));
        } catch (const ValueError& error) {
            problem(group.line, error.what());
            continue;
        }
        record.id = group.exercise->id;
        record.unit = group.exercise->progression.unit;
        record.amounts = group.amounts;
        m_plan.sets += group.amounts.size();
        note_of_sets(group.weights, group.units, group.notes, record);
        records.push_back(std::move(record));
    }
    std::vector<std::size_t> order(records.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return records[a].time.instant() < records[b].time.instant();
    });
    m_plan.records.reserve(records.size());
    for (std::size_t i : order) {
        m_plan.records.push_back(std::move(records[i]));
    }
    std::sort(m_plan.problems.begin(), m_plan.problems.end(),
              [](const Diagnostic& a, const Diagnostic& b) { return a.line < b.line; });
    return std::move(m_plan);
}

void note_of_sets(const std::vector<std::string>& weights, const std::vector<std::string>& units,
                  const std::vector<std::string>& notes, LogEntry& record) {
    std::vector<std::string> parts;
    // The weights' unit is the first weighed set's; sets weighed in another one keep their own.
    std::optional<std::string> unit;
    bool mixed = false;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (!weights[i].empty()) {
            mixed = mixed || (unit && *unit != units[i]);
            unit = unit.value_or(units[i]);
        }
    }
    if (unit) {
        bool same = !mixed && std::adjacent_find(weights.begin(), weights.end(),
                                                 std::not_equal_to<>()) == weights.end();
        std::string text;
        for (std::size_t i = 0; i < (same ? 1 : weights.size()); ++i) {
            text += (i == 0 ? "" : ", ") + (weights[i].empty() ? std::string("0") : weights[i]);
            if (mixed && !weights[i].empty()) {
                text += units[i].empty() ? " (no unit)" : " " + units[i];
            }
        }
        parts.push_back(mixed ? text : unit->empty() ? "weight " + text : text + " " + *unit);
    }
    for (const std::string& note : notes) {
        parts.push_back(note);
    }
    std::string joined;
    for (const std::string& part : parts) {
        joined += (joined.empty() ? "" : "; ") + part;
    }
    // pain=N first: how backplan's own exports keep a record's pain (io::write_app_sets).
    std::string_view rest = joined;
    if (rest.substr(0, 5) == "pain=") {
        std::size_t end = rest.find(';');
        if (std::optional<int> pain = parse_digits(trim_blanks(rest.substr(5, end - 5)), 2);
            pain && *pain <= 10) {
            record.pain = *pain;
            rest = end == std::string_view::npos ? "" : rest.substr(end + 1);
        }
    }
    record.note = clean_note(rest);
}

} // namespace backplan::core
