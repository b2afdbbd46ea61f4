#include "core/error.hpp"
#include "io/log_store.hpp"
#include "support/run.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <sys/stat.h>

using namespace backplan;
using namespace backplan::io;
using backplan::test::read_file;
using backplan::test::scratch_directory;
using backplan::test::write_file;

namespace {

// Every line read_log_lines passes on, with "!" marking a line cut for being too long.
std::vector<std::string> read_all(const std::string& path) {
    std::vector<std::string> lines;
    read_log_lines(path, [&](std::size_t number, std::string_view text, bool too_long) {
        CHECK(number == lines.size() + 1);
        lines.push_back((too_long ? "!" : "") + std::string(text.substr(0, 40)));
    });
    return lines;
}

class Environment {
  public:
    Environment(const char* name, const char* value) : m_name(name) {
        if (const char* old = std::getenv(name)) {
            m_old = old;
        }
        value ? ::setenv(name, value, 1) : ::unsetenv(name);
    }
    ~Environment() { m_old ? ::setenv(m_name, m_old->c_str(), 1) : ::unsetenv(m_name); }

  private:
    const char* m_name;
    std::optional<std::string> m_old;
};

} // namespace

TEST_CASE("log_store::log_path: --log, then $BACKPLAN_LOG, then XDG_DATA_HOME, then HOME") {
    Environment home("HOME", "/home/u");
    Environment data("XDG_DATA_HOME", nullptr);
    Environment variable("BACKPLAN_LOG", nullptr);
    CHECK(log_path(std::nullopt) == "/home/u/.local/share/backplan/log.txt");
    {
        Environment xdg("XDG_DATA_HOME", "/data");
        CHECK(log_path(std::nullopt) == "/data/backplan/log.txt");
        Environment log("BACKPLAN_LOG", "/elsewhere/training.log");
        CHECK(log_path(std::nullopt) == "/elsewhere/training.log");
        CHECK(log_path(std::string("mine.txt")) == "mine.txt");
    }
    SECTION("a relative XDG_DATA_HOME is ignored, as the XDG spec says") {
        Environment xdg("XDG_DATA_HOME", "relative");
        CHECK(log_path(std::nullopt) == "/home/u/.local/share/backplan/log.txt");
    }
}

TEST_CASE("log_store::append_log_line") {
    std::string dir = scratch_directory();
    SECTION("creates the missing directories, private to the user") {
        std::string path = dir + "/data/backplan/log.txt";
        append_log_line(path, "first");
        append_log_line(path, "second");
        CHECK(read_file(path) == "first\nsecond\n");
        struct stat info {};
        ::stat((dir + "/data/backplan").c_str(), &info);
        CHECK((info.st_mode & 0777) == 0700);
    }
    SECTION("a file without a final newline gets one before the new line") {
        write_file(dir + "/log.txt", "edited by hand");
        append_log_line(dir + "/log.txt", "next");
        CHECK(read_file(dir + "/log.txt") == "edited by hand\nnext\n");
    }
    SECTION("a directory where the log should be cannot be appended to") {
        std::filesystem::create_directory(dir + "/log.txt");
        try {
            append_log_line(dir + "/log.txt", "x");
            FAIL("no exception");
        } catch (const Error& error) {
            CHECK(error.code() == ExitCode::cannot_create);
            CHECK(std::string(error.what()) ==
                  dir + "/log.txt: cannot open the log for appending: Is a directory");
        }
    }
    std::filesystem::remove_all(dir);
}

TEST_CASE("log_store::read_log_lines") {
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
