// One reading of a line everywhere (issue #24): every reader of the log, and every pass of each
// (records, cancellations, pauses, the time a new record takes, check), reads a log with a
// byte-order mark (on its first line, and on a line of a file joined with cat), CR LF line ends
// and hand-written forms as it reads the same log written as backplan writes it.
#include "cli/in_process.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace backplan;
using test::default_log;

namespace {

const std::string bom = "\xEF\xBB\xBF";

// Line by line, what the mixed log's lines stand for in the canonical one.
const std::string mixed_log =
    bom + "2026-11-24T09:00 !undo 2026-11-24T08:00Z towel-row\r\n" + // a sort put it first
    "# my log\r\n"
    "2026-11-23 prone-row 20 20\r\n"
    "2026-11-23 07:30 Prone  back extension 15 15\r\n"
    "2026-11-24T08:00Z ACTION2 375\r\n" +
    bom + "2026-11-25T07:30:00+00:00\taction3\t15   15\n" + // from a second file, joined by cat
    "2026-11-25 18:00 !pause 2026-11-27 2026-11-28 # flu\r\n"
    "2026-11-26 7:00 action1 16 16 pain=2 #  sore  \r\n";
const std::string canonical_log =
    "2026-11-24T09:00:00+00:00 !undo 2026-11-24T08:00:00+00:00 action2\n"
    "# my log\n"
    "2026-11-23T12:00:00+00:00 action2 20 20\n"
    "2026-11-23T07:30:00+00:00 action1 15 15\n"
    "2026-11-24T08:00:00+00:00 action2 375\n"
    "2026-11-25T07:30:00+00:00 action3 15 15\n"
    "2026-11-25T18:00:00+00:00 !pause 2026-11-27 2026-11-28 # flu\n"
    "2026-11-26T07:00:00+00:00 action1 16 16 pain=2 # sore\n";

struct Result {
    ExitCode status;
    std::string out; // standard output, or the message of the Error it was refused with
    std::string log; // what was appended to the log
    bool operator==(const Result&) const = default;
};

Result run_on(const std::string& log, const std::vector<std::string>& args) {
    test::FakeSystem system("2026-11-26"); // Thursday, 08:00 UTC
    system.files[default_log] = log;
    std::ostringstream out;
    ExitCode status = ExitCode::ok;
    try {
        status = cli::run(args, system, out);
    } catch (const Error& error) {
        status = error.code();
        out << "refused: " << error.what();
    }
    std::string after = system.files[default_log];
    // What was appended, for the commands that append.
    return {status, out.str(), after.substr(std::min(after.size(), log.size()))};
}

// check's problems other than its notes, which are there to say what is written by hand (and
// without the files' names, which a file with notes only has too).
std::string without_notes(const std::string& text) {
    std::istringstream in(text);
    std::string kept;
    bool in_note = false;
    for (std::string line; std::getline(in, line);) {
        if (line.starts_with("    ")) { // the problem or note above goes on
            kept += in_note ? "" : line + "\n";
            continue;
        }
        in_note = line.find(": note: ") != std::string::npos;
        if (!in_note && !line.empty() && line[0] >= '0' && line[0] <= '9') {
            kept += line + "\n";
        }
    }
    return kept;
}

} // namespace

TEST_CASE("one reading: every reader reads the mixed log as the canonical one") {
    SECTION("history, worked out by hand: by time") {
        CHECK(run_on(mixed_log, {"history"}).out ==
              "2026-11-23T07:30:00+00:00 action1 15 15\n"
              "2026-11-23T12:00:00+00:00 action2 20 20\n"
              "2026-11-25T07:30:00+00:00 action3 15 15\n"
              "2026-11-25T18:00:00+00:00 !pause 2026-11-27 2026-11-28 # flu\n"
              "2026-11-26T07:00:00+00:00 action1 16 16 pain=2 # sore\n");
    }
    const std::vector<std::vector<std::string>> readers{
        {"history"},
        {"history", "--all"},
        {"report", "--format", "json", "--until", "2026-11-29"},
        {"report", "--until", "2026-11-29"},
        {"generate", "--format", "json", "--start", "2026-11-23", "--weeks", "2"},
        {"today"},
        {"why", "action1"},
        {"why", "action2"},
        {"undo"},
        {"undo", "--at", "2026-11-23", "action2"},
        {"undo", "--at", "2026-11-24T08:00Z", "action2"}, // cancelled already: refused alike
        {"log", "action2", "21", "--at", "2026-11-23"},   // 12:00 is taken in both
        {"pause", "--end", "--note", "x"},                // no pause holds today in either
        {"train", "--date", "2026-11-23", "--rest", "0"},
    };
    for (const std::vector<std::string>& args : readers) {
        CAPTURE(args);
        CHECK(run_on(mixed_log, args) == run_on(canonical_log, args));
    }
    SECTION("check: the same errors and warnings, and a note on each line written by hand") {
        Result mixed = run_on(mixed_log, {"check", default_log});
        Result canonical = run_on(canonical_log, {"check", default_log});
        CHECK(mixed.status == canonical.status);
        CHECK(without_notes(mixed.out) == without_notes(canonical.out));
        // Lines earlier than line 1 are back-dated entries: no problem.
        CHECK(canonical.out.empty());
        CHECK(canonical.status == ExitCode::ok);
    }
}
