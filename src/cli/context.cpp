#include "cli/context.hpp"

#include "cli/arguments.hpp"
#include "cli/diagnostics.hpp"
#include "core/identity.hpp"
#include "core/text.hpp"
#include "io/system/clock.hpp"
#include "io/templates/template_lookup.hpp"

#include <spdlog/spdlog.h>

#include <cstring>

namespace backplan::cli {

Context::Context(io::System& system, const GlobalOptions& global, Settings settings)
    : m_system(system), m_global(global), m_settings(std::move(settings)),
      m_dirs(io::template_dirs(system.environment())),
      m_terminal(io::terminal_of(system.environment())), m_now(io::timestamp_now(system)) {
    if (global.color != "auto") {
        m_terminal.color = global.color == "always";
    }
}

std::optional<std::string> Context::template_spec() const {
    return m_settings.get("template", m_global.template_spec).value;
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
    return scheduled(std::move(routine));
}

core::Routine Context::scheduled(core::Routine routine) const {
    // The config file's days are the user's standing schedule: they replace the routine's and
    // every exercise's, for the plan and for judging its weeks alike.
    if (auto days = m_settings.get("days", std::nullopt).value) {
        routine.days = core::parse_weekdays(*days);
        for (core::Exercise& exercise : routine.exercises) {
            exercise.days.reset();
        }
    }
    return routine;
}

std::string Context::log_path() const {
    return *m_settings.get("log", m_global.log).value;
}

io::LogStore Context::log() const {
    return io::LogStore(m_system, log_path());
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

core::LogHistory Context::history(const core::Routine& routine, core::Date needed_from) const {
    io::LogStore store = log();
    io::LogReading reading;
    core::LogHistory history = timed(m_system, "read the log", [&] {
        return store.history(routine, reading, now().date, needed_from);
    });
    report_reading(reading, store.path());
    say_reading(reading, store.path());
    if (!reading.checkpoint.empty()) {
        spdlog::debug("{}", reading.checkpoint);
    }
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

void refuse_overwriting_inputs(const Context& context, std::string_view option,
                               const std::string& path) {
    auto refuse_if_same = [&](const std::string& input, const char* what) {
        if (context.system().same_file(path, input)) {
            throw Error(ExitCode::usage, std::string(option) + ": " + path + " is the active " +
                                             what + "; refusing to overwrite it");
        }
    };
    std::optional<std::string> log;
    try {
        log = context.log_path();
    } catch (const Error&) {
        // No log can be worked out (no HOME): there is none to overwrite.
    }
    if (log) {
        refuse_if_same(*log, "log");
    }
    if (auto file = io::find_template_file(context.system(), context.template_spec(),
                                           context.template_dirs())) {
        refuse_if_same(*file, "template");
    }
    if (!context.template_dirs().config_file.empty()) {
        refuse_if_same(context.template_dirs().config_file, "config file");
    }
}

} // namespace backplan::cli
