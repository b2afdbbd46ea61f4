#include "io/plan_formats.hpp"

namespace backplan::io {
namespace {

// A field quoted when it holds a comma, a quote or a line break, quotes doubled (RFC 4180).
std::string csv_field(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
        return std::string(text);
    }
    std::string field = "\"";
    for (char c : text) {
        field += c;
        if (c == '"') {
            field += '"';
        }
    }
    return field + '"';
}

} // namespace

void write_csv_plan(const core::Plan& plan, std::ostream& out) {
    out << "date,weekday,week,day,id,name,sets,amount,unit\r\n";
    for (const core::PlanWeek& week : plan.weeks) {
        for (std::size_t i = 0; i < week.days.size(); ++i) {
            const core::PlanDay& day = week.days[i];
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
