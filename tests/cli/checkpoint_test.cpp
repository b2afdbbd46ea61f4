// The log's checkpoint (README, Performance), with the real program on real files: made by a run
// that reads the whole log, gone on from by the next, and never used once it no longer stands for
// the log, the routine or the time zone. Whatever the checkpoint, every view prints what a run
// without one prints.
#include "support/run.hpp"

#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <sys/stat.h>

using namespace backplan::test;

namespace {

// The run's clock: Wednesday 2026-12-02, in week 2969 from 1970-01-05. The near checkpoint
// (generate, today, train) is at the start of 2 weeks before it on a 4-week grid: week 2967,
// 2964 = 741 x 4, 2026-10-26. The far one (why) 26 weeks before it on a 13-week grid: week 2943,
// 2938 = 226 x 13, 2026-04-27.
constexpr const char* now = "2026-12-02T18:00:00Z";
const std::string made = "made the checkpoint of the week of 2026-10-26";
const std::string went_on = "went on from the checkpoint of the week of 2026-10-26";

// Six exercises on Mondays, Wednesdays and Fridays from the first Monday of first_year (2024-01-01
// by default) to 2026-11-30, three sets of 20 to 25 a line.
std::string years_of_log(int first_year = 2024) {
    std::string log;
    int n = 0;
    std::chrono::sys_days first{std::chrono::year(first_year) / 1 / std::chrono::Monday[1]};
    for (std::chrono::sys_days day = first;
         day <= std::chrono::sys_days{std::chrono::year(2026) / 11 / 30};
         day += std::chrono::days(1)) {
        std::chrono::weekday weekday(day);
        if (weekday != std::chrono::Monday && weekday != std::chrono::Wednesday &&
            weekday != std::chrono::Friday) {
            continue;
        }
        std::chrono::year_month_day date(day);
        char line[80];
        for (int e = 1; e <= 6; ++e, ++n) {
            std::snprintf(line, sizeof line, "%04d-%02u-%02uT07:%02d:00+00:00 action%d %d %d %d\n",
                          static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                          static_cast<unsigned>(date.day()), e * 5, e, 20 + n % 6, 20 + (n + 2) % 6,
                          20 + (n + 4) % 6);
            log += line;
        }
    }
    return log;
}

// What a run showed the user: its standard output, then its standard error without -vv's lines
// (what became of the checkpoint, and how long things took).
std::string shown(const RunResult& result) {
    std::string err;
    for (std::size_t at = 0; at < result.err.size();) {
        std::size_t end = std::min(result.err.find('\n', at), result.err.size());
        std::string_view line = std::string_view(result.err).substr(at, end - at);
        if (!line.starts_with("backplan: debug:")) {
            err.append(line);
            err += '\n';
        }
        at = end + 1;
    }
    return result.out + "--- standard error:\n" + err;
}

struct Checkpointed {
    Scratch scratch;
    std::string cache = scratch.dir + "/cache";
    std::string zone = "UTC";

    std::string log = scratch.log;
    std::map<std::string, std::string> more_env;

    // backplan -vv ARGS... over the log, with the cache in cache_dir.
    RunResult run(std::vector<std::string> args, const std::string& cache_dir) const {
        std::map<std::string, std::string> env = pinned_clock(zone, now);
        env.insert(more_env.begin(), more_env.end());
        env["XDG_CACHE_HOME"] = cache_dir;
        env["XDG_CONFIG_HOME"] = scratch.dir + "/config";
        args.insert(args.begin(), "-vv");
        args.insert(args.end(), {"--log", log});
        return run_backplan(args, env);
    }
    // What the command shows with no checkpoint at all (a cache of its own, new each time).
    std::string without(const std::vector<std::string>& args) const {
        static int fresh = 0;
        RunResult result = run(args, scratch.dir + "/fresh" + std::to_string(++fresh));
        REQUIRE(result.status == 0);
        return shown(result);
    }
};

bool says(const RunResult& result, const std::string& what) {
    return result.err.find(what) != std::string::npos;
}

// Each view, and the week of the checkpoint it goes on from.
const std::vector<std::pair<std::vector<std::string>, std::string>> views{
    {{"generate", "--weeks", "3"}, "2026-10-26"},
    {{"today"}, "2026-10-26"},
    {{"why", "action2"}, "2026-04-27"},
    {{"train"}, "2026-10-26"}};

} // namespace

TEST_CASE("checkpoint: made by a whole reading, gone on from by the next, alike in every view") {
    Checkpointed c;
    write_file(c.scratch.log, years_of_log());
    RunResult first = c.run({"generate", "--weeks", "3"}, c.cache);
    REQUIRE(first.status == 0);
    CHECK(says(first, made));
    for (const auto& [view, week] : views) {
        CAPTURE(view.front());
        RunResult once = c.run(view, c.cache); // the first of why makes the far one
        REQUIRE(once.status == 0);
        CHECK(shown(once) == c.without(view));
        RunResult again = c.run(view, c.cache);
        CHECK(says(again, "went on from the checkpoint of the week of " + week));
        CHECK(shown(again) == c.without(view));
    }
    // Sets of today, appended: after the bytes it stands for, of a week after its own.
    write_file(c.scratch.log, years_of_log() + "2026-12-02T07:00:00+00:00 action2 25 25 25\n");
    for (const auto& [view, week] : views) {
        CAPTURE(view.front());
        RunResult again = c.run(view, c.cache);
        CHECK(says(again, "went on from the checkpoint of the week of " + week));
        CHECK(shown(again) == c.without(view));
    }
    // why --all and report ask about every week: the whole log, and no word of a checkpoint.
    RunResult all = c.run({"why", "action2", "--all"}, c.cache);
    CHECK_FALSE(says(all, "checkpoint"));
}

TEST_CASE("checkpoint: a report of the longest span goes on from one 999 to 1011 weeks back") {
    // The run's week is 2969 from 1970-01-05; 999 weeks before it, 1970, on a 13-week grid:
    // 1963 = 151 x 13, the week of 2007-08-20. The report's 1000 weeks start on 2007-10-08.
    Checkpointed c;
    write_file(c.scratch.log, years_of_log(2005)); // 21 years: 19,8xx lines
    const std::string week = "the checkpoint of the week of 2007-08-20";
    const std::vector<std::vector<std::string>> reports{
        {"report"},
        {"report", "--format", "csv"},
        {"report", "--action", "action2", "--format", "json"},
        {"report", "--since", "2020-01-06", "--until", "2020-03-01"}};
    for (const std::vector<std::string>& report : reports) {
        CAPTURE(report);
        RunResult once = c.run(report, c.cache); // the first makes it
        REQUIRE(once.status == 0);
        CHECK(shown(once) == c.without(report));
        RunResult again = c.run(report, c.cache);
        CHECK(says(again, "went on from " + week));
        CHECK(shown(again) == c.without(report));
    }
    RunResult cut = c.run({"report"}, c.cache);
    CHECK(says(cut, "a report covers at most 1000 weeks: these start on 2007-10-08"));
    // Sets of a day before its week, appended: the whole log read again, and the same report.
    write_file(c.scratch.log, years_of_log(2005) + "2006-03-01T07:00:00+00:00 action1 99 99\n");
    RunResult after = c.run({"report"}, c.cache);
    CHECK(says(after, "the log changed before its checkpoint"));
    CHECK(shown(after) == c.without({"report"}));
    // --since a day before its week: cut to the 1000 weeks, which it holds.
    std::vector<std::string> early{"report", "--since", "2007-01-01"};
    RunResult run = c.run(early, c.cache);
    CHECK(says(run, "went on from " + week));
    CHECK(shown(run) == c.without(early));
    // Weeks long over, whose 1000 begin before it: the whole log, as before.
    std::vector<std::string> old{"report", "--until", "2010-01-01"};
    run = c.run(old, c.cache);
    CHECK_FALSE(says(run, "checkpoint"));
    CHECK(shown(run) == c.without(old));
}

TEST_CASE("checkpoint: one that no longer stands for the log is never used") {
    Checkpointed c;
    std::string log = years_of_log();
    write_file(c.scratch.log, log);
    std::vector<std::string> plan{"generate", "--weeks", "3"};
    RunResult made_it = c.run(plan, c.cache);
    REQUIRE(says(made_it, made));
    std::string before = shown(made_it);
    SECTION("sets within its bytes changed, the file's length the same") {
        // Every set of 2024 ten lower (20-25 -> 10-15): short weeks all year, a different plan.
        std::string changed = log;
        std::size_t end = changed.find("2025-01-01");
        for (std::size_t at = 0; (at = changed.find(" 2", at)) < end; ++at) {
            changed[at + 1] = '1';
        }
        write_file(c.scratch.log, changed);
        CHECK(c.without(plan) != before);
    }
    SECTION("the log cut short") {
        write_file(c.scratch.log, log.substr(0, log.find("2026-03-02")));
        CHECK(c.without(plan) != before);
    }
    SECTION("a line put in among its bytes") {
        std::string changed = log;
        changed.insert(changed.find("2025-03-03"), "2025-02-28T19:00:00+00:00 action1 20\n");
        write_file(c.scratch.log, changed);
    }
    SECTION("sets of a day before its week, appended") {
        write_file(c.scratch.log, log + "2026-04-24T07:00:00+00:00 action1 40 40 40 40 40\n");
    }
    SECTION("a cancellation of a record before its week, appended") {
        write_file(c.scratch.log, log + "2026-12-01T08:00:00+00:00 !undo "
                                        "2026-04-24T07:05:00+00:00 action1\n");
    }
    SECTION("a pause from a day before its week, appended") {
        write_file(c.scratch.log, log + "2026-12-01T08:00:00+00:00 !pause 2026-03-02 2026-05-31\n");
    }
    SECTION("the routine's days changed in the config file") {
        std::filesystem::create_directories(c.scratch.dir + "/config/backplan");
        write_file(c.scratch.dir + "/config/backplan/config.yaml", "days: [tue, thu, sat]\n");
    }
    SECTION("another time zone") {
        c.zone = "Europe/Paris";
    }
    SECTION("a checkpoint file of nonsense") {
        for (const auto& entry : std::filesystem::directory_iterator(c.cache + "/backplan")) {
            write_file(entry.path().string(), "backplan checkpoint 1\nkey x\n");
        }
    }
    RunResult after = c.run(plan, c.cache);
    REQUIRE(after.status == 0);
    CHECK_FALSE(says(after, "went on from"));
    CHECK(shown(after) == c.without(plan));
    // The next run goes on from the checkpoint made for the log as it is now: after a line that
    // reached back, one that stands for it too.
    RunResult next = c.run(plan, c.cache);
    CHECK(says(next, went_on));
    CHECK(shown(next) == shown(after));
}

TEST_CASE("checkpoint: records that reach back before its week in other ways") {
    Checkpointed c;
    std::string log = years_of_log();
    std::vector<std::string> plan{"generate", "--weeks", "3"};
    // Made for the log as the section writes it, then the section appends what it appends.
    auto made_for = [&](const std::string& text) {
        write_file(c.log, text);
        RunResult made_it = c.run(plan, c.cache);
        REQUIRE(says(made_it, made));
        return shown(made_it);
    };
    SECTION("a pause of days before its week, then cancelled") {
        // Two weeks of October not trained, and paused.
        std::string paused;
        for (std::size_t at = 0; at < log.size();) {
            std::size_t end = log.find('\n', at) + 1;
            std::string_view line = std::string_view(log).substr(at, end - at);
            if (!(line >= "2026-10-05" && line < "2026-10-19")) {
                paused.append(line);
            }
            at = end;
        }
        paused += "2026-12-01T08:00:00+00:00 !pause 2026-10-05 2026-10-18\n";
        std::string before = made_for(paused);
        write_file(c.log, paused + "2026-12-02T08:00:00+00:00 !undo 2026-12-01T08:00:00+00:00 "
                                   "!pause\n");
        CHECK(c.without(plan) != before); // the two weeks missed, not paused
    }
    SECTION("a cancellation, in another offset, of sets of a day before its week") {
        std::string more = log + "2026-10-25T23:30:00+00:00 action1 40 40 40 40 40\n";
        made_for(more);
        write_file(c.log, more + "2026-12-02T17:00:00+00:00 !undo 2026-10-26T00:30:00+01:00 "
                                 "action1\n");
    }
    SECTION("sets of one instant in two offsets, on either side of its week's start") {
        // Before the week, cancelled; then a new record of the same instant, written on a day of
        // the week: it stands.
        made_for(log + "2026-10-25T23:30:00+00:00 action1 40 40 40 40 40\n"
                       "2026-10-25T23:40:00+00:00 !undo 2026-10-25T23:30:00+00:00 action1\n"
                       "2026-10-26T00:30:00+01:00 action1 40 40 40 40 40 # again\n");
    }
    SECTION("an alias the log's lines use, taken out of the template") {
        std::string routine_path = BACKPLAN_SOURCE_DIR;
        routine_path.append("/plans/home-back.yaml"); // (GCC 12 warns wrongly of string + literal)
        std::string routine = read_file(routine_path);
        std::size_t alias = routine.find("back-extension");
        REQUIRE(alias != std::string::npos);
        std::string template_path = c.scratch.dir + "/mine.yaml";
        write_file(template_path, routine);
        plan.insert(plan.begin(), {"-t", template_path});
        std::string aliased = log;
        for (std::size_t at = 0; (at = aliased.find(" action1 ", at)) < aliased.find("2025-06");) {
            aliased.replace(at, 9, " back-extension ");
            at += 16;
        }
        std::string before = made_for(aliased);
        routine.replace(alias, std::string("back-extension").size(), "back-extender");
        write_file(template_path, routine);
        CHECK(c.without(plan) != before); // those lines name nothing now
    }
    SECTION("its last line without its newline") {
        made_for(log.substr(0, log.find("2026-10-26")) + "2026-10-25T07:00:00+00:00 action1 20");
        RunResult again = c.run(plan, c.cache);
        CHECK(says(again, went_on));
    }
    RunResult after = c.run(plan, c.cache);
    REQUIRE(after.status == 0);
    CHECK(shown(after) == c.without(plan));
}

TEST_CASE("checkpoint: none without a place for it") {
    Checkpointed c;
    write_file(c.log, years_of_log());
    std::string cwd = std::filesystem::current_path().string();
    SECTION("no HOME") {
        c.more_env = {{"HOME", ""}};
        RunResult result = c.run({"today"}, "");
        CHECK(result.status == 0);
        CHECK_FALSE(says(result, "made the checkpoint"));
        CHECK_FALSE(std::filesystem::exists(cwd + "/-near"));
    }
    SECTION("a relative HOME: never a cache under the working directory") {
        c.more_env = {{"HOME", "relhome"}};
        RunResult result = c.run({"today"}, "");
        CHECK(result.status == 0);
        CHECK_FALSE(says(result, "made the checkpoint"));
        CHECK_FALSE(std::filesystem::exists(cwd + "/relhome"));
    }
}

TEST_CASE("checkpoint: a link or a FIFO where its file would be is left alone") {
    Checkpointed c;
    write_file(c.log, years_of_log());
    std::vector<std::string> plan{"generate", "--weeks", "3"};
    RunResult first = c.run(plan, c.cache);
    REQUIRE(says(first, made));
    std::string file;
    for (const auto& entry : std::filesystem::directory_iterator(c.cache + "/backplan")) {
        file = entry.path().string();
    }
    REQUIRE(file.ends_with("-near"));
    std::filesystem::remove(file);
    SECTION("a symbolic link to a file of the user's: not written through") {
        std::string mine = c.scratch.dir + "/mine.txt";
        write_file(mine, "my notes\n");
        std::filesystem::create_symlink(mine, file);
        RunResult result = c.run(plan, c.cache);
        CHECK(result.status == 0);
        CHECK(shown(result) == c.without(plan));
        CHECK(read_file(mine) == "my notes\n");
        CHECK(std::filesystem::is_symlink(file));
    }
    SECTION("a FIFO: neither read nor written (either would wait for ever)") {
        REQUIRE(::mkfifo(file.c_str(), 0600) == 0);
        RunResult result = c.run(plan, c.cache);
        CHECK(result.status == 0);
        CHECK(shown(result) == c.without(plan));
        CHECK(says(result, "not a regular file; no checkpoint read or made there"));
    }
}
