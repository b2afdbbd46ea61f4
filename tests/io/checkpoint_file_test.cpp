// The checkpoint's file (io/store/checkpoint_file.hpp): its hash, its text, which lines of a
// whole reading it stands for, and the seam's read of the lines after them.
#include "io/store/checkpoint_file.hpp"
#include "io/system/posix_system.hpp"
#include "support/run.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <random>

using namespace backplan;
using namespace backplan::io;

namespace {

core::Date day(const char* text) {
    return core::parse_date(text);
}

std::uint64_t digest_of(std::string_view bytes, CheckpointDigest::Code code,
                        std::size_t piece = std::string_view::npos) {
    CheckpointDigest digest(code);
    for (std::size_t at = 0; at < bytes.size(); at += piece) {
        digest.add(bytes.substr(at, piece));
    }
    CHECK(digest.bytes() == bytes.size());
    return digest.value();
}

// How a reading of the log reads a line, with a routine of action1 and blitz.
core::LineKind read_line(std::string_view line, core::LogEntry& entry) {
    static const core::Routine routine = [] {
        core::Routine r;
        r.exercises.push_back({"action1", "One", {}, {}, {}, std::nullopt, {}});
        r.exercises.push_back({"blitz", "Blitz rows", {}, {}, {}, std::nullopt, {}});
        return r;
    }();
    core::LineContext context{&routine, core::fixed_offset_zone(0), nullptr, nullptr};
    core::LineProblem problem;
    return core::read_log_line(line, entry, problem, context);
}

// Shows each line of text to the watch as a reading of the log would.
void watch_lines(CheckpointWatch& watch, const std::string& text) {
    for (std::size_t at = 0; at < text.size();) {
        std::size_t end = text.find('\n', at);
        std::string_view line = std::string_view(text).substr(at, end - at);
        core::LogEntry entry;
        core::LineKind kind = read_line(line, entry);
        watch.see(line, false, kind, entry);
        at = end + 1;
    }
}

// Lines of 2026-10-28, a day of the week of 2026-10-26, of more than bytes in all.
std::string lines_of_the_week(std::size_t bytes) {
    std::string lines;
    for (std::size_t i = 0; lines.size() <= bytes; ++i) {
        lines += "2026-10-28T07:" + std::to_string(10 + i % 50) + ":00+00:00 action1 23\n";
    }
    return lines;
}

} // namespace

TEST_CASE("checkpoint_file: the digest is XXH3 of the bytes, however they come, AVX2 or not") {
    // XXH3_64bits of nothing (xxHash's own sanity check).
    CHECK(digest_of("", CheckpointDigest::Code::sse2) == 0x2D06800538D394C2ULL);
    std::string bytes(300'000, '\0');
    std::mt19937 random(7);
    for (char& c : bytes) {
        c = static_cast<char>(random());
    }
    std::uint64_t whole = digest_of(bytes, CheckpointDigest::Code::sse2);
    CHECK(digest_of(bytes, CheckpointDigest::Code::sse2, 65'536) == whole);
    CHECK(digest_of(bytes, CheckpointDigest::Code::sse2, 37) == whole);
    CHECK(digest_of(bytes, CheckpointDigest::Code::best, 65'536) == whole);
    if (__builtin_cpu_supports("avx2")) {
        CHECK(digest_of(bytes, CheckpointDigest::Code::avx2) == whole);
        CHECK(digest_of(bytes, CheckpointDigest::Code::avx2, 1000) == whole);
    } else {
        WARN("no AVX2 on this processor: its code is not compared");
    }
    CHECK(digest_of(bytes.substr(1), CheckpointDigest::Code::best) != whole);
}

TEST_CASE("checkpoint_file: its text read back, for its key only") {
    core::Checkpoint checkpoint{
        day("2026-10-26"), {std::nullopt, core::ReplayMark{}}, {std::nullopt, day("2026-01-06")}};
    checkpoint.exercises[1]->from = day("2026-01-05");
    checkpoint.exercises[1]->monday = day("2026-10-26");
    checkpoint.exercises[1]->weeks = 42;
    checkpoint.exercises[1]->state.step = 3;
    CheckpointFile file("k1", 120, 3, 1, 0xfeedULL,
                        {{2, "2026-03-02T08:00:00+00:00 !pause 2026-03-02 2026-03-08 # flu"}},
                        checkpoint);
    std::string text = file.text();
    CHECK(text == "backplan checkpoint 1\n"
                  "key k1\n"
                  "log 120 3 1 000000000000feed\n"
                  "record 2 2026-03-02T08:00:00+00:00 !pause 2026-03-02 2026-03-08 # flu\n"
                  "week 2026-10-26\n"
                  "-\n"
                  "mark 2026-01-05 42 3 0 0 0 0 0 0 0\n"
                  "first - 2026-01-06\n");
    auto read = CheckpointFile::read(text, "k1", 2);
    REQUIRE(read);
    CHECK(read->text() == text);
    CHECK(read->bytes() == 120);
    CHECK(read->lines() == 3);
    CHECK(read->entries() == 1);
    CHECK(read->records() == file.records());
    CHECK(read->checkpoint() == checkpoint);
    CHECK_FALSE(CheckpointFile::read(text, "k2", 2));           // another program or routine
    CHECK_FALSE(CheckpointFile::read(text, "k1", 3));           // another number of exercises
    CHECK_FALSE(CheckpointFile::read(text.substr(1), "k1", 2)); // not its first line
    std::string later = text;
    later.replace(later.find("record 2"), 8, "record 4"); // a record past its lines
    CHECK_FALSE(CheckpointFile::read(later, "k1", 2));
}

TEST_CASE("checkpoint_file: a whole reading's checkpoint stands for the lines up to the last "
          "that reaches back before its week") {
    CheckpointWatch watch(day("2026-10-26"));
    // Week 2026-10-26. Line 1, of a week before, is judged by the checkpoint alone; line 2 holds
    // a "!"; line 3 is of a day within two of the week (the same instant can be written on a day
    // of the week, in another offset); line 4 is of the week; line 5 cancels an instant that
    // another offset writes on 2026-10-26: it may reach back, and the checkpoint stands for lines
    // 1-5, all but the first its records. Line 6 is after.
    std::string lines = "2026-10-19T07:00:00+00:00 action1 20\n"
                        "2026-10-23T07:00:00+00:00 action1 21 # made it!\n"
                        "2026-10-25T23:30:00-01:00 action1 22\n"
                        "2026-10-26T07:00:00+00:00 action1 22\n"
                        "2026-10-27T07:00:00+00:00 !undo 2026-10-27T00:30:00+02:00 action1\n"
                        "2026-10-28T07:00:00+00:00 action1 23\n";
    std::size_t sixth = lines.find("2026-10-28T");
    SECTION("its bytes, lines, entries, records and hash") {
        watch_lines(watch, lines);
        auto file = watch.file("k", core::Checkpoint{day("2026-10-26"), {}, {}});
        REQUIRE(file);
        CHECK(file->bytes() == sixth);
        CHECK(file->lines() == 5);
        CHECK(file->entries() == 1);
        CHECK(file->records() ==
              std::vector<NumberedLine>{
                  {2, "2026-10-23T07:00:00+00:00 action1 21 # made it!"},
                  {3, "2026-10-25T23:30:00-01:00 action1 22"},
                  {4, "2026-10-26T07:00:00+00:00 action1 22"},
                  {5, "2026-10-27T07:00:00+00:00 !undo 2026-10-27T00:30:00+02:00 action1"}});
        CheckpointDigest digest;
        digest.add(std::string_view(lines).substr(0, sixth));
        CHECK(file->proves(digest));
        digest.add("x");
        CHECK_FALSE(file->proves(digest));
    }
    SECTION("a cancellation of a pause, however late, reaches back: the pause's days") {
        watch_lines(watch, lines + "2026-12-01T08:00:00+00:00 !undo 2026-11-30T09:00:00+00:00 "
                                   "!pause\n");
        auto file = watch.file("k", core::Checkpoint{day("2026-10-26"), {}, {}});
        REQUIRE(file);
        CHECK(file->lines() == 7);
    }
    SECTION("a line that does not read: none, as its warning would not be given again") {
        watch_lines(watch, lines + "2026-10-29T07:00:00+00:00 nobody 20\n");
        CHECK_FALSE(watch.file("k", core::Checkpoint{day("2026-10-26"), {}, {}}));
    }
    SECTION("a time without its offset, read in each run's zone: none") {
        watch_lines(watch, lines + "2026-10-29T07:00 action1 20\n");
        CHECK_FALSE(watch.file("k", core::Checkpoint{day("2026-10-26"), {}, {}}));
    }
    SECTION("a date alone, its note where an offset would stand: none") {
        std::string line = "2026-10-29 One 5 # -05:00 in New York";
        core::LogEntry entry;
        REQUIRE(read_line(line, entry) == core::LineKind::entry);
        watch_lines(watch, lines + line + "\n");
        CHECK_FALSE(watch.file("k", core::Checkpoint{day("2026-10-26"), {}, {}}));
    }
    SECTION("the same, its words apart by a tab, the next one ending as an offset would") {
        std::string undo = "2026-12-01T08:00:00+00:00 !undo 2026-10-07T23:30\tBLITZ";
        core::LogEntry entry;
        REQUIRE(read_line(undo, entry) == core::LineKind::cancel); // blitz's, in capitals
        watch_lines(watch, lines + undo + "\n");
        CHECK_FALSE(watch.file("k", core::Checkpoint{day("2026-10-26"), {}, {}}));
    }
    SECTION("more than it may hold after the last line that reaches back: none") {
        // Lines of the week after its bytes, held until the end (a later one could reach
        // back): past checkpoint_watch_bytes, it gives up rather than hold the log.
        watch_lines(watch, lines + lines_of_the_week(checkpoint_watch_bytes));
        CHECK_FALSE(watch.file("k", core::Checkpoint{day("2026-10-26"), {}, {}}));
    }
    SECTION("more than 64 KiB of its week before any line that reaches back: none") {
        // A log whose first lines are all of the week (a report's checkpoint, 999 weeks back,
        // over a log younger than that): the watch stops holding them, even if an older line
        // comes later (as an import appends).
        watch_lines(watch, lines_of_the_week(checkpoint_watch_start_bytes) + lines);
        CHECK_FALSE(watch.file("k", core::Checkpoint{day("2026-10-26"), {}, {}}));
        // Less than that, and the older line makes the checkpoint stand for all of them.
        CheckpointWatch short_one(day("2026-10-26"));
        watch_lines(short_one, "2026-10-28T07:00:00+00:00 action1 23\n" + lines);
        auto file = short_one.file("k", core::Checkpoint{day("2026-10-26"), {}, {}});
        REQUIRE(file);
        CHECK(file->lines() == 6); // up to the cancellation that may reach back
    }
    SECTION("nothing before its week: none") {
        watch_lines(watch, "2026-10-28T07:00:00+00:00 action1 23\n");
        CHECK_FALSE(watch.file("k", core::Checkpoint{day("2026-10-26"), {}, {}}));
    }
}

TEST_CASE("checkpoint_file: the seam passes the first bytes whole and numbers the lines after") {
    std::string dir = test::scratch_directory();
    std::string path = dir + "/log.txt";
    test::write_file(path, "one\ntwo\nthree\nfour");
    std::string prefix;
    std::vector<std::pair<std::size_t, std::string>> lines;
    auto read = [&](std::uint64_t bytes, std::size_t count) {
        prefix.clear();
        lines.clear();
        PosixSystem().read_lines_after(path, "log",
                                       Prefix{bytes, count,
                                              [&](std::string_view piece) {
                                                  prefix += piece;
                                              }},
                                       [&](std::size_t number, std::string_view text, bool) {
                                           lines.emplace_back(number, std::string(text));
                                       });
    };
    read(8, 2);
    CHECK(prefix == "one\ntwo\n");
    CHECK(lines == std::vector<std::pair<std::size_t, std::string>>{{3, "three"}, {4, "four"}});
    read(0, 0);
    CHECK(prefix.empty());
    CHECK(lines.size() == 4);
    read(100, 9); // longer than the file: what there is, and no line
    CHECK(prefix == "one\ntwo\nthree\nfour");
    CHECK(lines.empty());
    std::filesystem::remove_all(dir);
}
