#include "io/progress_writer.hpp"

#include "io/display_width.hpp"
#include "io/text_table.hpp"
#include "io/text_writer.hpp"

#include <algorithm>

namespace backplan::io {
namespace {

// The narrowest a cut column gets: names in `today`, and what was logged in `why` and `today`.
constexpr std::size_t min_name_width = 10;
constexpr std::size_t min_logged_width = 12;
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

std::string decision_text(const core::Progression& p, std::size_t steps,
                          const core::WeekRecord& week) {
    switch (week.decision) {
    case core::Decision::advance:
        return "advance";
    case core::Decision::hold:
        if (static_cast<std::size_t>(week.after.step) + 1 == steps) {
            return "hold (the top of the ladder)";
        }
        return "hold (met " + std::to_string(week.after.met) + " of " +
               std::to_string(p.weeks_per_step) + " weeks)";
    case core::Decision::repeat:
        return "repeat";
    case core::Decision::step_back:
        return "step back (short again)";
    case core::Decision::no_entries:
        return "repeat (nothing logged)";
    case core::Decision::deload:
        return "deload week: no progression";
    }
    return "";
}

std::string sets_text(int sets) {
    return std::to_string(sets) + (sets == 1 ? " set" : " sets");
}

} // namespace

std::string terse_step(core::Unit unit, core::Step step) {
    return std::to_string(step.sets) + "x" + std::to_string(step.amount) +
           (unit == core::Unit::seconds ? "s" : "");
}

void write_why(const core::Exercise& exercise, const core::Replay& replay, core::Date start,
               std::ostream& out) {
    core::Unit unit = exercise.progression.unit;
    std::vector<core::Step> steps = core::ladder(exercise.progression);
    out << truncate_to_width(exercise.id + ": " + exercise.name, text_width) << '\n';
    if (replay.weeks.empty()) {
        out << "Nothing logged before " << core::format_date(start)
            << ": the ladder starts at its first step.\n";
    }
    // Week numbers right-aligned, so that the columns stay put from week 10 on.
    std::size_t digits = std::to_string(replay.weeks.size() + 1).size();
    auto week_label = [&](int number) {
        return "wk " + pad_left_to_width(std::to_string(number), digits);
    };
    TextTable table({{}, {}, {true, min_logged_width}, {}}, 0);
    int number = 1;
    for (const core::WeekRecord& week : replay.weeks) {
        std::string logged =
            week.best ? amounts(unit, *week.best) + " of " : std::string("nothing logged of ");
        table.add_row(
            {week_label(number++), core::format_date(week.first),
             logged + terse_step(unit, week.prescribed) + (week.deload ? " (deload)" : ""),
             "-> " + decision_text(exercise.progression, steps.size(), week)});
    }
    core::Step now = core::prescription(exercise.progression, steps, replay.state);
    table.add_line(
        week_label(number) + "  " + core::format_date(start) +
        "  this week: " + terse_step(unit, now) +
        (core::is_deload_week(exercise.progression, replay.state.week) ? " (deload)" : "") +
        ", step " + std::to_string(replay.state.step + 1) + " of " + std::to_string(steps.size()));
    table.write(out);
}

void write_today(core::Date date, const std::vector<TodayItem>& items,
                 const std::optional<core::PlanDay>& next, std::ostream& out) {
    std::string day =
        std::string(core::weekday_name(core::weekday_of(date))) + ' ' + core::format_date(date);
    if (items.empty()) {
        out << day << ": rest day.\n";
        if (next) {
            out << "Next training day: " << core::weekday_name(core::weekday_of(next->date)) << ' '
                << core::format_date(next->date) << ", " << next->items.size()
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

} // namespace backplan::io
