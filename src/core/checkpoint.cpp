#include "core/checkpoint.hpp"

#include "core/coach.hpp"

#include <charconv>

namespace backplan::core {
namespace {

// 1970-01-05, a Monday: the grid checkpoints fall on.
constexpr Date grid_start{std::chrono::year(1970), std::chrono::January, std::chrono::day(5)};

// The fields of a mark, in the order written.
constexpr int mark_numbers = 9;

void append_number(std::string& out, long long value) {
    out += ' ';
    out += std::to_string(value);
}

// Reads the space-separated words of text, each a number or a date.
class Words {
  public:
    explicit Words(std::string_view text) : m_text(text) {}
    std::optional<std::string_view> next() {
        if (m_text.empty() || m_text.front() != ' ') {
            return std::nullopt;
        }
        m_text.remove_prefix(1);
        std::size_t end = m_text.find(' ');
        std::string_view word = m_text.substr(0, end);
        m_text.remove_prefix(word.size());
        return word;
    }
    std::optional<long long> number() {
        auto word = next();
        long long value = 0;
        if (!word || word->empty() ||
            std::from_chars(word->data(), word->data() + word->size(), value).ptr !=
                word->data() + word->size()) {
            return std::nullopt;
        }
        return value;
    }
    std::optional<Date> date() {
        auto word = next();
        if (!word) {
            return std::nullopt;
        }
        Parsed<Date> parsed = read_date(*word);
        return parsed ? std::optional<Date>(parsed.value()) : std::nullopt;
    }
    bool done() const { return m_text.empty(); }

  private:
    std::string_view m_text;
};

std::optional<ReplayMark> parse_mark(std::string_view text, Date monday) {
    Words words(text);
    ReplayMark mark;
    mark.monday = monday;
    auto from = words.date();
    long long numbers[mark_numbers];
    for (long long& number : numbers) {
        auto value = words.number();
        if (!value || *value < 0 || *value > 1'000'000'000) {
            return std::nullopt;
        }
        number = *value;
    }
    if (!from || *from >= monday) {
        return std::nullopt;
    }
    mark.from = *from;
    mark.weeks = static_cast<std::size_t>(numbers[0]);
    int* fields[] = {&mark.state.step,        &mark.state.week,   &mark.state.met,
                     &mark.state.short_weeks, &mark.state.missed, &mark.state.break_from,
                     &mark.state.paused_weeks};
    for (int i = 0; i < 7; ++i) {
        *fields[i] = static_cast<int>(numbers[i + 1]);
    }
    if (numbers[8] > 1) {
        return std::nullopt;
    }
    mark.state.reached = numbers[8] == 1;
    if (!words.done()) {
        auto date = words.date();
        auto ahead = words.number();
        if (!date || !ahead || *ahead != 0 || !words.done()) {
            return std::nullopt; // a week before monday was over: never a forecast
        }
        mark.reached = Reached{*date, false};
    }
    return mark;
}

} // namespace

Date checkpoint_week(Date today, const CheckpointKind& kind) {
    auto weeks =
        (std::chrono::sys_days(monday_of_week(today)) - std::chrono::sys_days(grid_start)).count() /
            7 -
        kind.weeks_before;
    auto grid =
        weeks >= 0 ? weeks / kind.grid_weeks : (weeks - kind.grid_weeks + 1) / kind.grid_weeks;
    return add_days(grid_start, static_cast<int>(grid * kind.grid_weeks * 7));
}

Checkpoint checkpoint_of(const Routine& routine, const LogHistory& history, Date today,
                         Date monday) {
    Coach coach(routine, history, today, monday, monday);
    Checkpoint checkpoint{monday, {}, {}};
    for (std::size_t e = 0; e < routine.exercises.size(); ++e) {
        const Sessions& sessions = history.sessions(routine.exercises[e].id);
        bool before = !sessions.empty() && sessions.begin()->date < monday;
        checkpoint.first_logged.push_back(before ? std::optional(sessions.begin()->date)
                                                 : std::nullopt);
        const Replay& replay = coach.replay(e);
        bool started = replay.from < monday && (!coach.before(e) || coach.active_from(e));
        if (!started) {
            checkpoint.exercises.emplace_back();
            continue;
        }
        checkpoint.exercises.push_back(
            ReplayMark{replay.from, monday, replay.state, replay.reached, replay.weeks_left_out});
    }
    return checkpoint;
}

bool fits(const Checkpoint& checkpoint, const Routine& routine) {
    if (checkpoint.exercises.size() != routine.exercises.size()) {
        return false;
    }
    for (std::size_t e = 0; e < routine.exercises.size(); ++e) {
        const std::optional<ReplayMark>& mark = checkpoint.exercises[e];
        auto steps = static_cast<int>(ladder(routine.exercises[e].progression).size());
        if (mark && (mark->state.step >= steps || mark->state.break_from >= steps)) {
            return false;
        }
    }
    return true;
}

std::string replay_key(const Routine& routine) {
    std::string key = "days";
    auto days = [&](WeekdaySet set) {
        key += ' ';
        for (unsigned iso = 1; iso <= 7; ++iso) {
            key += set.contains(std::chrono::weekday(iso)) ? char('0' + iso) : '-';
        }
    };
    days(routine.days);
    for (const Exercise& exercise : routine.exercises) {
        const Progression& p = exercise.progression;
        // The names and aliases too: the log's lines are read through them.
        key += "\nexercise " + exercise.id + " name " + exercise.name + " aliases";
        for (const std::string& alias : exercise.aliases) {
            key += " " + alias;
        }
        key += " then " + exercise.then + " days";
        days(training_days(routine, exercise));
        key += " unit " + std::string(unit_name(p.unit));
        for (int value :
             {p.start_sets, p.start_reps.low, p.start_reps.high, p.target_sets.low,
              p.target_sets.high, p.target_reps.low, p.target_reps.high, p.step, p.weeks_per_step,
              p.step_back_after, p.deload_every, p.sessions_to_meet, p.pain_hold, p.pain_step_back,
              p.step_back_after_missed, p.maintenance.sets, p.maintenance.amount}) {
            append_number(key, value);
        }
    }
    return key;
}

std::string format_checkpoint(const Checkpoint& checkpoint) {
    std::string out = "week " + format_date(checkpoint.monday) + "\n";
    for (const std::optional<ReplayMark>& mark : checkpoint.exercises) {
        if (!mark) {
            out += "-\n";
            continue;
        }
        const LadderState& s = mark->state;
        out += "mark " + format_date(mark->from);
        for (long long value :
             {static_cast<long long>(mark->weeks), static_cast<long long>(s.step),
              static_cast<long long>(s.week), static_cast<long long>(s.met),
              static_cast<long long>(s.short_weeks), static_cast<long long>(s.missed),
              static_cast<long long>(s.break_from), static_cast<long long>(s.paused_weeks),
              static_cast<long long>(s.reached ? 1 : 0)}) {
            append_number(out, value);
        }
        if (mark->reached) {
            out += ' ' + format_date(mark->reached->date) + (mark->reached->ahead ? " 1" : " 0");
        }
        out += '\n';
    }
    out += "first";
    for (const std::optional<Date>& first : checkpoint.first_logged) {
        out += ' ' + (first ? format_date(*first) : "-");
    }
    out += '\n';
    return out;
}

std::optional<Checkpoint> parse_checkpoint(std::string_view text, std::size_t exercises) {
    auto line = [&]() -> std::optional<std::string_view> {
        std::size_t end = text.find('\n');
        if (end == std::string_view::npos) {
            return std::nullopt;
        }
        std::string_view found = text.substr(0, end);
        text.remove_prefix(end + 1);
        return found;
    };
    auto first = line();
    if (!first || !first->starts_with("week ")) {
        return std::nullopt;
    }
    Parsed<Date> monday = read_date(first->substr(5));
    if (!monday || first->size() != 15 || monday.value() != monday_of_week(monday.value())) {
        return std::nullopt;
    }
    Checkpoint checkpoint{monday.value(), {}, {}};
    for (std::size_t e = 0; e < exercises; ++e) {
        auto text_of = line();
        if (!text_of) {
            return std::nullopt;
        }
        if (*text_of == "-") {
            checkpoint.exercises.emplace_back();
        } else if (text_of->starts_with("mark")) {
            auto mark = parse_mark(text_of->substr(4), checkpoint.monday);
            if (!mark) {
                return std::nullopt;
            }
            checkpoint.exercises.push_back(mark);
        } else {
            return std::nullopt;
        }
    }
    auto firsts = line();
    if (!firsts || !firsts->starts_with("first")) {
        return std::nullopt;
    }
    Words words(firsts->substr(5));
    for (std::size_t e = 0; e < exercises; ++e) {
        auto word = words.next();
        if (word && *word == "-") {
            checkpoint.first_logged.emplace_back();
            continue;
        }
        auto date = word ? std::optional(read_date(*word)) : std::nullopt;
        if (!date || !*date || format_date(date->value()) != *word ||
            date->value() >= checkpoint.monday) {
            return std::nullopt; // a first day logged before its week, as format_date writes it
        }
        checkpoint.first_logged.push_back(date->value());
    }
    if (!words.done() || !text.empty()) {
        return std::nullopt;
    }
    return checkpoint;
}

} // namespace backplan::core
