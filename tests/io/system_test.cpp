// The real System: files as the template reader, the log store and -o use them.
#include "core/error.hpp"
#include "io/system/posix_system.hpp"
#include "io/templates/template_lookup.hpp"
#include "support/run.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sys/stat.h>
#include <unistd.h>

using namespace backplan;
using namespace backplan::io;
using backplan::test::read_file;
using backplan::test::scratch_directory;
using backplan::test::write_file;

namespace {

// Every line read_lines passes on, with "!" marking a line cut for being too long.
std::vector<std::string> read_all(const std::string& path) {
    std::vector<std::string> lines;
    PosixSystem().read_lines(
        path, "log", [&](std::size_t number, std::string_view text, bool too_long) {
            CHECK(number == lines.size() + 1);
            lines.push_back((too_long ? "!" : "") + std::string(text.substr(0, 40)));
        });
    return lines;
}

constexpr std::size_t max_log_line_bytes = max_line_bytes;

} // namespace

TEST_CASE("posix_system::read_lines") {
    std::string dir = scratch_directory();
    std::string path = dir + "/log.txt";
    SECTION("every line, the last one even without its newline") {
        write_file(path, "a\n\nb\r\nc");
        CHECK(read_all(path) == std::vector<std::string>{"a", "", "b\r", "c"});
    }
    SECTION("an empty file has no lines") {
        write_file(path, "");
        CHECK(read_all(path).empty());
    }
    SECTION("lines that cross the read buffer's boundaries arrive whole") {
        std::string content;
        for (int i = 0; i < 30000; ++i) {
            content += "2026-11-24T07:30:00+00:00 action2 " + std::to_string(i) + "\n";
        }
        write_file(path, content);
        std::vector<std::string> lines = read_all(path);
        REQUIRE(lines.size() == 30000);
        for (int i = 0; i < 30000; ++i) {
            if (lines[static_cast<std::size_t>(i)] !=
                "2026-11-24T07:30:00+00:00 action2 " + std::to_string(i)) {
                FAIL("line " << i + 1 << " is " << lines[static_cast<std::size_t>(i)]);
            }
        }
    }
    SECTION("a line longer than the limit is passed cut, marked, and reading goes on") {
        write_file(path, "a\n" + std::string(max_log_line_bytes + 1, 'x') + "\nb\n" +
                             std::string(3 * max_log_line_bytes, 'y') + "\nc");
        CHECK(read_all(path) == std::vector<std::string>{"a", "!" + std::string(40, 'x'), "b",
                                                         "!" + std::string(40, 'y'), "c"});
    }
    SECTION("a missing log is missing input") {
        try {
            read_all(dir + "/none.txt");
            FAIL("no exception");
        } catch (const Error& error) {
            CHECK(error.code() == ExitCode::no_input);
        }
    }
    std::filesystem::remove_all(dir);
}

TEST_CASE("posix_system::read_file, as read_template_file reads templates") {
    namespace fs = std::filesystem;
    PosixSystem system;
    fs::path dir = fs::temp_directory_path() / ("backplan-loader-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    SECTION("a missing file is missing input") {
        std::string path = (dir / "missing.yaml").string();
        try {
            read_template_file(system, path);
            FAIL("no exception");
        } catch (const Error& error) {
            CHECK(error.code() == ExitCode::no_input);
            CHECK(std::string(error.what()) ==
                  path + ": cannot open template: No such file or directory");
        }
    }
    SECTION("a directory is refused as data") {
        try {
            read_template_file(system, dir.string());
            FAIL("no exception");
        } catch (const Error& error) {
            CHECK(error.code() == ExitCode::data);
            CHECK(std::string(error.what()) ==
                  dir.string() + ": not a regular file; expected a YAML template");
        }
    }
    SECTION("a file is read whole") {
        std::string valid = "name: Test\n";
        std::ofstream(dir / "t.yaml") << valid;
        CHECK(read_template_file(system, (dir / "t.yaml").string()).text == valid);
    }
    fs::remove_all(dir);
}

TEST_CASE("posix_system: the build ID is the running program's, as readelf reads its file") {
    // A checkpoint is kept only with the ID (an empty one turns checkpoints off), and only a
    // checkpoint of the same build is used.
    std::string id = PosixSystem().environment().build_id;
    REQUIRE_FALSE(id.empty());
    CHECK(id.find_first_not_of("0123456789abcdef") == std::string::npos);
    std::string notes = scratch_directory() + "/notes.txt";
    REQUIRE(std::system(
                ("readelf -n /proc/" + std::to_string(::getpid()) + "/exe > " + notes).c_str()) ==
            0);
    std::string text = read_file(notes);
    std::size_t at = text.find("Build ID: ");
    REQUIRE(at != std::string::npos);
    at += std::string_view("Build ID: ").size();
    CHECK(text.substr(at, text.find('\n', at) - at) == id);
}
