// core::Pauses: which days a log's pause and resume records pause, whatever the order of its
// lines. Dates: Mon 2026-11-23, Mon 2026-11-30 and Mon 2026-12-07 start weeks.
#include "core/pauses.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace backplan::core;

namespace {

// The record of a canonical pause or resume line.
LogEntry record(std::string_view line) {
    LogEntry entry;
    LineKind kind = parse_log_line(line, entry);
    REQUIRE((kind == LineKind::pause || kind == LineKind::resume));
    return entry;
}

// The spans as "FIRST..LAST (NOTE)", for comparing and for reading in a failure.
std::vector<std::string> spans_of(const Pauses& pauses) {
    std::vector<std::string> spans;
    for (const PauseSpan& span : pauses.spans()) {
        spans.push_back(format_date(span.first) + ".." + format_date(span.last) + " (" + span.note +
                        ")");
    }
    return spans;
}

std::vector<std::string> spans_of(const std::vector<std::string>& lines) {
    Pauses pauses;
    for (const std::string& line : lines) {
        pauses.add(record(line));
    }
    return spans_of(pauses);
}

using Spans = std::vector<std::string>;

const std::string flu = "2026-11-20T08:00:00+00:00 !pause 2026-11-25 2026-12-06 # flu";

} // namespace

TEST_CASE("pauses::Pauses::spans") {
    SECTION("no records: no paused day") {
        Pauses pauses;
        CHECK(pauses.empty());
        CHECK(pauses.spans().empty());
    }
    SECTION("one pause is one span, its note kept") {
        CHECK(spans_of({flu}) == Spans{"2026-11-25..2026-12-06 (flu)"});
        CHECK(spans_of({"2026-11-20T08:00:00+00:00 !pause 2026-11-25 2026-11-25"}) ==
              Spans{"2026-11-25..2026-11-25 ()"});
    }
    SECTION("a resume written later, within the pause, ends it the day before") {
        CHECK(spans_of({flu, "2026-12-01T18:00:00+00:00 !resume 2026-12-02"}) ==
              Spans{"2026-11-25..2026-12-01 (flu)"});
        // On its last day: the last day only is given back.
        CHECK(spans_of({flu, "2026-12-01T18:00:00+00:00 !resume 2026-12-06"}) ==
              Spans{"2026-11-25..2026-12-05 (flu)"});
    }
    SECTION("a resume on the pause's first day removes it") {
        std::vector<std::string> lines{flu, "2026-11-24T18:00:00+00:00 !resume 2026-11-25"};
        Pauses pauses;
        for (const std::string& line : lines) {
            pauses.add(record(line));
        }
        CHECK(pauses.spans().empty());
        CHECK_FALSE(pauses.empty());
    }
    SECTION("of two resumes written later, the earlier day ends it") {
        CHECK(spans_of({"2026-11-27T18:00:00+00:00 !resume 2026-12-01", flu,
                        "2026-11-28T18:00:00+00:00 !resume 2026-11-29"}) ==
              Spans{"2026-11-25..2026-11-28 (flu)"});
    }
    SECTION("a resume written before the pause, or outside its days, does not cut it") {
        CHECK(spans_of({flu, "2026-11-19T18:00:00+00:00 !resume 2026-11-28"}) ==
              Spans{"2026-11-25..2026-12-06 (flu)"});
        CHECK(spans_of({flu, "2026-12-01T18:00:00+00:00 !resume 2026-12-07"}) ==
              Spans{"2026-11-25..2026-12-06 (flu)"});
        CHECK(spans_of({flu, "2026-12-01T18:00:00+00:00 !resume 2026-11-24"}) ==
              Spans{"2026-11-25..2026-12-06 (flu)"});
    }
    SECTION("a resume cuts only the pauses written before it") {
        CHECK(spans_of({flu, "2026-11-27T18:00:00+00:00 !resume 2026-11-28",
                        "2026-11-29T08:00:00+00:00 !pause 2026-11-30 2026-12-03 # relapse"}) ==
              Spans{"2026-11-25..2026-11-27 (flu)", "2026-11-30..2026-12-03 (relapse)"});
    }
    SECTION("overlapping pauses are one, notes in the order written") {
        CHECK(spans_of({flu, "2026-11-21T08:00:00+00:00 !pause 2026-12-04 2026-12-10 # travel"}) ==
              Spans{"2026-11-25..2026-12-10 (flu; travel)"});
        // Written first, though its days come later: its note comes first.
        CHECK(spans_of({flu, "2026-11-10T08:00:00+00:00 !pause 2026-12-01 2026-12-12 # travel"}) ==
              Spans{"2026-11-25..2026-12-12 (travel; flu)"});
        // One inside the other.
        CHECK(spans_of({flu, "2026-11-22T08:00:00+00:00 !pause 2026-11-28 2026-11-29 # worse"}) ==
              Spans{"2026-11-25..2026-12-06 (flu; worse)"});
    }
    SECTION("adjacent pauses are one; a day between keeps them two") {
        CHECK(spans_of({"2026-11-20T08:00:00+00:00 !pause 2026-11-25 2026-11-29 # a",
                        "2026-11-21T08:00:00+00:00 !pause 2026-11-30 2026-12-02 # b"}) ==
              Spans{"2026-11-25..2026-12-02 (a; b)"});
        CHECK(spans_of({"2026-11-20T08:00:00+00:00 !pause 2026-11-25 2026-11-29 # a",
                        "2026-11-21T08:00:00+00:00 !pause 2026-12-01 2026-12-02 # b"}) ==
              Spans{"2026-11-25..2026-11-29 (a)", "2026-12-01..2026-12-02 (b)"});
    }
    SECTION("a note said twice is joined once; a pause without a note adds none") {
        CHECK(spans_of({flu, "2026-11-21T08:00:00+00:00 !pause 2026-12-01 2026-12-09 # flu",
                        "2026-11-22T08:00:00+00:00 !pause 2026-12-08 2026-12-12"}) ==
              Spans{"2026-11-25..2026-12-12 (flu)"});
    }
    SECTION("a resume ends the whole of pauses joined into one, the later days too") {
        CHECK(spans_of({"2026-11-20T08:00:00+00:00 !pause 2026-11-25 2026-11-30 # a",
                        "2026-11-19T08:00:00+00:00 !pause 2026-12-01 2026-12-10 # b",
                        "2026-11-28T08:00:00+00:00 !resume 2026-11-28"}) ==
              Spans{"2026-11-25..2026-11-27 (b; a)"});
    }
    SECTION("a resume in the same second as a pause ends it (pause, then pause --end)") {
        CHECK(spans_of({"2026-11-28T08:00:00+00:00 !pause 2026-11-25 2026-12-06",
                        "2026-11-28T08:00:00+00:00 !resume 2026-11-28"}) ==
              Spans{"2026-11-25..2026-11-27 ()"});
    }
    SECTION("a note of the longest length a note may have is kept whole") {
        std::string longest(max_note_length, 'n');
        CHECK(spans_of({"2026-11-20T08:00:00+00:00 !pause 2026-11-25 2026-12-06 # " + longest}) ==
              Spans{"2026-11-25..2026-12-06 (" + longest + ")"});
    }
    SECTION("the notes of a span are kept to one note's length") {
        std::string long_note(300, 'n');
        CHECK(spans_of({flu + std::string(" ") + long_note,
                        "2026-11-21T08:00:00+00:00 !pause 2026-11-30 2026-12-10 # " + long_note}) ==
              Spans{"2026-11-25..2026-12-10 (flu " + long_note + ")"});
    }
    SECTION("a record added after the spans were asked for changes them") {
        Pauses pauses;
        pauses.add(record(flu));
        REQUIRE(spans_of(pauses) == Spans{"2026-11-25..2026-12-06 (flu)"});
        pauses.add(record("2026-11-26T18:00:00+00:00 !resume 2026-11-27"));
        CHECK(spans_of(pauses) == Spans{"2026-11-25..2026-11-26 (flu)"});
    }
}

TEST_CASE("pauses::Pauses::spans does not depend on the order records are added in") {
    SECTION("every order of five records") {
        std::vector<std::string> lines{
            flu,
            "2026-11-21T08:00:00+00:00 !pause 2026-12-10 2026-12-13 # travel",
            "2026-11-27T18:00:00+00:00 !resume 2026-11-30",
            "2026-11-28T08:00:00+00:00 !pause 2026-12-02 2026-12-09 # relapse",
            "2026-11-29T08:00:00+00:00 !pause 2026-11-20 2026-11-22",
        };
        // flu is cut to 11-25..11-29 (the resume is written after it); travel is written before
        // the resume but outside it; relapse, written after the resume, holds 12-02..12-09 and
        // touches travel; 11-20..11-22 stands alone (11-23 and 11-24 are between).
        Spans expected{"2026-11-20..2026-11-22 ()", "2026-11-25..2026-11-29 (flu)",
                       "2026-12-02..2026-12-13 (travel; relapse)"};
        std::vector<std::size_t> order{0, 1, 2, 3, 4};
        int orders = 0;
        do {
            std::vector<std::string> shuffled;
            for (std::size_t i : order) {
                shuffled.push_back(lines[i]);
            }
            CAPTURE(order);
            CHECK(spans_of(shuffled) == expected);
            ++orders;
        } while (std::next_permutation(order.begin(), order.end()));
        CHECK(orders == 120);
    }
    SECTION("every order of four records written at nearly the same time") {
        std::vector<std::string> lines{
            "2026-11-20T08:00:00+01:00 !pause 2026-11-25 2026-11-28 # b",
            "2026-11-20T07:30:00+00:00 !pause 2026-11-27 2026-12-01 # c",
            "2026-11-20T06:59:59+00:00 !pause 2026-11-23 2026-11-24 # a",
            "2026-11-20T07:15:00+00:00 !resume 2026-11-26",
        };
        // By instant: a (06:59:59Z), b (07:00Z), the resume (07:15Z), c (07:30Z). The resume
        // cuts b to 11-25 only: a and b touch; c, not cut, starts after 11-26.
        std::vector<std::size_t> order{0, 1, 2, 3};
        do {
            std::vector<std::string> shuffled;
            for (std::size_t i : order) {
                shuffled.push_back(lines[i]);
            }
            CAPTURE(order);
            CHECK(spans_of(shuffled) ==
                  Spans{"2026-11-23..2026-11-25 (a; b)", "2026-11-27..2026-12-01 (c)"});
        } while (std::next_permutation(order.begin(), order.end()));
    }
}

TEST_CASE("pauses::Pauses::covering and paused") {
    Pauses pauses;
    pauses.add(record(flu));
    pauses.add(record("2026-11-21T08:00:00+00:00 !pause 2026-12-10 2026-12-13 # travel"));
    SECTION("a day within a span is paused, by that span") {
        for (const char* day : {"2026-11-25", "2026-11-30", "2026-12-06"}) {
            CAPTURE(day);
            const PauseSpan* span = pauses.covering(parse_date(day));
            REQUIRE(span != nullptr);
            CHECK(span->first == parse_date("2026-11-25"));
            CHECK(span->last == parse_date("2026-12-06"));
            CHECK(span->note == "flu");
            CHECK(pauses.paused(parse_date(day)));
        }
        const PauseSpan* travel = pauses.covering(parse_date("2026-12-13"));
        REQUIRE(travel != nullptr);
        CHECK(travel->note == "travel");
    }
    SECTION("days before, between and after the spans are not") {
        for (const char* day :
             {"1969-12-29", "2026-11-24", "2026-12-07", "2026-12-09", "2026-12-14", "9999-12-31"}) {
            CAPTURE(day);
            CHECK(pauses.covering(parse_date(day)) == nullptr);
            CHECK_FALSE(pauses.paused(parse_date(day)));
        }
    }
}

TEST_CASE("pauses::Pauses::paused_in_week") {
    Pauses pauses;
    CHECK(pauses.paused_in_week(parse_date("2026-11-23")).empty());
    pauses.add(record(flu));
    pauses.add(record("2026-11-21T08:00:00+00:00 !pause 2026-12-10 2026-12-13 # travel"));
    CHECK(pauses.paused_in_week(parse_date("2026-11-16")).empty());
    CHECK(pauses.paused_in_week(parse_date("2026-11-23")) == parse_weekdays("wed,thu,fri,sat,sun"));
    CHECK(pauses.paused_in_week(parse_date("2026-11-30")) == WeekdaySet::all());
    // Mon 12-07 to Sun 12-13: the flu is over on Sunday 12-06, travel from Thursday.
    CHECK(pauses.paused_in_week(parse_date("2026-12-07")) == parse_weekdays("thu,fri,sat,sun"));
    CHECK(pauses.paused_in_week(parse_date("2026-12-14")).empty());
}
