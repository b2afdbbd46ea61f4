// Microbenchmarks of the hot paths: the log line parser (every report reads every line) and the
// progression ladder (every plan builds one per exercise). Run by scripts/bench.
#include "core/adaptive.hpp"
#include "core/log_line.hpp"
#include "core/progression.hpp"

#include <benchmark/benchmark.h>

using namespace backplan::core;

namespace {

void parse_line(benchmark::State& state, const std::string& line) {
    LogEntry entry;
    for (auto _ : state) {
        benchmark::DoNotOptimize(parse_log_line(line, entry));
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * line.size()));
}

// A line as backplan writes it (the fast path), and one edited by hand (the general parser).
void parse_log_line_bench(benchmark::State& state) {
    parse_line(state, "2026-11-24T07:30:00+01:00 action2 20 20 18 # towel slipped");
}
BENCHMARK(parse_log_line_bench);

void parse_hand_edited_line_bench(benchmark::State& state) {
    parse_line(state, "2026-11-24T07:30:00Z  action2\t20 20 18  #towel slipped");
}
BENCHMARK(parse_hand_edited_line_bench);

void format_log_line_bench(benchmark::State& state) {
    LogEntry entry;
    parse_log_line("2026-11-24T07:30:00+01:00 action2 20 20 18 # towel slipped", entry);
    for (auto _ : state) {
        benchmark::DoNotOptimize(format_log_line(entry));
    }
}
BENCHMARK(format_log_line_bench);

void ladder_bench(benchmark::State& state) {
    Progression p{Unit::reps, 2, {15, 20}, {4, 5}, {20, 25}, 1, 1};
    for (auto _ : state) {
        benchmark::DoNotOptimize(ladder(p));
    }
}
BENCHMARK(ladder_bench);

void session_add_bench(benchmark::State& state) {
    for (auto _ : state) {
        Session session;
        for (int amount : {20, 20, 18, 22, 19}) {
            session.add(amount);
        }
        benchmark::DoNotOptimize(session);
    }
}
BENCHMARK(session_add_bench);

} // namespace

BENCHMARK_MAIN();
