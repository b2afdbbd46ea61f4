// One prescription per date, on the real binary: over random logs, with the clock pinned,
// generate (from a Monday, a Tuesday, a Thursday and each date itself; on the template's days
// and on others; text and JSON), today and why give every date the same step, and it is the
// core's, from the log before the date and today.
#include "core/log_line.hpp"
#include "core/random_history.hpp"
#include "io/templates/template_lookup.hpp"
#include "support/run.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>

using namespace backplan;
using namespace backplan::test;

namespace {

// "2 x 16", by date and exercise id.
using Prescriptions = std::map<std::pair<std::string, std::string>, std::string>;

std::string step_text(int sets, int amount) {
    return std::to_string(sets) + " x " + std::to_string(amount);
}

Prescriptions from_json(const std::string& text) {
    Prescriptions found;
    nlohmann::json plan = nlohmann::json::parse(text);
    for (const auto& week : plan["weeks"]) {
        for (const auto& day : week["days"]) {
            for (const auto& item : day["exercises"]) {
                std::string unit = item["unit"];
                found[{day["date"], item["id"]}] = step_text(item["sets"], item[unit]);
            }
        }
    }
    return found;
}

// The prescriptions of a text plan, or of today's lines: "Mon 2026-11-23" heads a day's lines.
Prescriptions from_text(const std::string& text) {
    static const std::regex day(R"(^[A-Z][a-z]{2} (\d{4}-\d\d-\d\d).*$)");
    static const std::regex item(R"(^  (\S+)\s.*?\s(\d+) x (\d+) (reps|sec)\s.*$)");
    Prescriptions found;
    std::string date;
    std::istringstream lines(text);
    std::smatch match;
    for (std::string line; std::getline(lines, line);) {
        if (std::regex_match(line, match, day)) {
            date = match[1];
        } else if (std::regex_match(line, match, item)) {
            found[{date, match[1]}] = step_text(std::stoi(match[2]), std::stoi(match[3]));
        }
    }
    return found;
}

// why's line for the week of monday ("wk 3  2026-11-16  met 2 of 3 sessions at 2 x 16 ...",
// "... ahead: 2 x 18 taken as met ..."): the step it was at, the first "N x N" of the line.
std::string week_of(const std::string& why, const std::string& monday) {
    std::regex line("  " + monday + "  [^\\n]*?(\\d+) x (\\d+)");
    std::smatch match;
    REQUIRE(std::regex_search(why, match, line));
    return step_text(std::stoi(match[1]), std::stoi(match[2]));
}

// The history as log lines (oldest first), and as the core reads them back.
std::string log_text(const core::Routine& routine, const core::LogHistory& history,
                     core::LogHistory& read_back) {
    std::vector<std::string> lines;
    for (const core::Exercise& exercise : routine.exercises) {
        for (const core::Session& session : history.sessions(exercise.id)) {
            core::LogEntry entry{{session.date, 7 * 3600, 0},
                                 exercise.id,
                                 exercise.progression.unit,
                                 {},
                                 "",
                                 {},
                                 {}};
            entry.amounts.assign(session.amounts.begin(), session.amounts.begin() + session.kept());
            entry.pain = session.pain >= 0 ? std::optional<int>(session.pain) : std::nullopt;
            read_back.add(entry);
            lines.push_back(core::format_log_line(entry));
        }
    }
    std::sort(lines.begin(), lines.end());
    std::string text;
    for (const std::string& line : lines) {
        text += line + '\n';
    }
    return text;
}

} // namespace

TEST_CASE("one prescription per date from every command on random logs") {
    core::Routine routine = io::builtin_routine();
    const core::Date first = core::parse_date("2026-08-03"); // a Monday
    std::string dir = scratch_directory();
    std::string log = dir + "/log.txt";
    for (unsigned seed : {7u, 11u}) {
        std::mt19937 random(seed);
        core::LogHistory read_back;
        write_file(log, log_text(routine, random_history(routine, first, 20, random), read_back));
        // Today: a Wednesday in the log's 15th week.
        const core::Date today = core::parse_date("2026-11-11");
        auto run = [&](std::vector<std::string> args) {
            args.insert(args.end(), {"--log", log});
            RunResult result = run_backplan(args, pinned_clock("UTC", "2026-11-11T18:00:00Z"));
            REQUIRE(result.status == 0);
            CHECK(result.err.empty());
            return result.out;
        };
        // From the Monday a week before the log to four weeks after it, on every day.
        Prescriptions all =
            from_json(run({"generate", "--start", "2026-07-27", "--weeks", "25", "--days",
                           "mon,tue,wed,thu,fri,sat,sun", "--format", "json"}));
        REQUIRE(all.size() == 25 * 7 * routine.exercises.size());
        std::set<std::string> seen;
        for (const auto& entry : all) {
            // (Not a structured binding: clang 14 cannot capture one in the lambda below.)
            const auto& [key, step] = entry;
            const std::string& id = key.second;
            const core::Exercise& exercise =
                *std::find_if(routine.exercises.begin(), routine.exercises.end(),
                              [&](const core::Exercise& e) { return e.id == id; });
            core::Date date = core::parse_date(key.first);
            core::LogHistory before = history_before(routine, read_back, date);
            core::Pauses none;
            core::Step expected =
                core::replay(exercise.progression,
                             {routine.days, &before.sessions(exercise.id), &none, today},
                             core::add_days(date, 7))
                    .prescribed(date);
            CAPTURE(seed, key.first, key.second);
            CHECK(step == step_text(expected.sets, expected.amount));
            seen.insert(key.second + " " + step);
        }
        CHECK(seen.size() > 3 * routine.exercises.size()); // the log moved the plan
        auto same_as_all = [&](const Prescriptions& found, std::size_t at_least) {
            CHECK(found.size() >= at_least);
            for (const auto& [key, step] : found) {
                CAPTURE(seed, key.first, key.second);
                CHECK(step == all.at(key));
            }
        };
        same_as_all(from_text(run({"generate", "--start", "2026-07-28", "--weeks", "23"})),
                    23 * 3 * 6);
        same_as_all(from_json(run({"generate", "--start", "2026-08-13", "--weeks", "20", "--days",
                                   "tue,sat", "--format", "json"})),
                    20 * 2 * 6);
        // Every 9th date: each weekday in turn, a few times over.
        for (int day = 0; day < 24 * 7; day += 9) {
            std::string date =
                core::format_date(core::add_days(core::parse_date("2026-07-27"), day));
            CAPTURE(seed, date);
            same_as_all(
                from_json(run({"generate", "--start", date, "--weeks", "1", "--format", "json"})),
                3 * 6);
            same_as_all(from_text(run({"today", "--date", date})), 0);
            std::string id = "action" + std::to_string(1 + day % 6);
            std::string monday = core::format_date(core::monday_of_week(core::parse_date(date)));
            std::string why = run({"why", id, "--date", date});
            // A week with no line of its own is before the exercise's first session.
            if (why.find("  " + monday + "  ") != std::string::npos) {
                CHECK(week_of(why, monday) == all.at({monday, id}));
            }
        }
    }
    std::filesystem::remove_all(dir);
}
