#include "cli/recording.hpp"

#include "cli/arguments.hpp"
#include "core/identity.hpp"
#include "io/system/fd_output.hpp"

#include <spdlog/spdlog.h>

#include <cstring>

namespace backplan::cli {

io::LogStore log_for_appending(const Context& context,
                               const std::function<void(const std::string&)>& tell) {
    std::string path = context.log_path();
    io::AppendSettings settings{io::data_directory(context.environment()),
                                io::lock_wait(context.environment())};
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
    return io::LogStore(context.system(), path, std::move(settings));
}

void append_and_echo(const Context& context, const core::LogEntry& record,
                     const core::Routine* routine, std::string_view what, const std::string& then,
                     std::ostream& out) {
    io::LogStore store = log_for_appending(context);
    echo(store, store.append(record, routine), what, then, out);
}

void echo(const io::LogStore& store, const io::Appended& appended, std::string_view what,
          const std::string& then, std::ostream& out) {
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

core::Timestamp at_time(const Context& context, const char* option, const std::string& text,
                        TodayAt today_at) {
    AtTime at =
        option_value(option, [&] { return parse_at(text, context.now_timestamp(), today_at); });
    if (at.exact) {
        return *at.exact;
    }
    core::LocalResolution resolution = context.system().resolve_local_time(at.local);
    if (resolution.kind == core::LocalResolution::Kind::repeated) {
        spdlog::warn("{}: {}", option, core::repeated_message(at.local, resolution));
    }
    try {
        return core::resolved_timestamp(at.local, resolution);
    } catch (const ValueError& error) {
        throw ValueError(std::string(option) + ": " + error.what());
    }
}

} // namespace backplan::cli
