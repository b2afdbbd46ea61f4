// A day's sets gathered into a session, and the log's sessions by exercise and day.
#include "core/sessions.hpp"

#include <catch2/catch.hpp>

using namespace backplan::core;

namespace {

Session session(std::vector<int> amounts) {
    Session s;
    s.date = parse_date("2026-11-02");
    for (int amount : amounts) {
        s.add(amount);
    }
    return s;
}

std::vector<int> kept(const Session& s) {
    return {s.amounts.begin(), s.amounts.begin() + s.kept()};
}

std::vector<std::string> dates(const Sessions& sessions) {
    std::vector<std::string> result;
    for (const Session& s : sessions) {
        result.push_back(format_date(s.date));
    }
    return result;
}

} // namespace

TEST_CASE("sessions::Session") {
    Session s = session({17, 15, 17});
    CHECK(s.sets == 3);
    CHECK(s.total == 49);
    CHECK(s.best_set() == 17);
    CHECK(kept(s) == std::vector<int>{17, 15, 17}); // in the order done, as today shows them
    CHECK(s.sets_reaching(17) == 2);
    CHECK(s.sets_reaching(15) == 3);
    CHECK(s.meets({2, 17}));
    CHECK_FALSE(s.meets({3, 17}));
    CHECK(s.meets({3, 15}));
    SECTION("sets in the order of the times they were logged at, a line logged later with an "
            "earlier time before the rest; the same time in the lines' order") {
        Session day;
        day.add(12, 9 * 3600);
        day.add(13, 9 * 3600);
        day.add(14, 8 * 3600); // logged afterwards, with --at 08:00
        day.add(15, 9 * 3600);
        CHECK(kept(day) == std::vector<int>{14, 12, 13, 15});
    }
    SECTION("past ten sets, a higher set takes the place of the lowest kept, after the others") {
        Session many = session({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 2});
        CHECK(many.sets == 13);
        CHECK(many.total == 80);
        CHECK(kept(many) == std::vector<int>{3, 4, 5, 6, 7, 8, 9, 10, 11, 12});
        CHECK(many.best_set() == 12);
        CHECK(many.meets({10, 3}));
        CHECK_FALSE(many.meets({10, 4}));
    }
}

TEST_CASE("sessions::LogHistory") {
    LogHistory history;
    LogEntry entry{
        {parse_date("2026-11-02"), 7 * 3600, 60}, "action2", Unit::reps, {20}, "", {}, {}};
    history.add(entry);
    entry.amounts = {19, 18};
    entry.time.seconds += 600;
    history.add(entry); // the same day: the same session
    entry.time.date = parse_date("2026-11-04");
    history.add(entry);
    const Sessions& by_date = history.sessions("action2");
    REQUIRE(by_date.size() == 2);
    CHECK(by_date.begin()->sets == 3);
    CHECK(by_date.begin()->total == 57);
    CHECK(kept(*by_date.begin()) == std::vector<int>{20, 19, 18});
    CHECK(history.sessions("action1").empty());

    SECTION("lines out of time order still make one session a day, oldest first") {
        entry.time.date = parse_date("2026-11-03"); // between the two days
        entry.amounts = {15};
        history.add(entry);
        entry.time.date = parse_date("2026-11-02"); // back to the first day
        entry.amounts = {21};
        history.add(entry);
        entry.time.date = parse_date("2026-10-26"); // before all of them
        history.add(entry);
        const Sessions& sorted = history.sessions("action2");
        CHECK(dates(sorted) ==
              std::vector<std::string>{"2026-10-26", "2026-11-02", "2026-11-03", "2026-11-04"});
        REQUIRE(sorted.find(parse_date("2026-11-02")) != nullptr);
        CHECK(sorted.find(parse_date("2026-11-02"))->sets == 4);
        CHECK(sorted.find(parse_date("2026-11-02"))->best_set() == 21);
        CHECK(sorted.find(parse_date("2026-11-03"))->total == 15);
        CHECK(sorted.find(parse_date("2026-11-05")) == nullptr);
        CHECK(sorted.lower_bound(parse_date("2026-10-30"))->date == parse_date("2026-11-02"));
    }
}

TEST_CASE("sessions::LogHistory::add keeps the day's highest pain") {
    LogHistory history;
    auto add = [&](const char* time, std::optional<int> pain) {
        LogEntry entry{parse_timestamp(time), "action2", Unit::reps, {20}, "", {}};
        entry.pain = pain;
        history.add(entry);
    };
    add("2026-11-24T07:30:00+01:00", 2);
    add("2026-11-24T12:00:00+01:00", 5);
    add("2026-11-24T18:00:00+01:00", std::nullopt);
    add("2026-11-25T07:30:00+01:00", 0);
    add("2026-11-26T07:30:00+01:00", std::nullopt);
    const Sessions& s = history.sessions("action2");
    CHECK(s.find(parse_date("2026-11-24"))->pain == 5);
    CHECK(s.find(parse_date("2026-11-24"))->sets == 3);
    CHECK(s.find(parse_date("2026-11-25"))->pain == 0);
    CHECK(s.find(parse_date("2026-11-26"))->pain == -1);
}
