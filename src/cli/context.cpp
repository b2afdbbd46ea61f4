#include "cli/arguments.hpp"
#include "cli/command.hpp"
#include "cli/diagnostics.hpp"
#include "core/identity.hpp"
#include "core/text.hpp"
#include "io/system/clock.hpp"
#include "io/system/fd_output.hpp"
#include "io/templates/template_lookup.hpp"

#include <spdlog/spdlog.h>

#include <cstring>

namespace backplan::cli {

CLI::Option* CompletionHints::completes(CLI::Option* option, Completion completion) {
    m_hints[option] = std::move(completion);
    return option;
}

Completion CompletionHints::completion(const CLI::Option* option) const {
    auto found = m_hints.find(option);
    return found == m_hints.end() ? Completion{} : found->second;
}

const Command* MadeCommands::find(std::string_view name) const {
    for (const MadeCommand& made : commands) {
        if (made.name == name) {
            return made.command.get();
        }
    }
    return nullptr;
}

Context::Context(io::System& system, const GlobalOptions& global, io::Settings settings,
                 const CLI::App& app, const MadeCommands& commands)
    : m_system(system), m_global(global), m_settings(std::move(settings)),
      m_dirs(io::template_dirs(system.environment())),
      m_terminal(io::terminal_of(system.environment())), m_now(io::timestamp_now(system)),
      m_app(app), m_commands(commands) {
    if (global.color != "auto") {
        m_terminal.color = global.color == "always";
    }
}

std::optional<io::Setting> Context::setting(std::string_view key) const {
    auto found = m_settings.find(std::string(key));
    return found == m_settings.end() ? std::nullopt : std::optional<io::Setting>(found->second);
}

std::optional<std::string> Context::template_spec() const {
    if (m_global.template_spec) {
        return file_argument("--template", *m_global.template_spec);
    }
    if (auto value = setting("template")) {
        return io::expand_home(value->value, environment());
    }
    return std::nullopt;
}

io::TemplateSource Context::template_source() const {
    return io::find_template(m_system, template_spec(), m_dirs);
}

core::Routine Context::routine() const {
    core::Routine routine = timed(m_system, "read the template", [&] {
        io::TemplateSource source = template_source();
        // The built-in routine is compiled in: io::builtin_routine, never parsed.
        core::Routine read = source.builtin ? io::builtin_routine() : io::parse_template(source);
        spdlog::info("template: {} ({} {})",
                     source.builtin ? "built-in " + std::string(io::default_template_name)
                                    : source.name,
                     read.exercises.size(), read.exercises.size() == 1 ? "exercise" : "exercises");
        return read;
    });
    // The config file's days are the user's standing schedule: they replace the routine's and
    // every exercise's, for the plan and for judging its weeks alike.
    if (auto days = setting("days")) {
        routine.days = core::parse_weekdays(days->value);
        for (core::Exercise& exercise : routine.exercises) {
            exercise.days.reset();
        }
    }
    return routine;
}

std::string Context::log_path() const {
    std::optional<std::string> option = m_global.log;
    if (option) {
        file_argument("--log", *option);
    } else if (environment().backplan_log == "-") {
        file_argument("BACKPLAN_LOG", environment().backplan_log);
    }
    // The environment (BACKPLAN_LOG) beats the config file.
    if (!option && environment().backplan_log.empty()) {
        if (auto value = setting("log")) {
            option = io::expand_home(value->value, environment());
        }
    }
    return io::log_path(option, environment());
}

io::LogStore Context::log() const {
    return io::LogStore(m_system, log_path());
}

io::LogStore Context::log_for_appending(const std::function<void(const std::string&)>& tell) const {
    std::string path = log_path();
    io::AppendSettings settings{io::data_directory(environment()), io::lock_wait(environment())};
    auto seconds = std::chrono::duration_cast<std::chrono::seconds>(settings.wait.limit).count();
    std::string waiting = "waiting for the lock on " + path +
                          ": another process is appending to it (giving up after " +
                          std::to_string(seconds) + " s)";
    settings.wait.waiting = [waiting, tell] {
        if (tell) {
            tell(waiting);
        } else {
            spdlog::warn("{}", waiting);
        }
    };
    return io::LogStore(m_system, path, std::move(settings));
}

void Context::append_and_echo(const core::LogEntry& record, const core::Routine* routine,
                              std::string_view what, const std::string& then,
                              std::ostream& out) const {
    io::LogStore store = log_for_appending();
    echo(store, store.append(record, routine), what, then, out);
}

void Context::echo(const io::LogStore& store, const io::Appended& appended, std::string_view what,
                   const std::string& then, std::ostream& out) const {
    spdlog::info("appended to {}", store.path());
    if (appended.moved_from) {
        core::LogEntry asked = appended.entry;
        asked.time = *appended.moved_from;
        spdlog::warn("{}", core::moved_message(asked, appended.entry.time));
    }
    const std::string& line = appended.line;
    out << line << '\n';
    if (!then.empty()) {
        out << then << '\n';
    }
    if (int error = io::flush_echo(out)) {
        spdlog::warn("{}: {} was recorded, but could not be printed: {}", store.path(), what,
                     std::strerror(error));
    }
}

void Context::refuse_overwriting_inputs(std::string_view option, const std::string& path) const {
    auto refuse_if_same = [&](const std::string& input, const char* what) {
        if (m_system.same_file(path, input)) {
            throw Error(ExitCode::usage, std::string(option) + ": " + path + " is the active " +
                                             what + "; refusing to overwrite it");
        }
    };
    std::optional<std::string> log;
    try {
        log = log_path();
    } catch (const Error&) {
        // No log can be worked out (no HOME): there is none to overwrite.
    }
    if (log) {
        refuse_if_same(*log, "log");
    }
    if (auto file = io::find_template_file(m_system, template_spec(), m_dirs)) {
        refuse_if_same(*file, "template");
    }
    if (!m_dirs.config_file.empty()) {
        refuse_if_same(m_dirs.config_file, "config file");
    }
}

core::Timestamp Context::at_time(const char* option, const std::string& text) const {
    AtTime at = option_value(option, [&] { return parse_at(text, m_now); });
    if (at.exact) {
        return *at.exact;
    }
    core::LocalResolution resolution = m_system.resolve_local_time(at.local);
    if (resolution.kind == core::LocalResolution::Kind::repeated) {
        spdlog::warn("{}: {}", option, core::repeated_message(at.local, resolution));
    }
    try {
        return core::resolved_timestamp(at.local, resolution);
    } catch (const ValueError& error) {
        throw ValueError(std::string(option) + ": " + error.what());
    }
}

core::LogHistory Context::history(const core::Routine& routine) const {
    io::LogStore store = log();
    io::LogReading reading;
    core::LogHistory history =
        timed(m_system, "read the log", [&] { return store.history(routine, reading); });
    report_reading(reading, store.path());
    say_reading(reading, store.path());
    return history;
}

const std::string& file_argument(std::string_view option, const std::string& value) {
    if (value == "-") {
        throw Error(ExitCode::usage, std::string(option) +
                                         ": expected a file, got '-' (standard input and output "
                                         "are not supported here)");
    }
    return value;
}

void report_reading(const io::LogReading& reading, const std::string& path) {
    if (reading.missing) {
        spdlog::debug("{}: no log yet; the plan starts at each ladder's first step", path);
    }
    for (const Diagnostic& line : reading.described) {
        spdlog::warn("{}", to_string(line));
    }
    if (reading.skipped > reading.described.size()) {
        std::size_t more = reading.skipped - reading.described.size();
        spdlog::warn("{}: {} could not be read and {} skipped; see backplan check {}", path,
                     core::counted(static_cast<long long>(more), "more line", "more lines"),
                     more == 1 ? "was" : "were", path);
    }
}

} // namespace backplan::cli
