#include "io/formats/show_writer.hpp"

#include "io/formats/progress_writer.hpp"
#include "io/formats/text_table.hpp"
#include "io/formats/text_writer.hpp"

namespace backplan::io {
namespace {

// The narrowest a cut name gets.
constexpr std::size_t min_name_width = 10;

std::string steps_text(int count) {
    return std::to_string(count) + (count == 1 ? " step" : " steps");
}

// "24 steps, by Wed 2027-05-26", "reached Wed 2027-05-26": the way to the top.
std::string top_text(const core::Standing& standing) {
    if (standing.reached && !standing.reached->ahead) {
        return "reached " + day_name(standing.reached->date);
    }
    std::string text = steps_text(standing.steps - standing.step_number);
    if (standing.reached) {
        text += ", by " + day_name(standing.reached->date);
    }
    return text;
}

// Why an exercise is not in the plan on date: "after action1" or "moved on to action7".
std::string absent_text(const core::Coach& coach, std::size_t e, core::Date date) {
    const core::Routine& routine = coach.routine();
    std::optional<core::Date> until = coach.active_until(e);
    if (until && core::monday_of_week(date) > *until) {
        return "moved on to " + routine.exercises[e].then;
    }
    return "after " + routine.exercises[*coach.before(e)].id;
}

} // namespace

void write_standings(const core::Coach& coach, core::Date date, std::ostream& out) {
    const core::Routine& routine = coach.routine();
    std::size_t count = routine.exercises.size();
    out << title_line(routine.name, std::to_string(count) +
                                        (count == 1 ? " exercise, " : " exercises, ") +
                                        day_name(date))
        << '\n';
    TextTable table({{}, {true, min_name_width}, {}, {}, {false, 0, true}, {}});
    table.add_row({"", "", "now", "step", "left", "top"});
    for (std::size_t e = 0; e < count; ++e) {
        const core::Exercise& exercise = routine.exercises[e];
        if (!coach.active(e, date)) {
            table.add_row({exercise.id, exercise.name, "-", "-", "", absent_text(coach, e, date)});
            continue;
        }
        core::Standing standing = coach.standing(e, date);
        bool reached = standing.reached && !standing.reached->ahead;
        table.add_row({exercise.id, exercise.name,
                       format_prescription(exercise.progression.unit, standing.step),
                       standing.maintenance ? std::string("maintain")
                                            : std::to_string(standing.step_number) + " of " +
                                                  std::to_string(standing.steps),
                       reached ? "done" : std::to_string(standing.steps - standing.step_number),
                       standing.reached ? core::format_date(standing.reached->date) : ""});
    }
    table.write(out);
    out << wrap_text("left: the steps to the top of the ladder, a week met each; top: the day "
                     "it was reached, or would be with every week from now met.",
                     text_width, "", "")
        << '\n';
}

void write_standing(const core::Coach& coach, std::size_t e, core::Date date, std::ostream& out) {
    const core::Exercise& exercise = coach.routine().exercises[e];
    constexpr std::string_view hanging = "             "; // under the labels' values
    if (!coach.active(e, date)) {
        write_not_in_plan(coach, e, date, out);
        return;
    }
    core::Standing standing = coach.standing(e, date);
    core::Unit unit = exercise.progression.unit;
    out << wrap_text(format_prescription(unit, standing.step) + ", step " +
                         std::to_string(standing.step_number) + " of " +
                         std::to_string(standing.steps) +
                         (standing.maintenance ? " (the maintenance dose)" : ""),
                     text_width, "Now:         ", hanging)
        << '\n';
    std::string top = format_prescription(unit, core::ladder(exercise.progression).back());
    if (standing.reached && !standing.reached->ahead) {
        out << wrap_text(top + ", reached " + day_name(standing.reached->date), text_width,
                         "Top:         ", hanging)
            << '\n';
    } else if (standing.reached) {
        out << wrap_text(top + " in " + top_text(standing) + " if every week from now is met",
                         text_width, "Top:         ", hanging)
            << '\n';
    }
}

WhyView why_view(const core::Coach& coach, std::size_t e, core::Date date, bool all,
                 std::size_t at_most) {
    WhyView view{core::monday_of_week(date), core::monday_of_week(date), all ? 0 : at_most};
    std::optional<core::Date> until = coach.active_until(e);
    if (until && view.monday >= *until) {
        view.last = until;
        view.moved_on = "moved on to " + coach.routine().exercises[e].then + " from " +
                        day_name(core::add_days(*until, 7));
    }
    return view;
}

void write_weeks(const core::Coach& coach, std::size_t e, core::Date date, std::ostream& out) {
    const core::Exercise& exercise = coach.routine().exercises[e];
    const core::Replay& replay = coach.replay(e);
    WhyView view = why_view(coach, e, date, false, show_weeks);
    std::vector<core::Step> steps = core::ladder(exercise.progression);
    std::vector<const core::WeekRecord*> weeks;
    for (const core::WeekRecord& week : replay.weeks) {
        if (week.first <= *view.last) {
            weeks.push_back(&week);
        }
    }
    if (weeks.empty()) {
        return;
    }
    std::size_t first = weeks.size() > view.at_most ? weeks.size() - view.at_most : 0;
    out << "Weeks:";
    if (first > 0) {
        out << " the last " << view.at_most << " (all: backplan why " << exercise.id << " --all)";
    }
    out << '\n';
    TextTable table({{}, {}}, 2); // the last column wraps under itself
    for (std::size_t w = first; w < weeks.size(); ++w) {
        table.add_row({core::format_date(weeks[w]->first), week_text(exercise, steps, *weeks[w])});
    }
    table.write(out);
}

void write_not_in_plan(const core::Coach& coach, std::size_t e, core::Date date,
                       std::ostream& out) {
    const core::Routine& routine = coach.routine();
    const core::Exercise& exercise = routine.exercises[e];
    std::string text;
    if (std::optional<core::Date> until = coach.active_until(e);
        until && core::monday_of_week(date) > *until) {
        text = "Its target was reached: the plan moved on to " + exercise.then + " from " +
               day_name(core::add_days(*until, 7)) + ".";
    } else if (std::optional<std::size_t> before = coach.before(e)) {
        const core::Exercise& first = routine.exercises[*before];
        std::optional<core::Date> from = coach.active_from(e);
        core::Standing standing = coach.standing(*before, date);
        // The plan moves on to it the Monday after the week the target is (or would be) met.
        std::optional<core::Date> moves =
            from               ? from
            : standing.reached ? std::optional<core::Date>(core::add_days(
                                     core::monday_of_week(standing.reached->date), 7))
                               : std::nullopt;
        text = "A harder variant of " + first.id + ": in the plan from " +
               (moves ? day_name(*moves) : std::string("the week after its target")) +
               (from ? ", the week after " + first.id + " reached its target."
                     : " if every week of " + first.id +
                           " from now is met (the week after it "
                           "reaches its target).");
    }
    out << wrap_text(text, text_width, "", "") << '\n';
}

} // namespace backplan::io
