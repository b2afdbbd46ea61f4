#pragma once

// How `backplan train` shows a session and listens: a terminal screen (curses_screen.hpp), or
// lines in and out when standard input is not a terminal (LineScreen). The session itself is
// core::TrainingSession; what the screens say is in the functions below, shared by both.

#include "core/training.hpp"
#include "io/system/signals.hpp"

#include <istream>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace backplan::io {

// What came back from a prompt.
struct Input {
    enum class Kind {
        text,        // a line, or a key, as typed
        interrupted, // SIGINT, SIGTERM or SIGHUP
        closed,      // the end of the input
    };
    Kind kind = Kind::text;
    std::string text;
};

class TrainingScreen {
  public:
    virtual ~TrainingScreen() = default;
    // The set asked for, with its exercise (name, id, prescription, cues) and, when not empty,
    // what was wrong with the last answer.
    virtual void show(const core::TrainingSession& session, std::string_view message) = 0;
    // Waits for the answer to the set shown.
    virtual Input ask(const core::TrainingSession& session) = 0;
    // A timed hold of seconds: a get-ready count, the countdown and a bell at the end. Returns
    // the seconds held (all of them, unless the user stopped it early), or std::nullopt when
    // interrupted.
    virtual std::optional<int> hold(int seconds) = 0;
    // A rest of seconds before the set the session asks for next (shown, with its exercise, so
    // that its cues can be read meanwhile): a countdown that the user may end early or
    // lengthen. False when interrupted.
    virtual bool rest(const core::TrainingSession& session, int seconds) = 0;
    // The line appended to the log.
    virtual void logged(std::string_view line) = 0;
    // What is to be said of the log between answers: that it waits for the lock, that sets are
    // kept for it.
    virtual void note(std::string_view message) = 0;
    // The end: the summary, to stay on the terminal.
    virtual void finish(const std::vector<std::string>& summary) = 0;
};

// The screen for standard input that is not a terminal: one answer per line, and no waiting
// (rests and holds are said, not timed), so that a file or a test can drive it.
class LineScreen : public TrainingScreen {
  public:
    LineScreen(std::istream& in, std::ostream& out, const InterruptCatcher& interrupts)
        : m_in(in), m_out(out), m_interrupts(interrupts) {}
    void show(const core::TrainingSession& session, std::string_view message) override;
    Input ask(const core::TrainingSession& session) override;
    std::optional<int> hold(int seconds) override;
    bool rest(const core::TrainingSession& session, int seconds) override;
    void logged(std::string_view line) override;
    void note(std::string_view message) override;
    void finish(const std::vector<std::string>& summary) override;

  private:
    std::istream& m_in;
    std::ostream& m_out;
    const InterruptCatcher& m_interrupts;
    std::size_t m_shown = 0; // the exercise whose heading was written last, from 1
};

// "action2  Towel prone row: 3 x 16 reps".
std::string exercise_heading(const core::TrainingExercise& exercise);

// "Exercise 2 of 6", and ", skipped earlier today" for an exercise offered last for that.
std::string exercise_count_text(const core::TrainingSession& session);

// "Set 2 of 3: 16 reps", "Set 1 of 2: hold 30 s".
std::string set_text(const core::TrainingSession& session);

// The keys that answer a set: "Enter: 16 done   a number: the reps done   s: skip   q: quit".
std::string answer_keys(const core::TrainingSession& session);

// Why an answer was not taken: "expected Enter, reps from 1 to 1000, s or q; got 'x'".
std::string bad_answer_text(const core::TrainingSession& session, std::string_view typed);

// The summary: each exercise's sets done against planned, how long it took, and what is next.
std::vector<std::string> summary_lines(const core::TrainingSession& session, int minutes,
                                       std::string_view next);

} // namespace backplan::io
