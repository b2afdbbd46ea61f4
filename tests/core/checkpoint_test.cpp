// A checkpoint holds where each exercise's replay stood at the start of a week that is over; a
// coach that goes on from it, with only the sessions from that week on, must answer every
// question about the weeks from then exactly as a coach that replayed the whole log.
#include "core/checkpoint.hpp"
#include "core/coach.hpp"
#include "core/random_history.hpp"
#include "core/report.hpp"

#include <catch2/catch.hpp>

using namespace backplan::core;

namespace {

Date day(const char* text) {
    return parse_date(text);
}

// The property routine, and a variant of its row with a short ladder that the log reaches.
Routine routine_with_variant() {
    Routine r = backplan::test::property_routine();
    r.exercises[0].progression = Progression{Unit::reps, 2, {8, 9}, {2, 2}, {10, 11}, 1, 1};
    Progression harder{Unit::reps, 2, {5, 6}, {3, 3}, {8, 9}, 1, 1};
    r.exercises[0].then = "row2";
    r.exercises.push_back({"row2", "Row, harder", {}, {}, {}, std::nullopt, harder});
    return r;
}

// The history's sessions from monday on, its pauses, going on from the checkpoint.
LogHistory from_checkpoint(const Routine& routine, const LogHistory& history,
                           const Checkpoint& checkpoint) {
    LogHistory after;
    after.pauses() = history.pauses();
    for (const Exercise& exercise : routine.exercises) {
        for (const Session& session : history.sessions(exercise.id)) {
            if (session.date >= checkpoint.monday) {
                after.sessions_of(exercise.id).on(session.date) = session;
            }
        }
    }
    after.resume_from(std::make_shared<Checkpoint>(checkpoint));
    return after;
}

void require_same(const Replay& whole, const Replay& resumed) {
    REQUIRE(resumed.first_judged == whole.first_judged);
    REQUIRE(resumed.weeks_left_out == whole.weeks_left_out);
    REQUIRE(resumed.first_state == whole.first_state);
    REQUIRE(resumed.state == whole.state);
    REQUIRE(resumed.now == whole.now);
    REQUIRE(resumed.reached == whole.reached);
    REQUIRE(resumed.weeks.size() == whole.weeks.size());
    for (std::size_t w = 0; w < whole.weeks.size(); ++w) {
        const WeekRecord& a = whole.weeks[w];
        const WeekRecord& b = resumed.weeks[w];
        REQUIRE(b.first == a.first);
        REQUIRE(b.prescribed == a.prescribed);
        REQUIRE(b.judgement.outcome == a.judgement.outcome);
        REQUIRE(b.judgement.steps_back == a.judgement.steps_back);
        REQUIRE(b.decision == a.decision);
        REQUIRE(b.after == a.after);
    }
}

// Two reports alike in every figure a writer prints.
void require_same(const Report& whole, const Report& resumed) {
    REQUIRE(resumed.since == whole.since);
    REQUIRE(resumed.until == whole.until);
    REQUIRE(resumed.streak == whole.streak);
    REQUIRE(resumed.longest_streak == whole.longest_streak);
    REQUIRE(resumed.weeks.size() == whole.weeks.size());
    for (std::size_t w = 0; w < whole.weeks.size(); ++w) {
        const ReportWeek& a = whole.weeks[w];
        const ReportWeek& b = resumed.weeks[w];
        CAPTURE(format_date(a.first));
        REQUIRE(b.first == a.first);
        REQUIRE(b.sessions == a.sessions);
        REQUIRE(b.paused_days == a.paused_days);
        REQUIRE(b.paused == a.paused);
        REQUIRE(b.total_reps == a.total_reps);
        REQUIRE(b.total_seconds == a.total_seconds);
        REQUIRE(b.reached == a.reached);
        REQUIRE(b.routine_reached == a.routine_reached);
        REQUIRE(b.pains.size() == a.pains.size());
        REQUIRE(b.exercises.size() == a.exercises.size());
        for (std::size_t e = 0; e < a.exercises.size(); ++e) {
            const ExerciseWeek& x = a.exercises[e];
            const ExerciseWeek& y = b.exercises[e];
            REQUIRE(y.id == x.id);
            REQUIRE(y.step == x.step);
            REQUIRE(y.planned_sets == x.planned_sets);
            REQUIRE(y.planned_total == x.planned_total);
            REQUIRE(y.done_sets == x.done_sets);
            REQUIRE(y.done_total == x.done_total);
            REQUIRE(y.sessions == x.sessions);
            REQUIRE(y.pain == x.pain);
        }
    }
    REQUIRE(resumed.records.size() == whole.records.size());
    for (std::size_t r = 0; r < whole.records.size(); ++r) {
        const ExerciseRecords& a = whole.records[r];
        const ExerciseRecords& b = resumed.records[r];
        REQUIRE(b.id == a.id);
        REQUIRE(b.reached == a.reached);
        REQUIRE(b.best_set.has_value() == a.best_set.has_value());
        REQUIRE(b.best_session.has_value() == a.best_session.has_value());
        if (a.best_set) {
            REQUIRE(b.best_set->amount == a.best_set->amount);
            REQUIRE(b.best_set->date == a.best_set->date);
            REQUIRE(b.best_session->amount == a.best_session->amount);
            REQUIRE(b.best_session->date == a.best_session->date);
        }
    }
}

} // namespace

TEST_CASE("checkpoint: the far one is made 26 to 38 weeks before today's week, on a 13-week "
          "grid, the near one 2 to 5 weeks before on a 4-week grid") {
    // 2026-12-07 is a Monday; 26 weeks before it is 2026-06-08, week 2944 from 1970-01-05
    // (20,608 days). 2944 = 226 x 13 + 6: its step of the grid began 6 weeks earlier, on
    // 2026-04-27.
    CHECK(checkpoint_week(day("2026-12-07"), far_checkpoint) == day("2026-04-27"));
    CHECK(checkpoint_week(day("2026-12-13"), far_checkpoint) == day("2026-04-27"));
    // Seven weeks on, 2027-01-25 gives week 2951 = 227 x 13: the grid's next step.
    CHECK(checkpoint_week(day("2027-01-24"), far_checkpoint) == day("2026-04-27"));
    CHECK(checkpoint_week(day("2027-01-25"), far_checkpoint) == day("2026-07-27"));
    // 2026-12-07 is week 2970; 2 weeks before, 2968 = 742 x 4: the near one is that week,
    // 2026-11-23, until 2027-01-03; from 2027-01-04 (week 2974, 2972 = 743 x 4), 2026-12-21.
    CHECK(checkpoint_week(day("2026-12-07"), near_checkpoint) == day("2026-11-23"));
    CHECK(checkpoint_week(day("2027-01-03"), near_checkpoint) == day("2026-11-23"));
    CHECK(checkpoint_week(day("2027-01-04"), near_checkpoint) == day("2026-12-21"));
}

TEST_CASE("checkpoint: a coach going on from it answers as one that replays the whole log") {
    Routine routine = routine_with_variant();
    int variants_marked = 0; // checkpoints made after row reached its top: row2 under way
    for (unsigned seed = 1; seed <= 12; ++seed) {
        std::mt19937 random(seed);
        Date first = day("2024-01-01");
        LogHistory history = backplan::test::random_history(routine, first, 150, random);
        for (int weeks : {45, 90, 149, 160}) {
            Date today = add_days(first, 7 * weeks + static_cast<int>(seed % 7));
            Date monday = checkpoint_week(today, seed % 2 == 0 ? near_checkpoint : far_checkpoint);
            CAPTURE(seed, format_date(today), format_date(monday));
            Checkpoint checkpoint = checkpoint_of(routine, history, today, monday);
            // Written and read back as it is.
            std::string text = format_checkpoint(checkpoint);
            auto read = parse_checkpoint(text, routine.exercises.size());
            REQUIRE(read);
            REQUIRE(*read == checkpoint);
            if (checkpoint.exercises[3]) {
                REQUIRE(checkpoint.exercises[0]->reached);
                ++variants_marked;
            }

            LogHistory resumed_history = from_checkpoint(routine, history, checkpoint);
            // Gone on from by the run that made it, and by a run some days later.
            for (int later : {0, 11}) {
                Date run = add_days(today, later);
                Date until = add_days(monday_of_week(run), 7 * 5);
                for (Date keep : {monday, add_days(monday, 7 * 9), monday_of_week(run)}) {
                    Coach whole(routine, history, run, until, keep);
                    Coach resumed(routine, resumed_history, run, until, keep);
                    // A report from keep's week, of every exercise or one, cut to the weeks
                    // a report may hold or not: the first day logged, before the checkpoint's
                    // week, comes from the checkpoint.
                    for (std::string id : {"", "row", "row2", "plank"}) {
                        ReportRequest request{keep, run, run, {}};
                        if (!id.empty()) {
                            request.ids.push_back(id);
                        }
                        for (bool from_first : {false, true}) {
                            CAPTURE(id, from_first, format_date(keep));
                            if (from_first) {
                                request.since.reset(); // from the first day logged
                            }
                            ClippedRange a = clip_report_range(routine, history, request, run);
                            ClippedRange b =
                                clip_report_range(routine, resumed_history, request, run);
                            REQUIRE(b.shortened == a.shortened);
                            REQUIRE(b.request.since == a.request.since);
                            if (*a.request.since < monday) {
                                continue; // weeks before the checkpoint's: not asked of it
                            }
                            require_same(build_report(routine, history, a.request),
                                         build_report(routine, resumed_history, b.request));
                        }
                    }
                    for (std::size_t e = 0; e < routine.exercises.size(); ++e) {
                        CAPTURE(routine.exercises[e].id, format_date(keep));
                        require_same(whole.replay(e), resumed.replay(e));
                        for (Date date = keep; date < until; date = add_days(date, 1)) {
                            REQUIRE(resumed.active(e, date) == whole.active(e, date));
                            REQUIRE(resumed.replay(e).prescribed(date) ==
                                    whole.replay(e).prescribed(date));
                            REQUIRE(resumed.exercises_on(date) == whole.exercises_on(date));
                        }
                    }
                }
            }
        }
    }
    CHECK(variants_marked > 10);
}

TEST_CASE("checkpoint: an exercise whose judging has not started by its week has no mark") {
    Routine routine = routine_with_variant();
    LogHistory history;
    backplan::test::add_session(history, "plank", Unit::seconds, day("2026-01-06"), 2, 20);
    Checkpoint checkpoint = checkpoint_of(routine, history, day("2026-12-07"), day("2026-04-20"));
    REQUIRE(checkpoint.exercises.size() == 4);
    CHECK_FALSE(checkpoint.exercises[0]); // row: nothing logged
    REQUIRE(checkpoint.exercises[1]);     // plank: from the week of 2026-01-05
    CHECK(checkpoint.exercises[1]->from == day("2026-01-05"));
    CHECK(checkpoint.exercises[1]->weeks == 15); // 2026-01-05 to 2026-04-13
    CHECK_FALSE(checkpoint.exercises[2]);
    CHECK_FALSE(checkpoint.exercises[3]); // row2: row has not reached its top
}

TEST_CASE("checkpoint: the first day each exercise was logged, when before its week") {
    Routine routine = routine_with_variant();
    LogHistory history;
    backplan::test::add_session(history, "plank", Unit::seconds, day("2026-01-06"), 2, 20);
    backplan::test::add_session(history, "plank", Unit::seconds, day("2026-05-05"), 2, 20);
    // row2 logged before row reached its top: no mark (its judging has not started), but a
    // report from the checkpoint's week on still starts where it was first logged.
    backplan::test::add_session(history, "row2", Unit::reps, day("2026-02-11"), 3, 5);
    backplan::test::add_session(history, "daily", Unit::reps, day("2026-04-20"), 1, 5);
    Checkpoint checkpoint = checkpoint_of(routine, history, day("2026-12-07"), day("2026-04-20"));
    CHECK_FALSE(checkpoint.exercises[3]);
    REQUIRE(checkpoint.first_logged.size() == 4);
    CHECK_FALSE(checkpoint.first_logged[0]);                // row: never
    CHECK(checkpoint.first_logged[1] == day("2026-01-06")); // plank
    CHECK_FALSE(checkpoint.first_logged[2]);                // daily: on its week, not before
    CHECK(checkpoint.first_logged[3] == day("2026-02-11")); // row2
    CHECK(format_checkpoint(checkpoint).ends_with("\nfirst - 2026-01-06 - 2026-02-11\n"));
}

TEST_CASE("checkpoint: text that format_checkpoint would not write is refused") {
    Routine routine = routine_with_variant();
    std::string good =
        "week 2026-04-20\n-\nmark 2026-01-05 15 0 15 0 0 14 0 0 0\n-\n-\nfirst - 2026-01-06 - -\n";
    REQUIRE(parse_checkpoint(good, 4));
    REQUIRE(parse_checkpoint(good, 4)->first_logged[1] == day("2026-01-06"));
    CHECK(parse_checkpoint(good, 3) == std::nullopt); // one exercise more than the routine
    CHECK(parse_checkpoint(good, 5) == std::nullopt); // one fewer
    const std::string firsts = "first - - - -\n";
    CHECK(parse_checkpoint("week 2026-04-21\n-\n-\n-\n-\n" + firsts, 4) ==
          std::nullopt); // a Tuesday
    CHECK(parse_checkpoint("week 2026-04-20\n-\nmark 2026-05-04 15 0 15 0 0 14 0 0 0\n-\n-\n" +
                               firsts,
                           4) == std::nullopt); // judging started after its week
    CHECK(
        parse_checkpoint("week 2026-04-20\n-\nmark 2026-01-05 15 0 15 0 0 14 0 0\n-\n-\n" + firsts,
                         4) == std::nullopt); // a number missing
    CHECK(parse_checkpoint("week 2026-04-20\n-\nmark 2026-01-05 15 0 15 0 0 14 0 0 0 2026-02-02 1\n"
                           "-\n-\n" +
                               firsts,
                           4) == std::nullopt); // a forecast in a week that is over
    std::string marks = "week 2026-04-20\n-\n-\n-\n-\n";
    CHECK(parse_checkpoint(marks + firsts, 4));
    CHECK(parse_checkpoint(marks, 4) == std::nullopt);                       // no first days
    CHECK(parse_checkpoint(marks + "first - - -\n", 4) == std::nullopt);     // one missing
    CHECK(parse_checkpoint(marks + "first - - - - -\n", 4) == std::nullopt); // one more
    CHECK(parse_checkpoint(marks + "first - 2026-04-20 - -\n", 4) ==
          std::nullopt); // logged first in its week: not before it
    CHECK(parse_checkpoint(marks + "first - 2026-1-6 - -\n", 4) ==
          std::nullopt); // not as format_date writes it
    CHECK(parse_checkpoint(good.substr(0, good.size() - 1), 4) == std::nullopt); // cut short
}

TEST_CASE("checkpoint: marks of steps beyond their ladder do not fit the routine") {
    Routine routine = routine_with_variant();
    // row's ladder (2 x 8 to 2 x 11, one rep a step): 2 x 8, 2 x 9, 2 x 10, 2 x 11: 4 steps.
    REQUIRE(ladder(routine.exercises[0].progression).size() == 4);
    ReplayMark mark{day("2026-01-05"), day("2026-04-20"), {}, std::nullopt, 15};
    Checkpoint checkpoint{day("2026-04-20"), {mark, std::nullopt, std::nullopt, std::nullopt}, {}};
    checkpoint.exercises[0]->state.step = 3;
    CHECK(fits(checkpoint, routine));
    checkpoint.exercises[0]->state.step = 4;
    CHECK_FALSE(fits(checkpoint, routine));
    checkpoint.exercises[0]->state.step = 0;
    checkpoint.exercises[0]->state.break_from = 4;
    CHECK_FALSE(fits(checkpoint, routine));
    checkpoint.exercises[0]->state.break_from = 0;
    checkpoint.exercises.pop_back();
    CHECK_FALSE(fits(checkpoint, routine));
}

TEST_CASE("checkpoint: the replay key changes with every field a replay reads") {
    Routine routine = routine_with_variant();
    std::string key = replay_key(routine);
    CHECK(replay_key(routine) == key);
    Routine other = routine;
    other.name = "Renamed";
    other.description = "Another";
    other.exercises[1].cues = {"breathe"};
    other.exercises[1].equipment = {"towel"};
    other.exercises[1].rest = 90;
    CHECK(replay_key(other) == key); // what neither reading nor a replay uses
    auto changed = [&](auto&& change) {
        Routine r = routine;
        change(r);
        return replay_key(r) != key;
    };
    CHECK(changed([](Routine& r) { r.days = parse_weekdays("mon,thu"); }));
    CHECK(changed([](Routine& r) { r.exercises[2].days = parse_weekdays("sun"); }));
    CHECK(changed([](Routine& r) { r.exercises[1].id = "plank2"; }));
    CHECK(changed([](Routine& r) { r.exercises[1].name = "Side plank"; })); // lines name it
    CHECK(changed([](Routine& r) { r.exercises[1].aliases = {"hold"}; }));
    CHECK(changed([](Routine& r) { r.exercises[0].then = ""; }));
    CHECK(changed([](Routine& r) { r.exercises[0].progression.unit = Unit::seconds; }));
    CHECK(changed([](Routine& r) { r.exercises[0].progression.start_sets = 3; }));
    CHECK(changed([](Routine& r) { r.exercises[0].progression.target_reps.high = 12; }));
    CHECK(changed([](Routine& r) { r.exercises[0].progression.weeks_per_step = 2; }));
    CHECK(changed([](Routine& r) { r.exercises[0].progression.deload_every = 5; }));
    CHECK(changed([](Routine& r) { r.exercises[0].progression.pain_hold = 4; }));
    CHECK(changed([](Routine& r) { r.exercises[0].progression.step_back_after_missed = 3; }));
    CHECK(changed([](Routine& r) { r.exercises[0].progression.maintenance.amount = 9; }));
    CHECK(changed([](Routine& r) { r.exercises.pop_back(); }));
}
