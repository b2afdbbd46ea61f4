#include "io/plan_formats.hpp"

#include <nlohmann/json.hpp>

namespace backplan::io {

void write_json_plan(const core::Plan& plan, std::ostream& out) {
    using Json = nlohmann::ordered_json;
    Json weeks = Json::array();
    for (const core::PlanWeek& week : plan.weeks) {
        Json days = Json::array();
        for (std::size_t i = 0; i < week.days.size(); ++i) {
            const core::PlanDay& day = week.days[i];
            Json exercises = Json::array();
            for (const core::PlanItem& item : day.items) {
                exercises.push_back({{"id", item.id},
                                     {"name", item.name},
                                     {"unit", core::unit_name(item.unit)},
                                     {"sets", item.step.sets},
                                     {core::unit_name(item.unit), item.step.amount}});
            }
            days.push_back({{"date", core::format_date(day.date)},
                            {"weekday", core::weekday_key(core::weekday_of(day.date))},
                            {"day", i + 1},
                            {"exercises", std::move(exercises)}});
        }
        weeks.push_back({{"week", week.number},
                         {"first", core::format_date(week.first)},
                         {"last", core::format_date(week.last)},
                         {"days", std::move(days)}});
    }
    Json document = {
        {"format", "backplan-plan"},
        {"version", 1},
        {"routine", plan.routine_name},
        {"start", plan.weeks.empty() ? "" : core::format_date(plan.weeks.front().first)},
        {"weeks", std::move(weeks)}};
    out << document.dump(2) << '\n';
}

} // namespace backplan::io
