#pragma once

#include "core/adaptive.hpp"
#include "core/day.hpp"
#include "core/pain.hpp"
#include "core/plan.hpp"

#include <optional>
#include <ostream>
#include <string>

namespace backplan::io {

// One judged week as why states it: how it stood against its step and the decision, "met 2 of
// 3 sessions at 3 x 16 -> next step".
std::string week_text(const core::Exercise& exercise, const std::vector<core::Step>& ladder,
                      const core::WeekRecord& week);

// Which of an exercise's weeks `why` shows, and how it ends.
struct WhyView {
    core::Date monday;                             // the week asked about
    std::optional<core::Date> last = std::nullopt; // no week after this Monday's
    std::size_t at_most = 0;                       // the latest weeks shown; 0: all
    std::string moved_on = {}; // said in place of the next week's prescription (moved on)
};

// `why`: the rule a week is judged by on the exercise's standing days, then the exercise's
// weeks of the replay (the view's), one line each: how the week stood against its step ("met
// 2 of 3 sessions at 3 x 16", "this week, under way", "ahead") and the decision taken ("next
// step"); then the prescription of the week after them, and the day the target was reached if
// it was, or the view's moved_on. With no week judged, it says that the week of the view's
// monday (the one asked about) is at the first step.
void write_why(const core::Exercise& exercise, core::WeekdaySet days, const core::Replay& replay,
               const WhyView& view, std::ostream& out);

// What one exercise of today's session stands at: its plan and today's sets so far.
using TodayItem = core::DayItem;

// `today`: each exercise planned for the date with its prescription, the sets already logged
// and what is left; or, on a rest day or a paused one, that it is one (until when, with the
// pause's note) and the next training day.
void write_today(core::Date date, const core::DaySession& session, std::ostream& out);

// `today --format line`: the day in one line for a status bar or a prompt, after the label:
// "home-back: 3 of 6 done, next action4 3 x 20", "home-back: 6 of 6 done, next Wed",
// "home-back: stopped for today (pain), next Wed", "home-back: rest, next Mon", "home-back: paused to Sun 2026-12-13, next Mon 2026-12-14". The
// next training day is its weekday when it is within the week after the date, else with its
// date too.
void write_today_line(std::string_view label, core::Date date, const core::DaySession& session,
                      std::ostream& out);

// `today`'s pain cautions, a line each, naming the step they show: "caution: action2 pain 4 on
// Wed 2026-11-25: 2 x 20 reps holds; stop if it hurts", "... pain 7 today: no more of it today;
// a step back, to 2 x 19 reps, from the next session", wrapped within text_width.
void write_pain_cautions(core::Date date, const std::vector<core::PainCaution>& cautions,
                         std::ostream& out);

// The cautions' lines, unwrapped (train shows them as it starts).
std::vector<std::string> pain_caution_texts(core::Date date,
                                            const std::vector<core::PainCaution>& cautions);

// The targets reached, two lines each: "target reached: action1 did 5 x 25 reps on Wed
// 2027-05-26." and "  from the next week: 4 x 20 reps keeps it" (or "action7 (NAME) at 2 x 15
// reps", its harder variant).
void write_reached(const std::vector<core::ReachedNote>& reached, std::ostream& out);

} // namespace backplan::io
