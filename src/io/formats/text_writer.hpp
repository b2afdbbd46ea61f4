#pragma once

#include "core/plan.hpp"

#include <ostream>
#include <string>
#include <string_view>

namespace backplan::io {

// The widest line the text outputs write, in display columns (io/display_width.hpp).
inline constexpr std::size_t text_width = 80;

// Writes the plan for terminals and printers: one block per week, each training day headed by
// its weekday and date, one line per exercise with its id, name, sets x reps and a box per set.
// With page_break a form feed starts every week after the first.
void write_text_plan(const core::Plan& plan, bool page_break, std::ostream& out);

// "Home back routine: 4 weeks from 2026-11-23".
std::string plan_title(const core::Plan& plan);

// "NAME: rest", the name cut (truncate_to_width) so that the line takes at most text_width
// columns: the first line of the text outputs.
std::string title_line(std::string_view name, std::string_view rest);

// The line under the title of printable formats.
inline constexpr std::string_view plan_hint =
    "Tick a box for each set done; ID is the name to log it by.";

// "Week 1: 2026-11-23 to 2026-11-29".
std::string week_heading(const core::PlanWeek& week);

// "Wed 2026-12-02".
std::string day_name(core::Date date);

// "paused until Sun 2026-12-13 (flu)": what a paused day is, in every output.
std::string pause_text(const core::PauseSpan& pause);

// "2 x 15 reps" or "3 x 30 sec".
std::string format_prescription(core::Unit unit, core::Step step);

// When a week of the exercise is met, on its standing days: "A week is met when 2 of its 3
// sessions (mon,wed,fri) reach the step."
std::string week_rule(const core::Progression& progression, core::WeekdaySet days);

// Writes what one exercise is: names, equipment, days, start, target, how it progresses.
void write_exercise(const core::Routine& routine, const core::Exercise& exercise,
                    std::ostream& out);

// Writes how to do it: "How:", then its cues; nothing when it has none.
void write_cues(const core::Exercise& exercise, std::ostream& out);

// The text broken into lines of at most width display columns at spaces, each after the prefix
// (first_prefix on the first line); a word too wide for a line of its own is broken between
// graphemes.
std::string wrap_text(std::string_view text, std::size_t width, std::string_view first_prefix,
                      std::string_view prefix);

} // namespace backplan::io
