#include "io/formats/escape.hpp"
#include "io/formats/plan_formats.hpp"
#include "io/formats/text_writer.hpp"

namespace backplan::io {

void write_csv_plan(const core::Plan& plan, std::ostream& out) {
    out << "date,weekday,week,day,id,name,sets,amount,unit\r\n";
    for (const core::PlanWeek& week : plan.weeks) {
        for (std::size_t i = 0; i < week.days.size(); ++i) {
            const core::PlanDay& day = week.days[i];
            if (day.pause) {
                // A paused day: no exercise, what the pause is in the name's column.
                out << core::format_date(day.date) << ','
                    << core::weekday_key(core::weekday_of(day.date)) << ',' << week.number << ','
                    << i + 1 << ",," << csv_field(pause_text(*day.pause)) << ",,,\r\n";
            }
            for (const core::PlanItem& item : day.items) {
                out << core::format_date(day.date) << ','
                    << core::weekday_key(core::weekday_of(day.date)) << ',' << week.number << ','
                    << i + 1 << ',' << csv_field(item.id) << ',' << csv_field(item.name) << ','
                    << item.step.sets << ',' << item.step.amount << ','
                    << core::unit_name(item.unit) << "\r\n";
            }
        }
    }
}

} // namespace backplan::io
