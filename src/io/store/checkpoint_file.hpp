#pragma once

// The log's checkpoint, kept in a file of the user's cache (io::checkpoint_path): where each
// exercise's replay stood at the start of a week that is over (core::Checkpoint), and what
// proves that it belongs to the log as it is now. It stands for the log's first bytes: their
// number, their lines, a hash of them (XXH3, 64 bits) and the lines among them that hold a "!"
// (cancellations and pauses, which the log is always read whole for). It is used only when made
// by the same program (its build ID) in the same time zone for a routine whose replay_key is the
// same, when the log's first bytes hash alike, and when no line after them reaches back before
// its week; else the whole log is read and a new one made (README, Performance).

#include "core/checkpoint.hpp"
#include "core/log_line.hpp"
#include "io/system/system.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace backplan::io {

// The hash of bytes given in pieces: XXH3, 64 bits.
class CheckpointDigest {
  public:
    // Which of xxHash's code hashes: AVX2 where the processor has it, else SSE2 (best); or one of
    // them, for the test that they agree (avx2 only where the processor has it).
    enum class Code { best, sse2, avx2 };
    explicit CheckpointDigest(Code code = Code::best);
    ~CheckpointDigest();
    CheckpointDigest(const CheckpointDigest&) = delete;
    CheckpointDigest& operator=(const CheckpointDigest&) = delete;
    void add(std::string_view piece);
    std::uint64_t bytes() const { return m_bytes; }
    std::uint64_t value() const;

  private:
    struct State;
    std::unique_ptr<State> m_state;
    std::uint64_t m_bytes = 0;
    bool m_avx2 = false;
};

// A numbered line of the log.
using NumberedLine = std::pair<std::size_t, std::string>;

// How many days apart one instant's date can be written, in two UTC offsets (-12:00 and +14:00).
inline constexpr int same_instant_days = 2;

class CheckpointFile {
  public:
    CheckpointFile(std::string key, std::uint64_t bytes, std::size_t lines, std::size_t entries,
                   std::uint64_t digest, std::vector<NumberedLine> records,
                   core::Checkpoint checkpoint)
        : m_key(std::move(key)), m_bytes(bytes), m_lines(lines), m_entries(entries),
          m_digest(digest), m_records(std::move(records)), m_checkpoint(std::move(checkpoint)) {}

    // The file's text, and back: nullopt for a text this program would not have written for
    // key and a routine of that many exercises.
    std::string text() const;
    static std::optional<CheckpointFile> read(std::string_view text, std::string_view key,
                                              std::size_t exercises);

    core::Date week() const { return m_checkpoint.monday; }
    std::uint64_t bytes() const { return m_bytes; }
    std::size_t lines() const { return m_lines; }
    // The entries among those lines that are not among its records (as read when it was made).
    std::size_t entries() const { return m_entries; }
    // The lines among its bytes that hold a "!" or sets of a day from two before its week on (for
    // the cancellations of their instants), in order.
    const std::vector<NumberedLine>& records() const { return m_records; }
    const core::Checkpoint& checkpoint() const { return m_checkpoint; }
    // True when the digest is of bytes that the checkpoint stands for.
    bool proves(const CheckpointDigest& digest) const {
        return digest.bytes() == m_bytes && digest.value() == m_digest;
    }

  private:
    std::string m_key;
    std::uint64_t m_bytes;
    std::size_t m_lines;
    std::size_t m_entries;
    std::uint64_t m_digest;
    std::vector<NumberedLine> m_records;
    core::Checkpoint m_checkpoint;
};

// True when a line read as kind (entry) may change what the weeks before week judged: sets of a
// day before it, a cancellation of a record that may be before it (or of a pause or resume), a
// pause or resume from a day before it.
bool reaches_before(core::LineKind kind, const core::LogEntry& entry, core::Date week);

// The most a CheckpointWatch holds: lines after the last that reaches back before its week, and
// records (with a copy's overhead each). Past it no checkpoint is made: a log of millions of
// lines within a few weeks of today would be held whole (2.5M lines in 30 days: 348 MB).
inline constexpr std::size_t checkpoint_watch_bytes = 4 << 20;
// And before any line has reached back: a log whose first 64 KiB of lines are all of its week
// or after (a report's checkpoint of 999 weeks back, over a log younger than that) would have
// none, or one of little use; it costs no more than that to find out.
inline constexpr std::size_t checkpoint_watch_start_bytes = 64 << 10;

// Watches the lines of a whole reading of the log for the checkpoint of week they allow, when
// every line reads and every time is written with its offset: it stands for the lines up to the
// last that reaches back before week, and keeps those of them that hold a "!" or sets of a day
// from two before week on (its records). It holds at most checkpoint_watch_bytes.
class CheckpointWatch {
  public:
    explicit CheckpointWatch(core::Date week)
        : m_week(week), m_records_from(core::add_days(week, -same_instant_days)) {}
    void see(std::string_view text, bool too_long, core::LineKind kind,
             const core::LogEntry& entry);
    // The checkpoint file of the lines seen, for key, with the replays as they stood at week;
    // nullopt when the lines allow none. Once.
    std::optional<CheckpointFile> file(std::string key, core::Checkpoint checkpoint);
    // True when the lines seen allow one.
    bool allows() const { return m_allows && m_lines > 0; }

  private:
    core::Date m_week;
    core::Date m_records_from; // sets from this day on are records
    bool m_allows = true;
    std::size_t m_seen = 0;    // the lines seen
    std::uint64_t m_bytes = 0; // the bytes of those up to the last that reaches back
    std::size_t m_lines = 0;
    std::size_t m_entries = 0;       // the entries among them not among the records
    std::size_t m_entries_after = 0; // and among the lines after them
    std::vector<NumberedLine> m_records;
    CheckpointDigest m_digest;                 // of the first of those bytes
    std::string m_unhashed;                    // the lines seen after them, with their newlines
    std::vector<NumberedLine> m_records_after; // the records among the lines after m_lines
    std::size_t m_record_bytes = 0;            // held by the records of both
};

// What a checkpoint is made for: the program, the time zone and the routine's replay_key.
std::string checkpoint_key(const Environment& environment, const core::Routine& routine);

} // namespace backplan::io
