#pragma once

#include "core/adaptive.hpp"
#include "core/plan.hpp"

#include <ostream>

namespace backplan::io {

// "2x16": a prescription in the log's terse style ("3x30s" for seconds).
std::string terse_step(core::Unit unit, core::Step step);

// `why`: the exercise's weeks, one line each: what was prescribed, the best session logged
// and the decision taken; then this week's prescription.
void write_why(const core::Exercise& exercise, const core::Replay& replay, core::Date start,
               std::ostream& out);

// What one exercise of today's session stands at.
struct TodayItem {
    core::PlanItem item;
    std::optional<core::Session> logged; // today's sets so far
};

// `today`: each exercise planned for the date with its prescription, the sets already logged
// and what is left; or, on a rest day, that it is one and the next training day.
void write_today(core::Date date, const std::vector<TodayItem>& items,
                 const std::optional<core::PlanDay>& next, std::ostream& out);

} // namespace backplan::io
