#include "cli/train_log.hpp"

#include "core/log_line.hpp"

#include <spdlog/spdlog.h>

namespace backplan::cli {

SessionLog::SessionLog(const Context& context, io::TrainingScreen& screen)
    : m_context(context), m_screen(screen),
      // The wait for the lock is said on the screen: standard error would be drawn over.
      m_store(context.log_for_appending(
          [&screen](const std::string& message) { screen.note(message); })) {}

void SessionLog::append(const core::LogEntry& record) {
    m_kept.push_back(record);
    if (!flush()) {
        m_screen.note("Log locked by another process: " + std::to_string(m_kept.size()) +
                      (m_kept.size() == 1 ? " exercise" : " exercises") +
                      " kept, tried again after the next one");
    }
}

bool SessionLog::flush() {
    while (!m_kept.empty()) {
        if (!append_kept()) {
            return false;
        }
    }
    return true;
}

bool SessionLog::append_kept() {
    try {
        m_screen.logged(m_store.append(m_kept.front()).line);
    } catch (const Error& error) {
        if (error.code() != ExitCode::temporary) {
            throw;
        }
        return false;
    }
    m_kept.erase(m_kept.begin());
    return true;
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

std::vector<std::string> SessionLog::unlogged() const {
    std::vector<std::string> commands;
    const GlobalOptions& global = m_context.global();
    for (const core::LogEntry& record : m_kept) {
        std::string command = "backplan";
        if (global.template_spec) {
            command += " -t " + shell_word(*global.template_spec);
        }
        command += " --log " + shell_word(m_store.path()) + " log " + record.id;
        for (int amount : record.amounts) {
            command +=
                " " + std::to_string(amount) + (record.unit == core::Unit::seconds ? "s" : "");
        }
        command += " --at " + core::format_timestamp(record.time);
        commands.push_back(command);
    }
    return commands;
}

ExitCode not_logged(const std::string& log) {
    spdlog::error("{}: another process held the lock to the end of the session; what was not "
                  "logged is above, with the backplan log commands that log it",
                  log);
    return ExitCode::temporary;
}

std::vector<std::string> unlogged_lines(const std::vector<std::string>& commands) {
    if (commands.empty()) {
        return {};
    }
    std::vector<std::string> lines{std::string("Not logged, the log stayed locked. To log ") +
                                   (commands.size() == 1 ? "it" : "them") + ", run:"};
    for (const std::string& command : commands) {
        lines.push_back("  " + command);
    }
    return lines;
}

} // namespace backplan::cli
