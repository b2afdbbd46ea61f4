// backplan merge and backplan merge-driver: the records of other copies of the log (a phone's,
// a Syncthing conflict copy, the other side of a git merge) that the log lacks, appended in one
// write through io::LogStore::append_new.
#include "cli/command.hpp"
#include "cli/problems.hpp"
#include "cli/recording.hpp"
#include "core/identity.hpp"
#include "core/text.hpp"

#include <spdlog/spdlog.h>

#include <unordered_set>

namespace backplan::cli {
namespace {

// The records of other logs, read with the active routine, and the lines that did not read.
struct OtherRecords {
    std::vector<core::LogEntry> records;
    std::vector<Diagnostic> unreadable;
    std::vector<std::string> unreadable_text; // each unreadable line, as it stands
};

// Reads every record of the log at path (sets, cancellations, pauses, resumes, cancelled or
// not). Throws Error(no_input) when there is no such file, and what LogStore::read throws.
void read_other(const Context& context, const core::Routine& routine, const std::string& path,
                OtherRecords& other) {
    if (context.system().missing(path)) {
        throw Error(ExitCode::no_input, path + ": no such file");
    }
    io::LogStore store(context.system(), path);
    store.read_records(
        &routine, [](std::string_view) { return true; },
        [&](core::LineKind kind, const core::LogEntry& entry) {
            if (kind != core::LineKind::blank) {
                other.records.push_back(entry);
            }
        },
        [&](const Diagnostic& problem, std::string_view text) {
            other.unreadable.push_back(problem);
            other.unreadable_text.emplace_back(text);
        },
        max_problems_shown);
}

// Prints each unreadable line (the first max_problems_shown of each file) as an error, or as a
// warning when they are skipped.
void print_unreadable(const std::vector<Diagnostic>& unreadable, bool skipped) {
    print_diagnostics(unreadable, [&](const std::string& line) {
        if (skipped) {
            spdlog::warn("{} (skipped)", line);
        } else {
            spdlog::error("{}", line);
        }
    });
}

// Says on standard error each record whose time was moved on to a free one.
void say_moved(const io::AppendedNew& result) {
    for (const io::Appended& appended : result.written) {
        if (appended.moved_from) {
            core::LogEntry asked = appended.entry;
            asked.time = *appended.moved_from;
            spdlog::warn("{}", core::moved_message(asked, appended.entry.time));
        }
    }
}

// "added 12 records from phone.log; 340 there already".
std::string summary(const io::AppendedNew& result, const std::vector<std::string>& others,
                    bool dry_run) {
    std::string from;
    for (const std::string& other : others) {
        from += (from.empty() ? "" : ", ") + other;
    }
    auto count = static_cast<long long>(result.written.size());
    std::string said = std::string(dry_run ? "would add " : "added ") +
                       core::counted(count, "record", "records") + " from " + from + "; " +
                       std::to_string(result.already) + " there already";
    if (result.repeated > 0) {
        said += ", " + std::to_string(result.repeated) + " given more than once";
    }
    return said;
}

class Merge : public Command {
  public:
    CLI::App* add(CLI::App& app) override {
        CLI::App* command = app.add_subcommand(
            "merge", "Append the records of other copies of the log that it lacks");
        completes(command
                      ->add_option("others", m_others,
                                   "Other copies of the log (a phone's, a conflict copy)")
                      ->required()
                      ->type_name("OTHER"),
                  file_completion);
        command->add_flag("--dry-run", m_dry_run,
                          "Print the lines it would append, and append none");
        command->add_flag("--skip-invalid", m_skip_invalid,
                          "Merge the rest when some lines of the others do not read");
        return command;
    }

    ExitCode run(const Context& context, std::ostream& out) override {
        for (const std::string& other : m_others) {
            file_argument("merge", other);
        }
        core::Routine routine = context.routine();
        OtherRecords other;
        for (const std::string& path : m_others) {
            read_other(context, routine, path, other);
        }
        print_unreadable(other.unreadable, m_skip_invalid);
        if (!other.unreadable.empty() && !m_skip_invalid) {
            throw Error(
                ExitCode::data,
                core::counted(static_cast<long long>(other.unreadable.size()), "line", "lines") +
                    " of the other logs could not be read; nothing was merged "
                    "(fix them, or --skip-invalid merges the rest)");
        }
        io::LogStore store = log_for_appending(context);
        io::AppendedNew result = m_dry_run ? store.new_records(other.records, &routine)
                                           : store.append_new(other.records, &routine);
        say_moved(result);
        if (m_dry_run) {
            for (const io::Appended& appended : result.written) {
                out << appended.line << '\n';
            }
        }
        // The files' names escaped, and from ~/ under HOME, as every message writes them.
        out << core::home_as_tilde(core::escape_bytes(summary(result, m_others, m_dry_run)),
                                   context.environment().home)
            << '\n';
        return ExitCode::ok;
    }

  private:
    std::vector<std::string> m_others;
    bool m_dry_run = false;
    bool m_skip_invalid = false;
};

// git's merge driver: %A becomes A's lines, unchanged, then B's records that A lacks.
class MergeDriver : public Command {
  public:
    CLI::App* add(CLI::App& app) override {
        CLI::App* command = app.add_subcommand(
            "merge-driver", "git's merge driver for the log: ours, then what theirs adds");
        completes(command->add_option("base", m_base, "The common ancestor (git's %O)")
                      ->required()
                      ->type_name("BASE"),
                  file_completion);
        completes(command->add_option("ours", m_ours, "Our version, merged into (git's %A)")
                      ->required()
                      ->type_name("OURS"),
                  file_completion);
        completes(command->add_option("theirs", m_theirs, "Their version (git's %B)")
                      ->required()
                      ->type_name("THEIRS"),
                  file_completion);
        return command;
    }

    ExitCode run(const Context& context, std::ostream&) override {
        core::Routine routine = context.routine();
        OtherRecords theirs;
        read_other(context, routine, m_theirs, theirs);
        // A line theirs cannot read that ours holds as it stands (a line of the base, say) is
        // merged already; any other is left to the user: git then says the file conflicts.
        std::unordered_set<std::string> lost(theirs.unreadable_text.begin(),
                                             theirs.unreadable_text.end());
        if (!lost.empty()) {
            context.system().read_lines(
                m_ours, "log",
                [&](std::size_t, std::string_view text, bool) { lost.erase(std::string(text)); });
        }
        std::vector<Diagnostic> unmerged;
        for (std::size_t index = 0; index < theirs.unreadable.size(); ++index) {
            if (lost.contains(theirs.unreadable_text[index])) {
                unmerged.push_back(theirs.unreadable[index]);
            }
        }
        if (!unmerged.empty()) {
            print_unreadable(unmerged, false);
            throw Error(ExitCode::data, m_ours + ": not merged: " +
                                            core::counted(static_cast<long long>(unmerged.size()),
                                                          "line", "lines") +
                                            " of theirs could not be read");
        }
        io::AppendSettings settings{{}, io::lock_wait(context.environment())};
        io::LogStore ours(context.system(), m_ours, settings);
        io::AppendedNew result = ours.append_new(theirs.records, &routine);
        say_moved(result);
        spdlog::info("{}", summary(result, {m_theirs}, false));
        return ExitCode::ok;
    }

  private:
    std::string m_base;
    std::string m_ours;
    std::string m_theirs;
};

} // namespace

std::unique_ptr<Command> make_merge() {
    return std::make_unique<Merge>();
}

std::unique_ptr<Command> make_merge_driver() {
    return std::make_unique<MergeDriver>();
}

} // namespace backplan::cli
