#include "io/formats/json_stream.hpp"
#include "io/formats/plan_formats.hpp"
#include "io/formats/text_writer.hpp"

namespace backplan::io {

void write_json_plan(const core::Plan& plan, std::ostream& out) {
    // Streamed, a day at a time: 104 weeks of a large template is megabytes of JSON.
    JsonStream json(out);
    json.object();
    json.key("format").string("backplan-plan");
    json.key("version").number(1);
    json.key("routine").string(plan.routine_name);
    json.key("start").string(plan.weeks.empty() ? "" : core::format_date(plan.weeks.front().first));
    json.key("weeks").array();
    for (const core::PlanWeek& week : plan.weeks) {
        json.object();
        json.key("week").number(week.number);
        json.key("first").string(core::format_date(week.first));
        json.key("last").string(core::format_date(week.last));
        json.key("days").array();
        for (std::size_t i = 0; i < week.days.size(); ++i) {
            const core::PlanDay& day = week.days[i];
            json.object();
            json.key("date").string(core::format_date(day.date));
            json.key("weekday").string(core::weekday_key(core::weekday_of(day.date)));
            json.key("day").number(static_cast<long long>(i + 1));
            if (day.pause) {
                json.key("paused").object();
                json.key("first").string(core::format_date(day.pause->first));
                json.key("last").string(core::format_date(day.pause->last));
                json.key("note").string(day.pause->note);
                json.close();
            }
            json.key("exercises").array();
            for (const core::PlanItem& item : day.items) {
                json.object();
                json.key("id").string(item.id);
                json.key("name").string(item.name);
                json.key("unit").string(core::unit_name(item.unit));
                json.key("sets").number(item.step.sets);
                json.key(core::unit_name(item.unit)).number(item.step.amount);
                json.close();
            }
            json.close().close();
        }
        json.close().close();
    }
    json.close().close();
    json.finish();
}

} // namespace backplan::io
