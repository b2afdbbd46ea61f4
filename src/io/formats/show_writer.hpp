#pragma once

// `show`: where each exercise stands on its ladder, as the log and today leave it.

#include "core/coach.hpp"
#include "io/formats/progress_writer.hpp"

#include <ostream>

namespace backplan::io {

// The routine's exercises, a row each: id, name, the prescription on date, the step of the
// ladder, and the steps to its top with the day it is reached if every week from date is met
// (or the day it was, or the exercise it follows or moved on to).
void write_standings(const core::Coach& coach, core::Date date, std::ostream& out);

// One exercise's standing on date: "Now:" its prescription and step, "Top:" the top of its
// ladder and when it was or would be reached; or why the plan does not hold it then.
void write_standing(const core::Coach& coach, std::size_t exercise, core::Date date,
                    std::ostream& out);

// The latest weeks why shows, and show ACTION; why --all shows every one.
inline constexpr std::size_t why_weeks = 26;
inline constexpr std::size_t show_weeks = 12;

// What why shows of the exercise's weeks up to the one of date (at most at_most of them, 0 for
// all): none after the plan moved on from it, saying so in place of the next week's step.
WhyView why_view(const core::Coach& coach, std::size_t exercise, core::Date date, bool all = false,
                 std::size_t at_most = why_weeks);

// "Weeks:", then the exercise's latest weeks up to the one of date (why_view's, show_weeks of
// them), a line each as why states them.
void write_weeks(const core::Coach& coach, std::size_t exercise, core::Date date,
                 std::ostream& out);

// Why the plan does not hold the exercise on date: it moved on to its variant; or it is a
// variant, and the plan moves on to it from a day (or would, if every week from date is met).
void write_not_in_plan(const core::Coach& coach, std::size_t exercise, core::Date date,
                       std::ostream& out);

} // namespace backplan::io
