#include "io/screens/curses_screen.hpp"

#include "core/error.hpp"
#include "core/text.hpp"
#include "io/formats/display_width.hpp"
#include "io/formats/text_writer.hpp"

#include <chrono>
#include <clocale>
#include <cstdio>
#include <langinfo.h>
#include <ncurses.h>

namespace backplan::io {
namespace {

enum Pair : short { title_pair = 1, bar_pair, message_pair };

constexpr int get_ready_seconds = 5;
constexpr int rest_step = 15;
constexpr int tick_ms = 200;

std::string clock_text(int seconds) {
    char text[16];
    std::snprintf(text, sizeof text, "%d:%02d", seconds / 60, seconds % 60);
    return text;
}

bool is_enter(int ch) {
    return ch == '\n' || ch == '\r' || ch == KEY_ENTER;
}

} // namespace

// What is on the screen, drawn anew on every change and on every resize.
struct CursesScreen::Frame {
    std::string day;
    std::string count;   // "Exercise 2 of 6"
    std::string heading; // "action2  Towel prone row: 3 x 16 reps"
    std::vector<std::string> cues;
    std::string status;   // "Set 2 of 3: 16 reps", "Rest 0:45"
    double progress = -1; // 0..1 for a bar under the status, or none
    std::string input;    // what is being typed
    bool typing = false;
    std::string message; // what was wrong
    std::string keys;    // the keys that work now
};

CursesScreen::CursesScreen(std::ostream& out, const InterruptCatcher& interrupts, std::string day,
                           bool color)
    : m_out(out), m_interrupts(interrupts), m_frame(std::make_unique<Frame>()) {
    m_frame->day = std::move(day);
    std::setlocale(LC_CTYPE, ""); // names are UTF-8: ncursesw writes them in the locale's way
    // Lines are drawn with Unicode's box characters where the locale is UTF-8: a terminal in
    // UTF-8 may ignore the line-drawing set (ESC ( 0) that ACS_HLINE selects, and show "qqq".
    m_unicode_lines = std::string_view(::nl_langinfo(CODESET)) == "UTF-8";
    if (newterm(nullptr, stdout, stdin) == nullptr) {
        throw Error(ExitCode::software, "cannot use the terminal (TERM is unset or unknown)");
    }
    m_open = true;
    cbreak(); // keys as they are pressed; Ctrl-C still interrupts
    noecho();
    keypad(stdscr, TRUE);
    curs_set(0);
    m_color = color && has_colors();
    if (m_color) {
        start_color();
        use_default_colors();
        init_pair(title_pair, COLOR_CYAN, -1);
        init_pair(bar_pair, COLOR_GREEN, -1);
        init_pair(message_pair, COLOR_RED, -1);
    }
}

CursesScreen::~CursesScreen() {
    if (m_open) {
        endwin();
    }
}

void CursesScreen::draw() {
    erase();
    int rows = LINES;
    auto width = static_cast<std::size_t>(COLS > 1 ? COLS - 1 : 1);
    auto put = [&](int row, int column, const std::string& text, attr_t attributes) {
        if (row < 0 || row >= rows) {
            return;
        }
        std::size_t room =
            column < static_cast<int>(width) ? width - static_cast<std::size_t>(column) : 0;
        attron(attributes);
        mvaddstr(row, column, truncate_to_width(text, room).c_str());
        attroff(attributes);
    };
    auto colored = [&](Pair pair) {
        return m_color ? COLOR_PAIR(pair) : A_NORMAL;
    };
    const Frame& f = *m_frame;
    put(0, 0, "backplan train  " + f.day, A_BOLD | colored(title_pair));
    if (display_width(f.count) < width) {
        put(0, static_cast<int>(width - display_width(f.count)), f.count, A_BOLD);
    }
    if (m_unicode_lines) {
        std::string rule;
        for (int column = 0; column < COLS; ++column) {
            rule += "\u2500"; // BOX DRAWINGS LIGHT HORIZONTAL
        }
        mvaddstr(1, 0, rule.c_str());
    } else {
        mvhline(1, 0, ACS_HLINE, COLS);
    }
    put(3, 0, f.heading, A_BOLD);
    // The bottom six rows hold the set, its bar or input, the message and the keys; the cues
    // get what is left above them.
    int status_row = std::max(5, rows - 7);
    int row = 5;
    for (const std::string& cue : f.cues) {
        std::string wrapped = wrap_text(cue, width, "- ", "  ");
        for (std::size_t start = 0; start <= wrapped.size() && row < status_row - 1;) {
            std::size_t end = std::min(wrapped.find('\n', start), wrapped.size());
            put(row++, 0, wrapped.substr(start, end - start), A_NORMAL);
            start = end + 1;
        }
    }
    put(status_row, 0, f.status, A_BOLD | colored(title_pair));
    if (f.progress >= 0) {
        std::size_t bar = width > 2 ? width - 2 : 1;
        auto filled = static_cast<std::size_t>(f.progress * static_cast<double>(bar) + 0.5);
        put(status_row + 1, 0, "[", A_NORMAL);
        put(status_row + 1, 1, std::string(std::min(filled, bar), '#'), A_BOLD | colored(bar_pair));
        put(status_row + 1, static_cast<int>(bar) + 1, "]", A_NORMAL);
    } else if (f.typing) {
        put(status_row + 1, 0, "> " + f.input, A_NORMAL);
    }
    put(status_row + 3, 0, f.message, A_BOLD | colored(message_pair));
    if (!m_note.empty()) {
        put(status_row + 4, 0, m_note, A_BOLD);
    } else if (!m_logged.empty()) {
        put(status_row + 4, 0, "Logged: " + m_logged.back(), A_DIM);
    }
    put(rows - 1, 0, f.keys, A_REVERSE);
    refresh();
}

int CursesScreen::key(int timeout_ms) {
    timeout(timeout_ms);
    int ch = getch();
    if (ch == KEY_RESIZE) {
        draw();
        return ERR;
    }
    return ch;
}

void CursesScreen::set_exercise(const core::TrainingSession& session) {
    Frame& f = *m_frame;
    f.count = exercise_count_text(session);
    f.heading = exercise_heading(session.exercise());
    f.cues = session.exercise().cues;
}

void CursesScreen::show(const core::TrainingSession& session, std::string_view message) {
    set_exercise(session);
    Frame& f = *m_frame;
    f.status = set_text(session);
    f.progress = -1;
    f.typing = true;
    f.input.clear();
    // One row for it: the first line of a message of several (the cautions train starts with).
    f.message = message.substr(0, message.find('\n'));
    f.keys = answer_keys(session);
    draw();
}

Input CursesScreen::ask(const core::TrainingSession& session) {
    Frame& f = *m_frame;
    std::size_t max_digits = session.exercise().unit == core::Unit::seconds ? 4 : 4;
    for (;;) {
        if (m_interrupts.caught() != 0) {
            return {Input::Kind::interrupted, ""};
        }
        int ch = key(tick_ms);
        if (ch == ERR) {
            continue;
        }
        if (is_enter(ch)) {
            return {Input::Kind::text, f.input};
        }
        if (ch == KEY_BACKSPACE || ch == 127 || ch == 8) {
            if (!f.input.empty()) {
                f.input.pop_back();
            }
        } else if (ch >= '0' && ch <= '9' && f.input.size() < max_digits) {
            f.input += static_cast<char>(ch);
        } else if ((ch == 's' || ch == 'q') && f.input.empty()) {
            return {Input::Kind::text, std::string(1, static_cast<char>(ch))};
        }
        draw();
    }
}

std::optional<bool> CursesScreen::countdown(const std::string& title, const std::string& after,
                                            int& seconds, bool lengthen, const std::string& keys,
                                            int& elapsed) {
    Frame& f = *m_frame;
    f.typing = false;
    f.message.clear();
    f.keys = keys;
    auto start = std::chrono::steady_clock::now();
    for (;;) {
        if (m_interrupts.caught() != 0) {
            return std::nullopt;
        }
        elapsed = static_cast<int>(std::chrono::duration_cast<std::chrono::seconds>(
                                       std::chrono::steady_clock::now() - start)
                                       .count());
        int left = seconds - elapsed;
        if (left <= 0) {
            elapsed = seconds;
            return true;
        }
        f.status = title + " " + clock_text(left) + after;
        f.progress = static_cast<double>(elapsed) / seconds;
        draw();
        int ch = key(tick_ms);
        if (ch == '+' && lengthen) {
            seconds += rest_step;
        } else if (ch != ERR) {
            return false;
        }
    }
}

std::optional<int> CursesScreen::hold(int seconds) {
    int elapsed = 0;
    int ready = get_ready_seconds;
    if (!countdown("Get ready", "", ready, false, "any key: start now", elapsed)) {
        return std::nullopt;
    }
    std::optional<bool> ran_out = countdown("Hold", "", seconds, false, "any key: stop", elapsed);
    if (!ran_out) {
        return std::nullopt;
    }
    beep();
    return std::max(1, elapsed);
}

bool CursesScreen::rest(const core::TrainingSession& session, int seconds) {
    set_exercise(session);
    int elapsed = 0;
    std::string next = set_text(session);
    next[0] = static_cast<char>(core::ascii_lower(next[0])); // "Set" -> ", then set"
    std::optional<bool> ran_out = countdown("Rest", ", then " + next, seconds, true,
                                            "any key: go on   +: 15 s more", elapsed);
    if (ran_out && *ran_out) {
        beep();
    }
    return ran_out.has_value();
}

void CursesScreen::logged(std::string_view line) {
    m_logged.emplace_back(line);
    m_note.clear();
    draw();
}

void CursesScreen::note(std::string_view message) {
    m_note = message;
    draw();
}

void CursesScreen::finish(const std::vector<std::string>& summary) {
    endwin();
    m_open = false;
    for (const std::string& line : m_logged) {
        m_out << "Logged: " << line << '\n';
    }
    for (const std::string& line : summary) {
        m_out << line << '\n';
    }
}

} // namespace backplan::io
