#include "io/formats/progress_writer.hpp"

#include "core/text.hpp"
#include "io/formats/display_width.hpp"
#include "io/formats/text_table.hpp"
#include "io/formats/text_writer.hpp"

#include <algorithm>

namespace backplan::io {
namespace {

// The narrowest a cut column gets: names, and what was logged, in `today`.
constexpr std::size_t min_name_width = 10;
constexpr std::size_t min_done_width = 8;

// The session's sets in the order done, as the log writes amounts.
std::string amounts(core::Unit unit, const core::Session& session) {
    std::string text;
    int shown = session.kept();
    for (int i = 0; i < shown; ++i) {
        text += (text.empty() ? "" : " ") +
                std::to_string(session.amounts[static_cast<std::size_t>(i)]) +
                (unit == core::Unit::seconds ? "s" : "");
    }
    if (session.sets > shown) {
        text += " (+" + std::to_string(session.sets - shown) + " more)";
    }
    return text;
}

// "2 x 16", or "3 x 30 s": a step as why states it.
std::string step_text(core::Unit unit, core::Step step) {
    return std::to_string(step.sets) + " x " + std::to_string(step.amount) +
           (unit == core::Unit::seconds ? " s" : "");
}

std::string plural(int count, const char* one, const char* many) {
    return std::to_string(count) + " " + (count == 1 ? one : many);
}

// "Wed 2027-05-26": a day as why names it.
std::string day_text(core::Date date) {
    return std::string(core::weekday_name(core::weekday_of(date))) + " " + core::format_date(date);
}

// "next step", "same step (short 1 in a row)"...: the decision, with what it counted.
std::string decision_text(const std::vector<core::Step>& steps, const core::WeekRecord& week,
                          const core::Exercise& exercise) {
    const core::Progression& p = exercise.progression;
    switch (week.decision) {
    case core::Decision::advance:
        return "next step";
    case core::Decision::hold:
        if (week.judgement.paused > 0) {
            return "hold (days paused)";
        }
        if (week.after.reached) {
            return "hold (the maintenance dose)";
        }
        return "hold (met " + std::to_string(week.after.met) + " of " +
               core::counted(p.weeks_per_step, "week", "weeks") + ")";
    case core::Decision::repeat:
        if (week.judgement.outcome == core::Outcome::short_week) {
            return "same step (short " + std::to_string(week.after.short_weeks) + " in a row)";
        }
        return "same step";
    case core::Decision::step_back:
        return "step back (short " + std::to_string(p.step_back_after) + " in a row)";
    case core::Decision::missed:
        if (week.after.missed % p.step_back_after_missed == 0) {
            // A step back was due, but the break is as low as a break steps back.
            return "same step (missed " + std::to_string(week.after.missed) +
                   " in a row; a break steps back no lower)";
        }
        return "same step (missed " + std::to_string(week.after.missed) + " in a row)";
    case core::Decision::missed_step_back:
        return "step back (missed " + std::to_string(week.after.missed) + " in a row)";
    case core::Decision::deload:
        return "no progression";
    case core::Decision::paused:
        return "same step (not counted)";
    case core::Decision::pain_hold:
        // Pain to step back at the first step: there is no step before it.
        return week.judgement.pain >= p.pain_step_back ? "hold (the first step)" : "hold";
    case core::Decision::pain_step_back:
        return "step back";
    case core::Decision::reached:
        return "target reached; " +
               (exercise.then.empty()
                    ? step_text(p.unit, steps[core::maintenance_step(p, steps)]) + " keeps it"
                    : "on to " + exercise.then);
    }
    return "";
}

// How the week stood: "met 2 of 3 sessions at 3 x 16".
std::string judgement_text(const core::Progression& p, const core::WeekRecord& week) {
    core::Unit unit = p.unit;
    const core::WeekJudgement& j = week.judgement;
    std::string at = step_text(unit, week.prescribed);
    std::string paused = j.paused == 0 ? "" : " (" + plural(j.paused, "day", "days") + " paused)";
    std::string met = "met " + std::to_string(j.met) + " of " +
                      plural(std::max(j.scheduled, j.logged), "session", "sessions") + " at " + at;
    if (week.deload && j.outcome != core::Outcome::missed && j.outcome != core::Outcome::paused) {
        return std::string(week.kind == core::WeekKind::ahead ? "ahead: " : "") +
               "deload week at " + at;
    }
    switch (j.outcome) {
    case core::Outcome::paused:
        return "paused (" +
               (j.paused == 1 ? std::string("its training day")
                              : "all " + plural(j.paused, "training day", "training days")) +
               ") at " + at;
    case core::Outcome::missed:
        return "nothing logged at " + at + paused;
    case core::Outcome::ahead:
        return "ahead: " + at + " taken as met" + paused;
    case core::Outcome::in_progress:
        // Pain from pain_hold decides the week, whatever is left of it.
        return "under way: " + met + ", " + std::to_string(j.needed) + " needed, " +
               plural(j.left, "day", "days") + " left" +
               (j.pain < p.pain_hold ? ": taken as met" : "") + paused;
    case core::Outcome::partly_met:
        return met + ", " + std::to_string(j.needed) + " needed" + paused;
    case core::Outcome::met:
    case core::Outcome::short_week:
        break;
    }
    return met + paused;
}

// ", pain 4 on Wed": the week's highest pain, when some was reported, and the steps back it took
// within the week (", pain 7 on Mon: 2 x 19 from Tue"); "" when none was.
std::string pain_text(core::Unit unit, const core::WeekRecord& week) {
    const core::WeekJudgement& judgement = week.judgement;
    if (judgement.pain <= 0) {
        return "";
    }
    std::string text = ", pain " + std::to_string(judgement.pain) + " on " +
                       std::string(core::weekday_name(core::weekday_of(judgement.pain_date)));
    for (std::size_t i = 0; i < judgement.steps_back.size(); ++i) {
        const core::StepBack& back = judgement.steps_back[i];
        text += (i == 0 ? ": " : ", ") + step_text(unit, back.step) + " from " +
                std::string(core::weekday_name(core::weekday_of(back.from)));
    }
    return text;
}

std::string sets_text(int sets) {
    return std::to_string(sets) + (sets == 1 ? " set" : " sets");
}

} // namespace

std::string week_text(const core::Exercise& exercise, const std::vector<core::Step>& steps,
                      const core::WeekRecord& week) {
    const core::Progression& p = exercise.progression;
    return (week.kind == core::WeekKind::current ? "this week, " : "") + judgement_text(p, week) +
           pain_text(p.unit, week) + " -> " + decision_text(steps, week, exercise);
}

void write_why(const core::Exercise& exercise, core::WeekdaySet days, const core::Replay& replay,
               const WhyView& view, std::ostream& out) {
    const core::Progression& p = exercise.progression;
    std::vector<core::Step> steps = core::ladder(p);
    out << truncate_to_width(exercise.id + ": " + exercise.name, text_width) << '\n'
        << wrap_text(week_rule(p, days), text_width, "", "") << '\n';
    // The weeks up to the last asked for: up to the plan's moving on from the exercise.
    std::size_t shown = replay.weeks.size();
    if (view.last) {
        while (shown > 0 && replay.weeks[shown - 1].first > *view.last) {
            --shown;
        }
    }
    // Weeks are numbered from the first judged, kept or not (a replay may leave out the weeks
    // before those it was asked for).
    std::size_t before = replay.weeks_left_out;
    std::size_t hidden =
        view.at_most > 0 && before + shown > view.at_most ? before + shown - view.at_most : before;
    std::size_t first = hidden > before ? hidden - before : 0; // the first kept week shown
    if (replay.weeks.empty() && before == 0) {
        out << "Nothing logged by the week of " << core::format_date(view.monday)
            << ": it is at the ladder's first step.\n";
    } else if (hidden > 0) {
        out << hidden << (hidden == 1 ? " earlier week" : " earlier weeks")
            << " not shown (backplan why " << exercise.id << " --all)\n";
    }
    // Week numbers right-aligned, so that the columns stay put from week 10 on.
    std::size_t digits = std::to_string(before + shown + 1).size();
    auto week_label = [&](std::size_t number) {
        return "wk " + pad_left_to_width(std::to_string(number), digits);
    };
    TextTable table({{}, {}, {}}, 0); // the last column wraps under itself
    for (std::size_t w = first; w < shown; ++w) {
        const core::WeekRecord& week = replay.weeks[w];
        table.add_row({week_label(before + w + 1), core::format_date(week.first),
                       week_text(exercise, steps, week)});
    }
    core::Date next = core::add_days(replay.first_judged, 7 * static_cast<int>(shown));
    std::string last;
    if (!view.moved_on.empty()) {
        last = view.moved_on;
    } else {
        last = "next: " + step_text(p.unit, replay.now) +
               (core::is_deload_week(p, replay.state.week) ? " (deload)" : "") + ", step " +
               std::to_string(replay.state.step + 1) + " of " + std::to_string(steps.size());
        if (replay.reached && !replay.reached->ahead) {
            last += "; target reached " + day_text(replay.reached->date);
        }
    }
    table.add_line(week_label(before + shown + 1) + "  " + core::format_date(next) + "  " + last);
    table.write(out);
}

void write_today(core::Date date, const core::DaySession& session, std::ostream& out) {
    const std::vector<TodayItem>& items = session.items;
    const std::optional<core::PlanDay>& next = session.next;
    std::string day = day_name(date);
    if (items.empty()) {
        if (session.pause) {
            out << wrap_text(day + ": " + pause_text(*session.pause) + ".", text_width, "", "")
                << '\n';
        } else {
            out << day << ": rest day.\n";
        }
        if (next) {
            out << "Next training day: " << day_name(next->date) << ", " << next->items.size()
                << (next->items.size() == 1 ? " exercise.\n" : " exercises.\n");
        }
        return;
    }
    out << day << '\n';
    TextTable table({{}, {true, min_name_width}, {}, {true, min_done_width}, {}});
    table.add_row({"", "", "planned", "done", "left"});
    for (const TodayItem& today : items) {
        const core::PlanItem& item = today.item;
        std::string done = today.logged ? amounts(item.unit, *today.logged) : "-";
        int left = today.sets_left();
        table.add_row({item.id, item.name, format_prescription(item.unit, item.step), done,
                       today.stopped ? "stop (pain)"
                       : left == 0   ? "nothing"
                                     : sets_text(left)});
    }
    table.write(out);
    write_pain_cautions(date, session.cautions, out);
    write_reached(session.reached, out);
}

void write_today_line(std::string_view label, core::Date date, const core::DaySession& session,
                      std::ostream& out) {
    out << label << ": ";
    const std::vector<TodayItem>& items = session.items;
    switch (core::day_state(session)) {
    case core::DayState::rest:
        out << "rest";
        break;
    case core::DayState::paused:
        out << "paused to " << day_name(session.pause->last);
        break;
    case core::DayState::done:
    case core::DayState::left: {
        auto next = std::find_if(items.begin(), items.end(),
                                 [](const TodayItem& item) { return item.sets_left() > 0; });
        auto done = std::count_if(items.begin(), items.end(),
                                  [](const TodayItem& item) { return item.sets_left() == 0; });
        bool stopped = std::any_of(items.begin(), items.end(),
                                   [](const TodayItem& item) { return item.stopped; });
        if (stopped) {
            out << "stopped for today (pain)"; // what was done is no longer the point
        } else {
            out << done << " of " << items.size() << " done";
        }
        if (next != items.end()) {
            const core::PlanItem& item = next->item;
            out << ", next " << item.id << ' ';
            if (next->sets_left() < item.step.sets) {
                out << next->sets_left() << " left of ";
            }
            out << format_prescription(item.unit, item.step) << '\n';
            return;
        }
        break;
    }
    }
    if (session.next) {
        core::Date day = session.next->date;
        bool this_week = day < core::add_days(date, 7);
        out << ", next "
            << (this_week ? std::string(core::weekday_name(core::weekday_of(day))) : day_name(day));
    }
    out << '\n';
}

std::vector<std::string> pain_caution_texts(core::Date date,
                                            const std::vector<core::PainCaution>& cautions) {
    using Action = core::PainCaution::Action;
    std::vector<std::string> texts;
    for (const core::PainCaution& caution : cautions) {
        std::string step = format_prescription(caution.unit, caution.step);
        std::string text = "caution: " + caution.id + " pain " +
                           std::to_string(caution.report.pain) + " " +
                           (caution.report.date == date ? std::string("today")
                                                        : "on " + day_name(caution.report.date)) +
                           ": ";
        if (caution.action == Action::step_back && caution.today) {
            text += "no more training today; " + step + " from the next session";
        } else if (caution.action == Action::step_back) {
            text += "a step back, to " + step + "; stop if it hurts";
        } else if (caution.action == Action::first_step) {
            text += step + " holds (the first step)" +
                    std::string(caution.today ? "; no more training today" : "; stop if it hurts");
        } else {
            text += step + " holds; stop if it hurts";
        }
        if (caution.again) {
            text += "; pain like this again: see a doctor or a physiotherapist before going on";
        }
        texts.push_back(std::move(text));
    }
    return texts;
}

void write_pain_cautions(core::Date date, const std::vector<core::PainCaution>& cautions,
                         std::ostream& out) {
    for (const std::string& text : pain_caution_texts(date, cautions)) {
        out << wrap_text(text, text_width, "", "  ") << '\n';
    }
}

void write_reached(const std::vector<core::ReachedNote>& reached, std::ostream& out) {
    for (const core::ReachedNote& note : reached) {
        out << wrap_text("target reached: " + note.id + " did " +
                             format_prescription(note.unit, note.top) + " on " +
                             day_name(note.date) + ".",
                         text_width, "", "  ")
            << '\n';
        std::string next = note.variant
                               ? note.variant->id + " (" + note.variant->name + ") at " +
                                     format_prescription(note.variant->unit, note.variant->step)
                               : format_prescription(note.unit, note.maintenance) + " keeps it";
        core::Date monday = core::add_days(core::monday_of_week(note.date), 7);
        out << wrap_text("from " + day_name(monday) + ": " + next, text_width, "  ", "  ") << '\n';
    }
}

} // namespace backplan::io
