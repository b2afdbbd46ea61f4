#include "cli/arguments.hpp"
#include "cli/command.hpp"
#include "cli/diagnostics.hpp"
#include "cli/usage.hpp"
#include "core/app_sets.hpp"
#include "core/match.hpp"
#include "io/formats/app_writer.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <numeric>

namespace backplan::cli {
namespace {

using Pass = std::function<io::LogReading(
    const std::function<void(const core::LogEntry&, std::string_view mark)>&)>;

// Appends an entry, after its mark, to the text being written.
using Writer = std::function<void(std::string& out, const core::LogEntry&, std::string_view mark)>;

// The entries a pass gives, as lines after their marks, in time order (by instant; entries at
// the same instant in the log's order). A log of up to buffered_bytes of lines is read once and
// sorted in memory; a longer one is read again: once more when it was in order, else once to
// rank every entry and once for each window of entries written in order, so that memory stays
// bounded whatever the log. Returns the first pass's reading.
io::LogReading print_in_time_order(const Pass& pass, const Writer& format, std::ostream& out) {
    constexpr std::size_t buffered_bytes = 8 << 20;
    constexpr std::size_t window = 100'000;
    struct Line {
        std::chrono::sys_seconds instant;
        std::size_t offset;
    };
    auto write = [&](const std::string& text) {
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
    };
    std::string buffer;
    std::vector<Line> lines;
    bool overflowed = false;
    bool sorted = true;
    std::optional<std::chrono::sys_seconds> latest;
    io::LogReading reading = pass([&](const core::LogEntry& entry, std::string_view mark) {
        std::chrono::sys_seconds instant = entry.time.instant();
        sorted = sorted && (!latest || instant >= *latest);
        latest = latest ? std::max(*latest, instant) : instant;
        if (overflowed) {
            return;
        }
        lines.push_back({instant, buffer.size()});
        format(buffer, entry, mark);
        if (buffer.size() > buffered_bytes) {
            overflowed = true;
            std::string().swap(buffer);
            std::vector<Line>().swap(lines);
        }
    });
    if (!overflowed) {
        std::vector<std::size_t> order(lines.size());
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return lines[a].instant < lines[b].instant;
        });
        for (std::size_t i : order) {
            std::size_t end = i + 1 < lines.size() ? lines[i + 1].offset : buffer.size();
            out.write(buffer.data() + lines[i].offset,
                      static_cast<std::streamsize>(end - lines[i].offset));
        }
        return reading;
    }
    // Long logs: written as read when in order, in large pieces.
    std::vector<std::size_t> rank;
    if (!sorted) {
        std::vector<std::chrono::sys_seconds> instants;
        pass([&](const core::LogEntry& entry, std::string_view) {
            instants.push_back(entry.time.instant());
        });
        std::vector<std::size_t> order(instants.size());
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t a, std::size_t b) { return instants[a] < instants[b]; });
        rank.resize(order.size());
        for (std::size_t r = 0; r < order.size(); ++r) {
            rank[order[r]] = r;
        }
    }
    std::size_t total = sorted ? 1 : rank.size();
    for (std::size_t first = 0; first < total; first += window) {
        std::vector<std::string> slots(sorted ? 0 : std::min(window, total - first));
        std::size_t seq = 0;
        pass([&](const core::LogEntry& entry, std::string_view mark) {
            std::size_t at = seq++;
            if (sorted) {
                format(buffer, entry, mark);
                if (buffer.size() >= (64 << 10)) {
                    write(buffer);
                    buffer.clear();
                }
            } else if (rank[at] >= first && rank[at] - first < slots.size()) {
                std::string& slot = slots[rank[at] - first];
                slot.clear();
                format(slot, entry, mark);
            }
        });
        write(buffer);
        buffer.clear();
        for (const std::string& slot : slots) {
            write(slot);
        }
    }
    return reading;
}

struct HistoryOptions {
    std::optional<std::string> since;
    std::optional<std::string> until;
    std::optional<std::string> action;
    bool all = false;
    std::string format = "log";
};

// What --format takes: the log's own lines, or an app's CSV columns.
std::vector<std::string> history_formats() {
    std::vector<std::string> names = core::app_names();
    names.insert(names.begin(), "log");
    return names;
}

class History : public Command {
  public:
    CLI::App* add(CLI::App& app) override {
        CLI::App* command =
            app.add_subcommand("history", "Print logged entries, oldest first (by time)");
        add_date(command, "--since", m_options.since, "Only entries on or after this date");
        add_date(command, "--until", m_options.until, "Only entries on or before this date");
        add_action(command, "--action", m_options.action, "Only this exercise (id, name or alias)");
        command->add_flag("--all", m_options.all,
                          "Also the cancelled entries, each as a comment: # cancelled: LINE");
        completes(command
                      ->add_option("--format", m_options.format,
                                   "log (default), or the CSV columns of strong, hevy or "
                                   "fitnotes (sets only)")
                      ->type_name("FORMAT")
                      ->check(one_of(history_formats())),
                  {Completion::Kind::choices, history_formats()});
        return command;
    }

    ExitCode run(const Context& context, std::ostream& out) override {
        DateRange range = date_range(m_options.since, m_options.until, context.now().date);
        std::optional<core::Date> since = range.since;
        std::optional<core::Date> until = range.until;
        // The routine tells which names a line may give its exercise by.
        core::Routine routine = context.routine();
        std::string id;
        if (m_options.action) {
            id = core::resolve_exercise(routine, *m_options.action).id;
        }
        io::LogStore store = context.log();
        auto selected = [&](const core::LogEntry& entry) {
            return !((since && entry.time.date < *since) || (until && entry.time.date > *until) ||
                     (!id.empty() && entry.id != id));
        };
        // One pass over the log: each selected entry, cancelled ones too with --all, with its mark.
        auto pass = [&](const std::function<void(const core::LogEntry&, std::string_view)>& visit) {
            auto visit_live = [&](const core::LogEntry& entry) {
                if (selected(entry)) {
                    visit(entry, "");
                }
            };
            std::function<void(const core::LogEntry&)> visit_cancelled;
            if (m_options.all) {
                visit_cancelled = [&](const core::LogEntry& entry) {
                    if (selected(entry)) {
                        visit(entry, "# cancelled: ");
                    }
                };
            }
            return store.read(routine, visit_live, visit_cancelled);
        };
        Writer format = [](std::string& text, const core::LogEntry& entry, std::string_view mark) {
            text += mark;
            core::format_log_line_into(text, entry);
            text += '\n';
        };
        if (std::optional<core::App> app = core::app_named(m_options.format)) {
            if (m_options.all) {
                spdlog::warn("--all does nothing with --format {}: an export holds no "
                             "cancelled entries",
                             m_options.format);
            }
            out << io::app_header(*app);
            // An app knows sets only: no pauses, and no cancelled sets. Its times have no
            // offset, and import reads them as local: each is written as the local time of its
            // instant, so that a line written in another offset comes back as the same record.
            const io::System& system = context.system();
            format = [app, &system](std::string& text, const core::LogEntry& entry,
                                    std::string_view mark) {
                if (!mark.empty() || entry.days || entry.cancels) {
                    return;
                }
                core::Timestamp local = system.local_time(entry.time.instant());
                if (local == entry.time) {
                    io::append_app_rows(*app, entry, text);
                } else {
                    core::LogEntry moved = entry;
                    moved.time = local;
                    io::append_app_rows(*app, moved, text);
                }
            };
        }
        io::LogReading reading = print_in_time_order(pass, format, out);
        report_reading(reading, store.path());
        say_reading(reading, store.path());
        return ExitCode::ok;
    }

  private:
    HistoryOptions m_options;
};

} // namespace

std::unique_ptr<Command> make_history() {
    return std::make_unique<History>();
}

} // namespace backplan::cli
