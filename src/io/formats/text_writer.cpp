#include "io/formats/text_writer.hpp"

#include "core/text.hpp"
#include "io/formats/display_width.hpp"
#include "io/formats/text_table.hpp"

#include <algorithm>

namespace backplan::io {
namespace {

constexpr std::size_t min_name_width = 12;
constexpr std::size_t indent = 2;
constexpr std::size_t gap = 2;

// Appends a box to tick for each set: "[ ] [ ]".
void append_boxes(std::string& line, int sets) {
    for (int i = 0; i < sets; ++i) {
        line.append(i == 0 ? "[ ]" : " [ ]");
    }
}

std::size_t boxes_width(int sets) {
    return sets > 0 ? static_cast<std::size_t>(sets) * 4 - 1 : 0;
}

// Column widths shared by every line of the plan, so the columns line up on every day.
struct Columns {
    std::size_t id = 0;
    std::size_t name = 0;
    std::size_t prescription = 0;
    bool boxes_inline = true;

    explicit Columns(const core::Plan& plan) {
        std::size_t box_width = 0;
        for (const core::PlanWeek& week : plan.weeks) {
            for (const core::PlanDay& day : week.days) {
                for (const core::PlanItem& item : day.items) {
                    id = std::max(id, display_width(item.id));
                    name = std::max(name, display_width(item.name));
                    prescription =
                        std::max(prescription, format_prescription(item.unit, item.step).size());
                    box_width = std::max(box_width, boxes_width(item.step.sets));
                }
            }
        }
        std::size_t fixed = indent + id + gap + gap + prescription;
        boxes_inline = fixed + std::min(name, min_name_width) + gap + box_width <= text_width;
        std::size_t used = fixed + (boxes_inline ? gap + box_width : 0);
        name = std::min(name, text_width - std::min(text_width, used));
    }
};

// Writes the item's line, built in line (kept from item to item), then written at once: each <<
// costs the stream's checks.
void write_item(const core::PlanItem& item, const Columns& columns, std::string& line,
                std::ostream& out) {
    std::string prescription = format_prescription(item.unit, item.step);
    line.assign(indent, ' ');
    append_padded(line, item.id, columns.id); // never cut: the columns fit the widest
    line.append(gap, ' ');
    append_fitted(line, item.name, columns.name);
    line.append(gap, ' ');
    if (columns.boxes_inline) {
        append_padded(line, prescription, columns.prescription);
        line.append(gap, ' ');
    } else {
        line.append(prescription).append(1, '\n');
        line.append(indent + columns.id + gap, ' ');
    }
    append_boxes(line, item.step.sets);
    line.append(1, '\n');
    out.write(line.data(), static_cast<std::streamsize>(line.size()));
}

// "reps", or "rep" for an amount of exactly 1; "sec" for seconds.
std::string_view amount_unit(core::Unit unit, core::Range amount) {
    return unit == core::Unit::seconds ? " sec" : amount.high == 1 ? " rep" : " reps";
}

std::string volume_text(core::Unit unit, core::Range sets, core::Range amount) {
    return core::format_range(sets) + (sets.high == 1 ? " set of " : " sets of ") +
           core::format_range(amount) + std::string(amount_unit(unit, amount));
}

// "2 x 15-20 reps".
std::string compact_volume(core::Unit unit, core::Range sets, core::Range amount) {
    // Put together on the stack: a plan writes one a line, twice (measured, then written).
    char text[64];
    char* end = core::write_range(text, sets);
    end = std::copy_n(" x ", 3, end);
    end = core::write_range(end, amount);
    std::string_view unit_text = amount_unit(unit, amount);
    end = std::copy(unit_text.begin(), unit_text.end(), end);
    return std::string(text, end);
}

// "4 weeks from 2026-11-23".
std::string plan_span(const core::Plan& plan) {
    std::size_t count = plan.weeks.size();
    return std::to_string(count) + (count == 1 ? " week" : " weeks") + " from " +
           (plan.weeks.empty() ? "" : core::format_date(plan.weeks.front().first));
}

std::string join(const std::vector<std::string>& items) {
    std::string text;
    for (const std::string& item : items) {
        text += (text.empty() ? "" : ", ") + item;
    }
    return text;
}

// How the exercise climbs, when a week is met, the weeks of full compliance it takes to enter
// the target and to top it, and what follows: the maintenance dose, or its harder variant.
std::string progression_text(const core::Exercise& exercise, core::WeekdaySet days) {
    const core::Progression& p = exercise.progression;
    std::vector<core::Step> steps = core::ladder(p);
    std::size_t entry = core::first_in_target(p, steps);
    std::string unit = p.unit == core::Unit::seconds ? "sec" : (p.step == 1 ? "rep" : "reps");
    std::string every = p.weeks_per_step == 1
                            ? "every week met"
                            : "every " + std::to_string(p.weeks_per_step) + " weeks met";
    std::string then =
        exercise.then.empty()
            ? format_prescription(p.unit, steps[core::maintenance_step(p, steps)]) + " keeps it"
            : "the plan moves on to " + exercise.then;
    return "+" + std::to_string(p.step) + " " + unit + " " + every +
           "; at the top of the range a set is added and the " +
           std::string(core::unit_name(p.unit)) + " drop back. " + week_rule(p, days) +
           " Week 1 is " + format_prescription(p.unit, steps.front()) +
           "; weeks of full compliance to enter the target (" +
           format_prescription(p.unit, steps[entry]) +
           "): " + std::to_string(core::weeks_to_reach(p, entry)) + "; to top it (" +
           format_prescription(p.unit, steps.back()) +
           "): " + std::to_string(core::weeks_to_reach(p, steps.size() - 1)) +
           ". Once it is met, " + then + ".";
}

} // namespace

std::string format_prescription(core::Unit unit, core::Step step) {
    return compact_volume(unit, {step.sets, step.sets}, {step.amount, step.amount});
}

std::string week_rule(const core::Progression& p, core::WeekdaySet days) {
    int scheduled = core::sessions_scheduled(days);
    int needed = core::sessions_needed(p, scheduled);
    std::string sessions =
        scheduled <= 1 ? "its session"
        : needed == scheduled
            ? "all its " + std::to_string(scheduled) + " sessions"
            : std::to_string(needed) + " of its " + std::to_string(scheduled) + " sessions";
    return "A week is met when " + sessions + " (" + core::format_weekdays(days) + ") " +
           (needed == 1 ? "reaches" : "reach") + " the step.";
}

std::string plan_title(const core::Plan& plan) {
    return plan.routine_name + ": " + plan_span(plan);
}

std::string title_line(std::string_view name, std::string_view rest) {
    std::string tail = ": " + std::string(rest);
    std::size_t tail_width = display_width(tail);
    return truncate_to_width(name, text_width - std::min(text_width, tail_width)) + tail;
}

std::string week_heading(const core::PlanWeek& week) {
    return "Week " + std::to_string(week.number) + ": " + core::format_date(week.first) + " to " +
           core::format_date(week.last);
}

std::string day_name(core::Date date) {
    return std::string(core::weekday_name(core::weekday_of(date))) + ' ' + core::format_date(date);
}

std::string pause_text(const core::PauseSpan& pause) {
    return "paused until " + day_name(pause.last) +
           (pause.note.empty() ? "" : " (" + pause.note + ")");
}

void write_text_plan(const core::Plan& plan, bool page_break, std::ostream& out) {
    Columns columns(plan);
    out << title_line(plan.routine_name, plan_span(plan)) << '\n' << plan_hint << '\n';
    std::string line;
    for (const core::PlanWeek& week : plan.weeks) {
        out << (page_break && week.number > 1 ? "\f" : "\n");
        std::string heading = week_heading(week);
        out << heading << '\n' << std::string(heading.size(), '=') << '\n';
        for (const core::PlanDay& day : week.days) {
            out << '\n' << day_name(day.date) << '\n';
            if (day.pause) {
                out << wrap_text(pause_text(*day.pause), text_width, "  ", "  ") << '\n';
            }
            for (const core::PlanItem& item : day.items) {
                write_item(item, columns, line, out);
            }
        }
    }
}

std::string wrap_text(std::string_view text, std::size_t width, std::string_view first_prefix,
                      std::string_view prefix) {
    std::string result(first_prefix);
    std::size_t line_width = display_width(first_prefix);
    bool line_has_word = false;
    auto new_line = [&] {
        result += '\n';
        result += prefix;
        line_width = display_width(prefix);
        line_has_word = false;
    };
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = std::min(text.find(' ', start), text.size());
        std::string_view word = text.substr(start, end - start);
        start = end + 1;
        if (word.empty()) {
            continue;
        }
        std::size_t word_width = display_width(word);
        if (line_has_word && line_width + 1 + word_width > width) {
            new_line();
        }
        if (line_has_word) {
            result += ' ';
            ++line_width;
        }
        // A word wider than a line of its own (text without spaces, such as Japanese): as much
        // as fits on each line, and at least one grapheme so that it always ends.
        while (!line_has_word && line_width + word_width > width) {
            std::size_t cut = std::max(fitting_prefix(word, width - std::min(width, line_width)),
                                       fitting_prefix(word, 2));
            result += word.substr(0, cut);
            word.remove_prefix(cut);
            word_width = display_width(word);
            if (word.empty()) {
                break;
            }
            new_line();
        }
        result += word;
        line_width += word_width;
        line_has_word = true;
    }
    return result;
}

void write_exercise(const core::Routine& routine, const core::Exercise& exercise,
                    std::ostream& out) {
    const core::Progression& p = exercise.progression;
    core::WeekdaySet days = core::training_days(routine, exercise);
    constexpr std::string_view hanging = "             "; // under the labels' values
    out << truncate_to_width(exercise.id + ": " + exercise.name, text_width) << '\n';
    if (!exercise.aliases.empty()) {
        out << wrap_text(join(exercise.aliases), text_width, "Also:        ", hanging) << '\n';
    }
    if (!exercise.equipment.empty()) {
        out << wrap_text(join(exercise.equipment), text_width, "Equipment:   ", hanging) << '\n';
    }
    out << "Days:        " << core::format_weekdays(days) << '\n'
        << "Start:       " << volume_text(p.unit, {p.start_sets, p.start_sets}, p.start_reps)
        << '\n'
        << "Target:      " << volume_text(p.unit, p.target_sets, p.target_reps) << '\n'
        << wrap_text(progression_text(exercise, days), text_width, "Progression: ", hanging)
        << '\n';
}

void write_cues(const core::Exercise& exercise, std::ostream& out) {
    if (!exercise.cues.empty()) {
        out << "How:\n";
        for (const std::string& cue : exercise.cues) {
            out << wrap_text(cue, text_width, "  - ", "    ") << '\n';
        }
    }
}

} // namespace backplan::io
