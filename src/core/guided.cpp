#include "core/guided.hpp"

#include "core/text.hpp"

namespace backplan::core {
namespace {

// The session's loop and the records it keeps for the lock.
class Guide {
  public:
    Guide(GuidedPort& port, std::optional<Timestamp> logged_at)
        : m_port(port), m_logged_at(logged_at) {}

    // Runs the session to its end; true when it stopped before it.
    bool run(TrainingSession& session, std::string notice) {
        while (!session.finished()) {
            std::optional<Answer> answer = next_answer(session, notice);
            notice.clear();
            if (!answer) {
                append(session.stop());
                return true;
            }
            if (answer->kind == Answer::Kind::done && session.sets_done().empty()) {
                m_first_set = m_port.now();
            }
            int rest = session.exercise().rest; // after a set of this exercise
            append(session.answer(*answer));
            if (answer->kind == Answer::Kind::done && !session.finished() && rest > 0 &&
                !m_port.rest(session, rest)) {
                append(session.stop());
                return true;
            }
        }
        return false;
    }

    // Tries the kept records once more; what is left.
    std::vector<LogEntry> flush() {
        append_kept();
        return m_kept;
    }

  private:
    // The answer to the set shown, a timed hold run when it is one; std::nullopt when the
    // session ends there.
    std::optional<Answer> next_answer(const TrainingSession& session, const std::string& notice) {
        std::optional<std::string> refused;
        for (;;) {
            m_port.show(session, refused ? std::string_view() : std::string_view(notice),
                        refused ? std::optional<std::string_view>(*refused) : std::nullopt);
            std::optional<std::string> typed = m_port.ask(session);
            if (!typed) {
                return std::nullopt;
            }
            const TrainingExercise& exercise = session.exercise();
            std::optional<Answer> answer = parse_answer(*typed, exercise.unit);
            if (!answer) {
                refused = *typed;
                continue;
            }
            if (exercise.unit == Unit::seconds && answer->kind == Answer::Kind::done &&
                !answer->amount) {
                std::optional<int> held = m_port.hold(exercise.step.amount);
                if (!held) {
                    return std::nullopt;
                }
                answer->amount = *held;
            }
            return answer;
        }
    }

    // Appends the kept records, then the exercise's; what the lock keeps out is kept.
    void append(const std::optional<ExerciseDone>& done) {
        if (!done) {
            return;
        }
        LogEntry record;
        // When the exercise's first set was done, or noon of the day given.
        record.time = m_logged_at.value_or(m_first_set);
        record.id = done->id;
        record.unit = done->unit;
        record.amounts = done->amounts;
        m_kept.push_back(record);
        if (!append_kept()) {
            m_port.note("Log locked by another process: " +
                        counted(static_cast<long long>(m_kept.size()), "exercise", "exercises") +
                        " kept, tried again after the next one");
        }
    }

    // Appends the kept records in order; false when the lock keeps one out.
    bool append_kept() {
        while (!m_kept.empty()) {
            if (!m_port.append(m_kept.front())) {
                return false;
            }
            m_kept.erase(m_kept.begin());
        }
        return true;
    }

    GuidedPort& m_port;
    std::optional<Timestamp> m_logged_at;
    Timestamp m_first_set;
    std::vector<LogEntry> m_kept;
};

} // namespace

GuidedEnd run_guided(TrainingSession& session, GuidedPort& port, std::optional<Timestamp> logged_at,
                     const std::string& notice) {
    Guide guide(port, logged_at);
    GuidedEnd end;
    end.stopped = guide.run(session, notice);
    end.unlogged = guide.flush();
    return end;
}

std::string shell_word(std::string_view word) {
    bool safe = !word.empty() && word.find_first_not_of("abcdefghijklmnopqrstuvwxyz"
                                                        "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
                                                        "-_./:+=@%,") == std::string_view::npos;
    if (safe) {
        return std::string(word);
    }
    std::string quoted = "'";
    for (char c : word) {
        quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return quoted + "'";
}

std::vector<std::string> unlogged_lines(const std::vector<LogEntry>& records,
                                        const std::optional<std::string>& template_spec,
                                        const std::string& log) {
    if (records.empty()) {
        return {};
    }
    std::vector<std::string> lines{std::string("Not logged, the log stayed locked. To log ") +
                                   (records.size() == 1 ? "it" : "them") + ", run:"};
    for (const LogEntry& record : records) {
        std::string command = "backplan";
        if (template_spec) {
            command += " -t " + shell_word(*template_spec);
        }
        command += " --log " + shell_word(log) + " log " + record.id;
        for (int amount : record.amounts) {
            command += " " + std::to_string(amount) + (record.unit == Unit::seconds ? "s" : "");
        }
        command += " --at " + format_timestamp(record.time);
        lines.push_back("  " + command);
    }
    return lines;
}

} // namespace backplan::core
