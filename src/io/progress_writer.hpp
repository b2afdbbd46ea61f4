#pragma once

#include "core/adaptive.hpp"
#include "core/day.hpp"
#include "core/pain.hpp"
#include "core/plan.hpp"

#include <ostream>

namespace backplan::io {

// One judged week as why states it, for a ladder of ladder_size steps: how it stood against its
// step and the decision, "met 2 of 3 sessions at 3 x 16 -> next step".
std::string week_text(const core::Progression& progression, std::size_t ladder_size,
                      const core::WeekRecord& week);

// `why`: the rule a week is judged by on the exercise's standing days, then the exercise's
// weeks, one line each: how the week stood against its step ("met 2 of 3 sessions at 3 x 16")
// and the decision taken ("next step"); then the prescription of the week of start.
void write_why(const core::Exercise& exercise, core::WeekdaySet days, const core::Replay& replay,
               core::Date start, std::ostream& out);

// What one exercise of today's session stands at: its plan and today's sets so far.
using TodayItem = core::DayItem;

// `today`: each exercise planned for the date with its prescription, the sets already logged
// and what is left; or, on a rest day or a paused one, that it is one (until when, with the
// pause's note) and the next training day.
void write_today(core::Date date, const core::DaySession& session, std::ostream& out);

// `today`'s pain cautions, a line each: "caution: action2 pain 4 on Wed 2026-11-25: the step
// holds; stop if it hurts" ("a step back" from pain_step_back), wrapped within text_width.
void write_pain_cautions(const std::vector<core::PainCaution>& cautions, std::ostream& out);

} // namespace backplan::io
