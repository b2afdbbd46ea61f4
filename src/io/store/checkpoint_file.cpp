#include "io/store/checkpoint_file.hpp"

#include "io/store/log_store.hpp"
#include "io/system/paths.hpp"

#include <charconv>
#include <filesystem>
#include <iterator>

#define XXH_INLINE_ALL
#include <xxhash.h>

#if __has_include(<sys/platform/x86.h>)
// glibc 2.33 and later. Its inline functions return C's _Bool, which clang's C++ does not know.
#ifdef __clang__
#define _Bool bool
#endif
#include <sys/platform/x86.h>
#ifdef __clang__
#undef _Bool
#endif
#endif

namespace backplan::io {
namespace {

constexpr std::string_view first_line = "backplan checkpoint 1\n";

std::string hex(std::uint64_t value) {
    std::string out(16, '0');
    for (int i = 15; i >= 0; --i, value >>= 4) {
        out[static_cast<std::size_t>(i)] = "0123456789abcdef"[value & 15];
    }
    return out;
}

std::optional<std::uint64_t> number(std::string_view text, int base = 10) {
    std::uint64_t value = 0;
    if (text.empty() || std::from_chars(text.data(), text.data() + text.size(), value, base).ptr !=
                            text.data() + text.size()) {
        return std::nullopt;
    }
    return value;
}

// True when a time the line holds is written with its offset from UTC (or the line holds none),
// so that it reads alike in any time zone.
bool zone_free(std::string_view text, core::LineKind kind) {
    auto with_offset = [](std::string_view word) {
        return word.ends_with('Z') ||
               (word.size() > 6 && (word[word.size() - 6] == '+' || word[word.size() - 6] == '-') &&
                word[word.size() - 3] == ':');
    };
    if (kind == core::LineKind::blank) {
        return true;
    }
    // As backplan writes a time: "2026-11-24T07:30:00+01:00 ". Each separator in its place, as
    // a line read whole then holds no other first word there (a date alone and a note such as
    // "# -05:00 ..." put a sign and a colon at 19 and 22).
    if (kind != core::LineKind::cancel && text.size() > 25 && text[25] == ' ' && text[10] == 'T' &&
        text[13] == ':' && text[16] == ':' && (text[19] == '+' || text[19] == '-') &&
        text[22] == ':') {
        return true;
    }
    // Words are separated by blanks and tabs, as the reader reads them (looked for a byte at a
    // time: find_first_of called memchr for each byte, 1,000 instructions a line).
    auto is_blank = [](char c) {
        return c == ' ' || c == '\t';
    };
    auto next_word = [&](std::string_view& rest) {
        std::size_t start = 0;
        while (start < rest.size() && is_blank(rest[start])) {
            ++start;
        }
        std::size_t end = start;
        while (end < rest.size() && !is_blank(rest[end])) {
            ++end;
        }
        std::string_view word = rest.substr(start, end - start);
        rest.remove_prefix(end);
        return word;
    };
    std::string_view rest = text;
    if (!with_offset(next_word(rest))) {
        return false;
    }
    if (kind != core::LineKind::cancel) {
        return true;
    }
    next_word(rest); // "!undo", then the time it names
    return with_offset(next_word(rest));
}

// Takes the text's first line (without its newline) off it; nullopt when it has no newline.
std::optional<std::string_view> take_line(std::string_view& text) {
    std::size_t end = text.find('\n');
    if (end == std::string_view::npos) {
        return std::nullopt;
    }
    std::string_view line = text.substr(0, end);
    text.remove_prefix(end + 1);
    return line;
}

// The words of a line, split at single spaces: at most count, the last one the rest of it.
std::vector<std::string_view> words(std::string_view line, std::size_t count) {
    std::vector<std::string_view> out;
    while (out.size() + 1 < count) {
        std::size_t space = line.find(' ');
        if (space == std::string_view::npos) {
            break;
        }
        out.push_back(line.substr(0, space));
        line.remove_prefix(space + 1);
    }
    out.push_back(line);
    return out;
}

} // namespace

// checkpoint_digest_avx2.cpp.
void checkpoint_digest_update_avx2(void* state, const void* data, std::size_t size);

namespace {

bool processor_has_avx2() {
#if __has_include(<sys/platform/x86.h>)
    // What glibc read of the processor when the program was loaded. libgcc's
    // __builtin_cpu_supports would link in a constructor that asks the processor again at every
    // start, a dozen CPUID instructions, each a trip to the hypervisor on a virtual machine
    // (70 µs, 7% of `backplan --version`, on the development machine).
    return CPU_FEATURE_ACTIVE(AVX2);
#else
    return __builtin_cpu_supports("avx2") != 0;
#endif
}

} // namespace

struct CheckpointDigest::State {
    XXH3_state_t state;
};

CheckpointDigest::CheckpointDigest(Code code) : m_state(std::make_unique<State>()) {
    XXH3_64bits_reset(&m_state->state);
    static const bool avx2 = processor_has_avx2();
    m_avx2 = code == Code::avx2 || (code == Code::best && avx2);
}

CheckpointDigest::~CheckpointDigest() = default;

void CheckpointDigest::add(std::string_view piece) {
    // The log's bytes go by in pieces of up to 64 KiB (a 50-year log: 2.4M -> 1.2M
    // instructions with AVX2).
    if (m_avx2) {
        checkpoint_digest_update_avx2(&m_state->state, piece.data(), piece.size());
    } else {
        XXH3_64bits_update(&m_state->state, piece.data(), piece.size());
    }
    m_bytes += piece.size();
}

std::uint64_t CheckpointDigest::value() const {
    return XXH3_64bits_digest(&m_state->state);
}

std::string CheckpointFile::text() const {
    std::string out(first_line);
    out += "key " + m_key + "\n";
    out += "log " + std::to_string(m_bytes) + " " + std::to_string(m_lines) + " " +
           std::to_string(m_entries) + " " + hex(m_digest) + "\n";
    for (const auto& [number, line] : m_records) {
        out += "record " + std::to_string(number) + " " + line + "\n";
    }
    return out + core::format_checkpoint(m_checkpoint);
}

std::optional<CheckpointFile> CheckpointFile::read(std::string_view text, std::string_view key,
                                                   std::size_t exercises) {
    if (!text.starts_with(first_line)) {
        return std::nullopt;
    }
    text.remove_prefix(first_line.size());
    auto key_line = take_line(text);
    if (!key_line || *key_line != "key " + std::string(key)) {
        return std::nullopt;
    }
    auto log_line = take_line(text);
    if (!log_line) {
        return std::nullopt;
    }
    std::vector<std::string_view> log = words(*log_line, 5);
    if (log.size() != 5 || log[0] != "log" || log[4].size() != 16) {
        return std::nullopt;
    }
    auto bytes = number(log[1]);
    auto lines = number(log[2]);
    auto entries = number(log[3]);
    auto digest = number(log[4], 16);
    if (!bytes || !lines || !entries || !digest || *lines == 0 || *lines > *bytes ||
        *entries > *lines) {
        return std::nullopt;
    }
    std::vector<NumberedLine> records;
    while (text.starts_with("record ")) {
        auto line = take_line(text);
        if (!line) {
            return std::nullopt;
        }
        std::vector<std::string_view> record = words(*line, 3);
        auto at = record.size() == 3 ? number(record[1]) : std::nullopt;
        if (!at || *at == 0 || *at > *lines || (!records.empty() && *at <= records.back().first)) {
            return std::nullopt;
        }
        records.emplace_back(*at, std::string(record[2]));
    }
    auto checkpoint = core::parse_checkpoint(text, exercises);
    if (!checkpoint) {
        return std::nullopt;
    }
    return CheckpointFile(std::string(key), *bytes, *lines, *entries, *digest, std::move(records),
                          std::move(*checkpoint));
}

bool reaches_before(core::LineKind kind, const core::LogEntry& entry, core::Date week) {
    switch (kind) {
    case core::LineKind::entry:
        return entry.time.date < week;
    case core::LineKind::cancel:
        // A cancellation names an instant, which another UTC offset writes up to two days
        // either side; a cancelled pause or resume took back days its time does not say.
        return !entry.cancels || core::is_pause_marker(entry.id) ||
               entry.cancels->date < core::add_days(week, same_instant_days);
    case core::LineKind::pause:
    case core::LineKind::resume:
        return entry.days && entry.days->first < week;
    case core::LineKind::blank:
    case core::LineKind::invalid:
        break;
    }
    return false;
}

void CheckpointWatch::see(std::string_view text, bool too_long, core::LineKind kind,
                          const core::LogEntry& entry) {
    if (!m_allows) {
        return;
    }
    if (too_long || kind == core::LineKind::invalid || !zone_free(text, kind)) {
        // Its warning would not be given again; a time without an offset is read in the time
        // zone of each run.
        m_allows = false;
        return;
    }
    ++m_seen;
    m_unhashed.append(text);
    m_unhashed += '\n';
    if (text.find('!') != std::string_view::npos ||
        (kind == core::LineKind::entry && entry.time.date >= m_records_from)) {
        m_records_after.emplace_back(m_seen, std::string(text));
        m_record_bytes += sizeof(NumberedLine) + text.size();
    } else if (kind == core::LineKind::entry) {
        ++m_entries_after;
    }
    std::size_t held = m_unhashed.size() + m_record_bytes;
    if (held > checkpoint_watch_bytes || (m_lines == 0 && held > checkpoint_watch_start_bytes)) {
        m_allows = false;
        m_unhashed = std::string();
        m_records = {};
        m_records_after = {};
        return;
    }
    if (reaches_before(kind, entry, m_week)) {
        // The bytes stand for every line up to this one: hashed 64 KiB at a time (a hash of
        // each line took 150 instructions of it).
        m_lines = m_seen;
        m_bytes = m_digest.bytes() + m_unhashed.size();
        m_entries += m_entries_after;
        m_entries_after = 0;
        std::move(m_records_after.begin(), m_records_after.end(), std::back_inserter(m_records));
        m_records_after.clear();
        if (m_unhashed.size() >= 64 * 1024) {
            m_digest.add(m_unhashed);
            m_unhashed.clear();
        }
    }
}

std::optional<CheckpointFile> CheckpointWatch::file(std::string key, core::Checkpoint checkpoint) {
    if (!allows()) {
        return std::nullopt;
    }
    m_digest.add(std::string_view(m_unhashed).substr(0, m_bytes - m_digest.bytes()));
    m_unhashed.clear();
    return CheckpointFile(std::move(key), m_bytes, m_lines, m_entries, m_digest.value(), m_records,
                          std::move(checkpoint));
}

std::string checkpoint_key(const Environment& environment, const core::Routine& routine) {
    std::string made_for =
        environment.build_id + "\n" + environment.tz + "\n" + core::replay_key(routine);
    return environment.build_id.substr(0, 16) + "-" +
           hex(XXH3_64bits(made_for.data(), made_for.size()));
}

core::LogHistory LogStore::history(const core::Routine& routine, LogReading& reading,
                                   core::Date today, core::Date needed_from) const {
    const Environment& environment = m_system.environment();
    // The latest checkpoint week that the caller's first date allows.
    std::string path;
    core::Date week;
    std::string files = checkpoint_path(environment, m_path);
    for (const core::CheckpointKind& kind :
         {core::near_checkpoint, core::far_checkpoint, core::report_checkpoint}) {
        week = core::checkpoint_week(today, kind);
        if (week <= needed_from && !files.empty()) {
            path = files + "-" + kind.name;
            break;
        }
    }
    if (path.empty() || environment.build_id.empty() || m_locked != nullptr) {
        return history(routine, reading);
    }
    // A checkpoint is a regular file of the cache's own: anything else there (a link, a FIFO)
    // is neither read nor replaced.
    System::Entry entry = m_system.entry(path);
    if (entry == System::Entry::other) {
        core::LogHistory history = this->history(routine, reading);
        reading.checkpoint = path + ": not a regular file; no checkpoint read or made there";
        return history;
    }
    // The key spells out the routine's every step: made only when a checkpoint is read or made
    // (24K instructions, most of what a run spends on a log that is not there yet).
    std::string key;
    std::string note;
    std::optional<CheckpointFile> kept;
    if (entry == System::Entry::regular) {
        key = checkpoint_key(environment, routine);
        try {
            kept = CheckpointFile::read(m_system.read_file(path, 16 << 20, "checkpoint"), key,
                                        routine.exercises.size());
            note = kept ? "" : path + ": not for this program, routine and time zone; ";
        } catch (const Error& error) {
            note = std::string(error.what()) + "; ";
        }
    }
    if (kept && !core::fits(kept->checkpoint(), routine)) {
        kept.reset();
        note = path + ": steps beyond the routine's ladders; ";
    }
    if (kept && kept->week() == week) {
        bool broken = false;
        core::LogHistory history = sessions_of_log(routine, reading, &*kept, &broken, nullptr);
        if (!broken && !reading.missing) {
            history.resume_from(std::make_shared<core::Checkpoint>(kept->checkpoint()));
            reading.checkpoint = "went on from the checkpoint of the week of " +
                                 core::format_date(week) + " (" + path +
                                 "): " + std::to_string(kept->lines()) + " lines not read";
            return history;
        }
        note = "the log changed before its checkpoint; ";
    }
    CheckpointWatch watch(week);
    core::LogHistory history = sessions_of_log(routine, reading, nullptr, nullptr, &watch);
    // The replays to the week, only when the lines allow a checkpoint.
    std::optional<CheckpointFile> made;
    if (watch.allows()) {
        if (key.empty()) {
            key = checkpoint_key(environment, routine);
        }
        made = watch.file(key, core::checkpoint_of(routine, history, today, week));
    }
    if (!made) {
        reading.checkpoint =
            note + "no checkpoint: the log allows none for the week of " + core::format_date(week);
        return history;
    }
    // This run's coach goes on from it too: the weeks before it are not replayed twice.
    history.resume_from(std::make_shared<core::Checkpoint>(made->checkpoint()));
    try {
        m_system.make_directories(std::filesystem::path(path).parent_path().string());
        std::string text = made->text();
        m_system.replace_file(path, [&](std::ostream& out) { out << text; });
        reading.checkpoint = note + "made the checkpoint of the week of " +
                             core::format_date(week) + " (" + path + ")";
    } catch (const Error& error) {
        reading.checkpoint = note + "no checkpoint kept: " + error.what();
    }
    return history;
}

} // namespace backplan::io
