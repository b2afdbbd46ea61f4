#include "io/progress_writer.hpp"

#include "core/text.hpp"
#include "io/text_writer.hpp"

#include <algorithm>

namespace backplan::io {
namespace {

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
    out << exercise.id << ": " << exercise.name << '\n';
    if (replay.weeks.empty()) {
        out << "Nothing logged before " << core::format_date(start)
            << ": the ladder starts at its first step.\n";
    }
    int number = 1;
    for (const core::WeekRecord& week : replay.weeks) {
        std::string logged =
            week.best ? amounts(unit, *week.best) + " of " : std::string("nothing logged of ");
        out << "wk " << number++ << "  " << core::format_date(week.first) << "  " << logged
            << terse_step(unit, week.prescribed) << (week.deload ? " (deload)" : "") << " -> "
            << decision_text(exercise.progression, steps.size(), week) << '\n';
    }
    core::Step now = core::prescription(exercise.progression, steps, replay.state);
    out << "wk " << number << "  " << core::format_date(start)
        << "  this week: " << terse_step(unit, now)
        << (core::is_deload_week(exercise.progression, replay.state.week) ? " (deload)" : "")
        << ", step " << replay.state.step + 1 << " of " << steps.size() << '\n';
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
    std::size_t id_width = 0;
    std::size_t name_width = 0;
    for (const TodayItem& today : items) {
        id_width = std::max(id_width, today.item.id.size());
        name_width = std::max(name_width, core::text_length(today.item.name));
    }
    name_width = std::min<std::size_t>(name_width, 30);
    for (const TodayItem& today : items) {
        const core::PlanItem& item = today.item;
        int reached = 0;
        std::string done = "-";
        if (today.logged) {
            done = amounts(item.unit, *today.logged);
            reached = today.logged->sets_reaching(item.step.amount);
        }
        int left = std::max(0, item.step.sets - reached);
        std::string name = core::truncate_text(item.name, name_width);
        out << "  " << padded(item.id, id_width) << "  " << padded(name, name_width) << "  "
            << format_prescription(item.unit, item.step) << "  done: " << done
            << "  left: " << (left == 0 ? "nothing" : sets_text(left)) << '\n';
    }
}

} // namespace backplan::io
