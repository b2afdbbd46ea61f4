#pragma once

// What the log holds, gathered for the rules: each exercise's sessions, one a date, and the
// log's pauses.

#include "core/log_line.hpp"
#include "core/pauses.hpp"
#include "core/progression.hpp"

#include <array>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <string>
#include <string_view>

namespace backplan::core {

// Everything logged for one exercise on one date, however many log lines it took.
struct Session {
    Date date;
    // Beside the date, where they fill what would be padding: 64 bytes a session, not 72 (a
    // 50-year log holds 47,000 of them, and each page of memory touched costs about 5 µs).
    std::int16_t pain = -1; // the highest pain reported that day (core/pain.hpp); -1 for none
    // Once ten sets are kept, the lowest of them: a set past the tenth that is no higher is
    // passed over at once (a day of hundreds of sets: report over 1M lines 1.51G -> 1.30G
    // instructions).
    std::uint16_t lowest = 0;
    std::int64_t sets = 0;
    std::int64_t total = 0; // reps, or seconds, of all its sets: 64 bits, which no log fills
    // The amounts of its sets in the order they were done (by the time of their log lines, then
    // the lines' order); past the tenth set, a set higher than the lowest kept takes its place:
    // every step asks for at most ten sets, so the ten highest tell whether one was met.
    // (Two bytes each: an amount is at most 3600, a minute of the day at most 1439; a log of
    // years holds hundreds of thousands of sessions.)
    std::array<std::uint16_t, sets_limits.high> amounts{};
    std::array<std::uint16_t, sets_limits.high> minutes{}; // each one's minute of its local day

    // Adds a set of amount done at the time (seconds into the day) of its log line. Inline, with
    // a set past the tenth that is no higher than the lowest kept passed over here, as is the
    // session of the line before in Sessions::on (report over 1M lines, hundreds of sets a day:
    // 1,078M -> 972M instructions).
    void add(int amount, int time = 0) {
        ++sets;
        total += amount;
        if (sets > static_cast<std::int64_t>(amounts.size()) && amount <= lowest) {
            return;
        }
        keep(amount, time);
    }
    // Keeps the set just added among the amounts.
    void keep(int amount, int time);
    // How many amounts are kept: the sets, at most ten.
    int kept() const;
    // The highest amount of one set.
    int best_set() const;
    // How many of its sets reached amount (counting at most the highest ten).
    int sets_reaching(int amount) const;
    // True when at least step.sets of its sets reached step.amount.
    bool meets(Step step) const;
};

// One exercise's sessions, oldest first, one a date. Kept in a deque: no node per session and
// no doubling, as a log that spans years holds thousands.
class Sessions {
  public:
    using const_iterator = std::deque<Session>::const_iterator;
    const_iterator begin() const { return m_sessions.begin(); }
    const_iterator end() const { return m_sessions.end(); }
    bool empty() const { return m_sessions.empty(); }
    std::size_t size() const { return m_sessions.size(); }
    // The first session on or after date.
    const_iterator lower_bound(Date date) const;
    // The session of date, or nullptr.
    const Session* find(Date date) const;
    // The session of date, added empty when there is none. The newest session is the common
    // case, as a log is nearly in time order: looked at inline.
    Session& on(Date date) {
        return !m_sessions.empty() && m_sessions.back().date == date ? m_sessions.back()
                                                                     : on_other(date);
    }

  private:
    Session& on_other(Date date);
    std::deque<Session> m_sessions;
};

// The sessions of every exercise, by id then date, gathered in one pass over the log.
struct Checkpoint;

class LogHistory {
  public:
    // Adds the entry's sets to its exercise's session of that day.
    void add(const LogEntry& entry) { add(sessions_of(entry.id), entry); }
    // Adds the entry's sets to its session of that day in sessions (its exercise's).
    static void add(Sessions& sessions, const LogEntry& entry);
    // The exercise's sessions, oldest first; empty when it was never logged.
    const Sessions& sessions(std::string_view id) const;
    // The exercise's sessions, to add to: made empty when there are none. The reference stays
    // valid as long as the history.
    Sessions& sessions_of(std::string_view id);
    // The log's pauses, and to add to them.
    const Pauses& pauses() const { return m_pauses; }
    Pauses& pauses() { return m_pauses; }
    // The checkpoint the replays go on from, when the history holds only the sessions from its
    // week on (io::LogStore::history with one): a Coach of it answers for dates from then on.
    const Checkpoint* resume() const { return m_resume.get(); }
    void resume_from(std::shared_ptr<const Checkpoint> checkpoint) {
        m_resume = std::move(checkpoint);
    }

  private:
    std::map<std::string, Sessions, std::less<>> m_exercises;
    Pauses m_pauses;
    std::shared_ptr<const Checkpoint> m_resume;
};

} // namespace backplan::core
