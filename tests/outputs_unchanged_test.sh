#!/usr/bin/env bash
# Every output, byte for byte, as it was when these files were made: generate in its six
# formats, today, why, show, report in its three formats and its chart, history (as the log and
# in three apps' columns) and check, over
# one log of every kind of record (tests/data/golden/log.txt), the clock pinned by libfaketime.
# A change meant to keep what users see (a restructuring, a speed-up) must keep these; a change
# meant to alter an output alters its file here, in the same commit, where a reviewer sees it.
# Usage: outputs_unchanged_test.sh BACKPLAN GOLDEN_DIR [--write]
set -uo pipefail
backplan=$(realpath "$1")
golden=$(realpath "$2")
write=${3:-}
libfaketime=/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1
[[ -f $libfaketime ]] || { echo "SKIP: libfaketime is missing (Debian package faketime)"; exit 77; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME=$scratch/home XDG_CONFIG_HOME=$scratch/home/config XDG_DATA_HOME=$scratch/home/data
export XDG_CACHE_HOME=$scratch/home/cache
export TZ=Europe/Berlin LANG=C.UTF-8 SOURCE_DATE_EPOCH=1764000000
unset BACKPLAN_LOG BACKPLAN_LOCK_TIMEOUT NO_COLOR
mkdir -p "$HOME"
cp "$golden/log.txt" "$scratch/log.txt"
cd "$scratch" || exit 1
# Thursday 2026-11-26, 18:00 in Berlin.
run() { # NAME ARGS...: the output and exit status of backplan ARGS over the golden log
    local name=$1
    shift
    # ASAN_OPTIONS as tests/support/run.cpp says: a sanitized build may hang under libfaketime.
    LD_PRELOAD=$libfaketime FAKETIME_FMT=%s FAKETIME=1795712400 \
        ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}allocator_release_to_os_interval_ms=-1 \
        "$backplan" --log log.txt "$@" >"$scratch/$name.out" 2>&1
    echo "exit $?" >>"$scratch/$name.out"
}
for format in text ics html csv json markdown; do
    run "generate-$format" generate --start 2026-11-16 --weeks 3 --format "$format"
done
run today today
run today-monday today --date 2026-11-23
run today-line today --format line
run today-line-monday today --format line --date 2026-11-23
run why-action1 why action1
run why-action2 why action2 --all
run show show
run show-action2 show action2
run report report --ascii
run report-unicode report
run report-csv report --format csv
run report-json report --format json
run report-chart report --chart chart.svg
cp chart.svg "$scratch/chart.out"
run history history --all
for app in strong hevy fitnotes; do
    run "history-$app" history --all --format "$app"
done
run check check log.txt
failed=0
for out in "$scratch"/*.out; do
    name=$(basename "$out")
    if [[ $write == --write ]]; then
        cp "$out" "$golden/$name"
    elif ! cmp -s "$out" "$golden/$name"; then
        echo "FAIL: $name differs from tests/data/golden/$name:"
        diff "$golden/$name" "$out" | head -20
        failed=1
    fi
done
((failed == 0)) && echo "outputs unchanged: $(ls "$scratch"/*.out | wc -l) of them"
exit "$failed"
