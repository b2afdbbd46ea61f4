#pragma once

#include "io/screens/training_screen.hpp"

#include <memory>
#include <string>
#include <vector>

namespace backplan::io {

// The session on the terminal, through ncurses: redrawn in place, fitted to the terminal's size
// (80x24 and up; smaller works, with less shown) and redrawn when it changes, keys read as they
// are pressed, countdowns with a progress bar, the terminal's own bell. The terminal is restored
// when the screen goes, however the session ends; what should stay on it afterwards (the lines
// logged, the summary) is written to out then.
class CursesScreen : public TrainingScreen {
  public:
    // Takes over the terminal on standard input and output; color as --color and NO_COLOR say.
    // day heads the screen ("Mon 2026-11-23"). Throws Error when the terminal cannot be used
    // (TERM unset or unknown).
    CursesScreen(std::ostream& out, const InterruptCatcher& interrupts, std::string day,
                 bool color);
    ~CursesScreen() override;

    void show(const core::TrainingSession& session, std::string_view message) override;
    Input ask(const core::TrainingSession& session) override;
    std::optional<int> hold(int seconds) override;
    bool rest(const core::TrainingSession& session, int seconds) override;
    void logged(std::string_view line) override;
    void note(std::string_view message) override;
    void finish(const std::vector<std::string>& summary) override;

  private:
    struct Frame;
    // Puts the session's exercise and set in the frame.
    void set_exercise(const core::TrainingSession& session);
    void draw();
    // Waits up to the timeout for a key; ERR when none came.
    int key(int timeout_ms);
    // Counts down seconds, "TITLE m:ss AFTER" with a bar under it; true when it ran out, false
    // when a key ended it (+ adds 15 s when lengthen is set); std::nullopt when interrupted.
    std::optional<bool> countdown(const std::string& title, const std::string& after, int& seconds,
                                  bool lengthen, const std::string& keys, int& elapsed);

    std::ostream& m_out;
    const InterruptCatcher& m_interrupts;
    std::unique_ptr<Frame> m_frame;
    std::vector<std::string> m_logged;
    std::string m_note; // the last note, until the next line logged
    bool m_color = false;
    bool m_unicode_lines = false; // the locale is UTF-8: lines in box characters, not ACS
    bool m_open = false;
};

} // namespace backplan::io
