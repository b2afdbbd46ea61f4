#include "io/progress_writer.hpp"

#include "core/text.hpp"
#include "io/display_width.hpp"
#include "io/text_table.hpp"
#include "io/text_writer.hpp"

#include <algorithm>

namespace backplan::io {
namespace {

// The narrowest a cut column gets: names, and what was logged, in `today`.
constexpr std::size_t min_name_width = 10;
constexpr std::size_t min_done_width = 8;

// The session's sets, highest first, as the log writes amounts.
std::string amounts(core::Unit unit, const core::Session& session) {
    std::string text;
    int shown = 0;
    for (int amount : session.top) {
        if (amount == 0) {
            break;
        }
        text += (text.empty() ? "" : " ") + std::to_string(amount) +
                (unit == core::Unit::seconds ? "s" : "");
        ++shown;
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

// "next step", "same step (short 1 in a row)"...: the decision, with what it counted.
std::string decision_text(std::size_t steps, const core::WeekRecord& week,
                          const core::Progression& p) {
    switch (week.decision) {
    case core::Decision::advance:
        return "next step";
    case core::Decision::hold:
        if (static_cast<std::size_t>(week.after.step) + 1 == steps) {
            return "hold (the top of the ladder)";
        }
        return "hold (met " + std::to_string(week.after.met) + " of " +
               core::counted(p.weeks_per_step, "week", "weeks") + ")";
    case core::Decision::repeat:
        if (week.judgement.outcome == core::Outcome::short_week) {
            return "same step (short " + std::to_string(week.after.missed) + " in a row)";
        }
        return "same step";
    case core::Decision::step_back:
        return "step back (short " + std::to_string(p.step_back_after) + " in a row)";
    case core::Decision::no_entries:
        return "same step";
    case core::Decision::deload:
        return "no progression";
    case core::Decision::paused:
        return "same step (not counted)";
    case core::Decision::pain_hold:
        // Pain to step back at the first step: there is no step before it.
        return week.judgement.pain >= p.pain_step_back ? "hold (the first step)" : "hold";
    case core::Decision::pain_step_back:
        return "step back";
    }
    return "";
}

// How the week stood: "met 2 of 3 sessions at 3 x 16".
std::string judgement_text(core::Unit unit, const core::WeekRecord& week) {
    const core::WeekJudgement& j = week.judgement;
    std::string at = step_text(unit, week.prescribed);
    if (week.deload) {
        return "deload week at " + at;
    }
    std::string paused = j.paused == 0 ? "" : " (" + plural(j.paused, "day", "days") + " paused)";
    switch (j.outcome) {
    case core::Outcome::paused:
        return "paused (" +
               (j.paused == 1 ? std::string("its training day")
                              : "all " + plural(j.paused, "training day", "training days")) +
               ") at " + at;
    case core::Outcome::not_logged:
        return "nothing logged at " + at + paused;
    case core::Outcome::unlogged:
        return "nothing at all logged: " + at + " taken as met" + paused;
    case core::Outcome::partly_met:
        return "met " + std::to_string(j.met) + " of " +
               plural(std::max(j.scheduled, j.logged), "session", "sessions") + " at " + at + ", " +
               std::to_string(j.needed) + " needed" + paused;
    case core::Outcome::met:
    case core::Outcome::short_week:
        break;
    }
    return "met " + std::to_string(j.met) + " of " +
           plural(std::max(j.scheduled, j.logged), "session", "sessions") + " at " + at + paused;
}

// ", pain 4 on Wed": the week's highest pain, when some was reported; "" when none was.
std::string pain_text(const core::WeekJudgement& judgement) {
    if (judgement.pain <= 0) {
        return "";
    }
    return ", pain " + std::to_string(judgement.pain) + " on " +
           std::string(core::weekday_name(core::weekday_of(judgement.pain_date)));
}

std::string sets_text(int sets) {
    return std::to_string(sets) + (sets == 1 ? " set" : " sets");
}

} // namespace

std::string week_text(const core::Progression& progression, std::size_t ladder_size,
                      const core::WeekRecord& week) {
    return judgement_text(progression.unit, week) + pain_text(week.judgement) + " -> " +
           decision_text(ladder_size, week, progression);
}

void write_why(const core::Exercise& exercise, core::WeekdaySet days, const core::Replay& replay,
               core::Date start, std::ostream& out) {
    const core::Progression& p = exercise.progression;
    std::vector<core::Step> steps = core::ladder(p);
    out << truncate_to_width(exercise.id + ": " + exercise.name, text_width) << '\n'
        << wrap_text(week_rule(p, days), text_width, "", "") << '\n';
    if (replay.weeks.empty()) {
        out << "Nothing logged before " << core::format_date(start)
            << ": the ladder starts at its first step.\n";
    }
    // Week numbers right-aligned, so that the columns stay put from week 10 on.
    std::size_t digits = std::to_string(replay.weeks.size() + 1).size();
    auto week_label = [&](int number) {
        return "wk " + pad_left_to_width(std::to_string(number), digits);
    };
    TextTable table({{}, {}, {}}, 0); // the last column wraps under itself
    int number = 1;
    for (const core::WeekRecord& week : replay.weeks) {
        table.add_row({week_label(number++), core::format_date(week.first),
                       week_text(p, steps.size(), week)});
    }
    table.add_line(week_label(number) + "  " + core::format_date(core::monday_of_week(start)) +
                   "  this week: " + step_text(p.unit, replay.now) +
                   (core::is_deload_week(p, replay.state.week) ? " (deload)" : "") + ", step " +
                   std::to_string(replay.state.step + 1) + " of " + std::to_string(steps.size()));
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
        int reached = 0;
        std::string done = "-";
        if (today.logged) {
            done = amounts(item.unit, *today.logged);
            reached = today.logged->sets_reaching(item.step.amount);
        }
        int left = std::max(0, item.step.sets - reached);
        table.add_row({item.id, item.name, format_prescription(item.unit, item.step), done,
                       left == 0 ? "nothing" : sets_text(left)});
    }
    table.write(out);
}

void write_pain_cautions(const std::vector<core::PainCaution>& cautions, std::ostream& out) {
    for (const core::PainCaution& caution : cautions) {
        out << wrap_text("caution: " + caution.id + " pain " + std::to_string(caution.report.pain) +
                             " on " + day_name(caution.report.date) + ": " +
                             (caution.step_back ? "a step back" : "the step holds") +
                             "; stop if it hurts",
                         text_width, "", "  ")
            << '\n';
    }
}

} // namespace backplan::io
