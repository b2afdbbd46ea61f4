#include "core/adaptive.hpp"

#include <algorithm>

namespace backplan::core {
namespace {

const Sessions no_sessions;
const Pauses no_pauses;

int weeks_between(Date from, Date to) {
    return static_cast<int>((std::chrono::sys_days(to) - std::chrono::sys_days(from)).count() / 7);
}

// The day a week met (or taken as met) was met, or would be: the day its sessions reaching their
// step, logged or, from today on, to come on its training days, first number as many as needed.
Date met_on(const WeekRecord& week, const Sessions& sessions, const WeekSetting& setting) {
    int count = 0;
    Date last = week.first;
    for (int d = 0; d < 7; ++d) {
        Date date = add_days(week.first, d);
        std::chrono::weekday weekday = weekday_of(date);
        const Session* session = sessions.find(date);
        bool met = session != nullptr && session->meets(week.on(date));
        bool to_come = week.kind != WeekKind::past && date >= setting.today &&
                       setting.days.contains(weekday) && !setting.paused.contains(weekday);
        if (met || to_come) {
            last = date;
            if (++count == week.judgement.needed) {
                return date;
            }
        }
    }
    return last;
}

// The first week from the one of today that nothing logged can still meet.
Date first_week_to_meet(const Progression& p, const ReplayInput& input) {
    Date monday = monday_of_week(input.today);
    WeekSetting setting{input.days, input.pauses->paused_in_week(monday), WeekKind::current,
                        input.today};
    std::vector<Step> steps{ladder(p).front()};
    WeekJudgement judgement =
        judge_week(p, steps, LadderState{}, WeekSessions{no_sessions.end(), no_sessions.end()},
                   monday, setting);
    return judgement.outcome == Outcome::missed ? add_days(monday, 7) : monday;
}

// The replay from the week of from (a Monday) to the week before until (a Monday).
Replay replay_from(const Progression& p, const ReplayInput& input, Date from, Date until) {
    std::vector<Step> steps = ladder(p);
    Replay result;
    result.from = from;
    result.first_step = steps.front();
    // Judging goes on from a checkpoint's week, as it stood then, or starts at from.
    Date start = from;
    if (const ReplayMark* mark = input.resume) {
        start = std::min(mark->monday, until);
        result.state = mark->state;
        result.reached = mark->reached;
        result.weeks_left_out = mark->weeks;
    }
    // The records kept: from keep_from's week (or from's, when later), at most up to until's.
    Date keep = std::min(std::max(start, monday_of_week(input.keep_from.value_or(start))), until);
    result.first_judged = keep;
    Date current = monday_of_week(input.today);
    const Sessions& sessions = *input.sessions;
    auto session = sessions.lower_bound(start);
    // Made once at its size: grown by doubling, a replay of fifty years held up to twice its
    // 0.5 MB, for each exercise (peak of generate over a 50-year log: 9.4 -> 7.9 MB).
    if (keep < until) {
        result.weeks.reserve(static_cast<std::size_t>(
            (std::chrono::sys_days(until) - std::chrono::sys_days(keep)).count() / 7 + 1));
    }
    for (Date monday = start; monday < until; monday = add_days(monday, 7)) {
        if (monday == keep) {
            result.first_state = result.state;
        }
        WeekRecord record;
        record.first = monday;
        record.kind = monday < current    ? WeekKind::past
                      : monday == current ? WeekKind::current
                                          : WeekKind::ahead;
        record.prescribed = prescription(p, steps, result.state);
        record.deload = is_deload_week(p, result.state.week);
        Date next = add_days(monday, 7);
        auto first = session;
        while (session != sessions.end() && session->date < next) {
            ++session;
        }
        WeekSetting setting{input.days, input.pauses->paused_in_week(monday), record.kind,
                            input.today};
        record.judgement =
            judge_week(p, steps, result.state, WeekSessions{first, session}, monday, setting);
        record.decision = end_week(p, steps, result.state, record.judgement);
        record.after = result.state;
        if (record.decision == Decision::reached) {
            result.reached =
                Reached{met_on(record, sessions, setting),
                        record.kind != WeekKind::past && record.judgement.outcome != Outcome::met};
        }
        if (monday >= keep) {
            result.weeks.push_back(std::move(record));
        } else {
            ++result.weeks_left_out;
        }
    }
    result.now = prescription(p, steps, result.state);
    return result;
}

} // namespace

Step WeekRecord::on(Date date) const {
    Step step = prescribed;
    for (const StepBack& back : judgement.steps_back) {
        if (back.from <= date) {
            step = back.step;
        }
    }
    return step;
}

Step Replay::prescribed(Date date) const {
    const WeekRecord* record = week(monday_of_week(date));
    if (record != nullptr) {
        return record->on(date);
    }
    return monday_of_week(date) < first_judged ? first_step : now;
}

const WeekRecord* Replay::week(Date monday) const {
    if (monday < first_judged) {
        return nullptr;
    }
    auto index = static_cast<std::size_t>(weeks_between(first_judged, monday));
    return index < weeks.size() ? &weeks[index] : nullptr;
}

Replay replay(const Progression& p, const ReplayInput& input, Date until) {
    Date end = monday_of_week(until);
    // The ladder starts at the first session, or now when that comes first (with nothing
    // logged yet, or only ahead).
    Date from = first_week_to_meet(p, input);
    if (input.resume) {
        from = input.resume->from;
    } else if (input.from) {
        from = monday_of_week(*input.from);
    } else if (!input.sessions->empty()) {
        from = std::min(from, monday_of_week(input.sessions->begin()->date));
    }
    return replay_from(p, input, std::min(from, end), end);
}

Replay fresh_start(const Progression& p, Date from, Date until) {
    Date end = monday_of_week(until);
    Date start = std::min(monday_of_week(from), end);
    // Every week ahead of a day before the first: each taken as met.
    ReplayInput input{WeekdaySet{}, &no_sessions, &no_pauses, add_days(start, -1)};
    return replay_from(p, input, start, end);
}

} // namespace backplan::core
