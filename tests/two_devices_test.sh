#!/usr/bin/env bash
# Undo across devices (issue #18), through the real binary: a cancelled record is invisible to
# every reader, and logs written on two machines give the same outputs however they are merged
# (cat then sort, sort -m, git merge-file --union, in either order).
#   two_devices_test.sh BACKPLAN
# Exit 0 when it holds, 1 when it does not, 77 (CTest's skip code) when git is missing.
set -uo pipefail
backplan=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cd "$scratch" || exit 1
export HOME=$scratch/home XDG_CONFIG_HOME=$scratch/home/config XDG_DATA_HOME=$scratch/home/data
export XDG_CACHE_HOME=$scratch/home/cache
export TZ=Europe/Berlin LANG=C.UTF-8
unset BACKPLAN_LOG BACKPLAN_LOCK_TIMEOUT
mkdir -p "$HOME"
command -v git >/dev/null || { echo "SKIP: no git"; exit 77; }

failed=0
fail() {
    echo "FAIL: $*"
    failed=1
}

# shellcheck source=support/readers.sh
source "$here/support/readers.sh"

# Every reader, for the undo section.
readers() {
    readers_of "$1" "${2:-}" "generate --start 2026-11-30 --weeks 2" "today --date 2026-11-26" \
        "why action1 --date 2026-11-30" "why action2 --date 2026-11-30" \
        "report --since 2026-11-16 --until 2026-11-29" "history"
}

# Both devices start from the same log.
cat >base.txt <<'LOG'
2026-11-16T07:30:00+01:00 action1 15 15
2026-11-16T07:35:00+01:00 action2 15 15
2026-11-18T07:30:00+01:00 action1 15 15
2026-11-18T07:35:00+01:00 action2 15 15
LOG
# The phone: a typo, cancelled and logged again.
cp base.txt a.txt
cat >>a.txt <<'LOG'
2026-11-23T07:30:00+01:00 action1 16 16
2026-11-23T07:40:00+01:00 action2 375
2026-11-23T07:45:00+01:00 !undo 2026-11-23T07:40:00+01:00 action2 # typo
2026-11-23T07:46:00+01:00 action2 16 16
LOG
# The laptop: a session, and a cancelled record that both devices had.
cp base.txt b.txt
cat >>b.txt <<'LOG'
2026-11-25T18:00:00+01:00 action1 16 16
2026-11-25T18:05:00+01:00 !undo 2026-11-18T07:30:00+01:00 action1
LOG
# What the merged log means: every record that was not cancelled, and no cancellation.
cat >clean.txt <<'LOG'
2026-11-16T07:30:00+01:00 action1 15 15
2026-11-16T07:35:00+01:00 action2 15 15
2026-11-18T07:35:00+01:00 action2 15 15
2026-11-23T07:30:00+01:00 action1 16 16
2026-11-23T07:46:00+01:00 action2 16 16
2026-11-25T18:00:00+01:00 action1 16 16
LOG
readers clean.txt >expected.txt
# Not vacuous: with the cancelled records counted, the plan is another.
grep -v '!undo' a.txt b.txt | cut -d: -f2- | sort -u >uncancelled.txt
readers uncancelled.txt >uncancelled-out.txt
cmp -s expected.txt uncancelled-out.txt && fail "the cancelled records change nothing"
grep -q 'wk 1  2026-11-16  met 1 of 3 sessions at 2 x 15, 2 needed -> same step' expected.txt ||
    fail "the cancelled session of action1 was counted: $(cat expected.txt)"

# Logs that share their first lines: merged with sort -u (a plain sort would keep both copies
# of each shared line, as cat does), sort -m -u, or git merge-file --union.
cat a.txt b.txt | sort -u >cat-ab.txt
cat b.txt a.txt | sort -u >cat-ba.txt
sort -m -u a.txt b.txt >sort-m-ab.txt
sort -m -u b.txt a.txt >sort-m-ba.txt
# Logs of one device each (the shared lines in one of them only): cat then sort, sort -m.
tail -n +5 b.txt >b-only.txt
cat a.txt b-only.txt | sort >cat-only-ab.txt
cat b-only.txt a.txt | sort >cat-only-ba.txt
sort -m b-only.txt a.txt >sort-m-only-ba.txt
for merged in cat-ab cat-ba sort-m-ab sort-m-ba cat-only-ab cat-only-ba sort-m-only-ba; do
    readers "$merged.txt" >"$merged-out.txt"
    cmp -s expected.txt "$merged-out.txt" ||
        fail "$merged: $(diff expected.txt "$merged-out.txt")"
done
cp a.txt union-ab.txt
git merge-file --union union-ab.txt base.txt b.txt
cp b.txt union-ba.txt
git merge-file --union union-ba.txt base.txt a.txt
readers clean.txt sorted >expected-sorted.txt
for merged in union-ab union-ba; do
    readers "$merged.txt" sorted >"$merged-out.txt"
    cmp -s expected-sorted.txt "$merged-out.txt" ||
        fail "$merged: $(diff expected-sorted.txt "$merged-out.txt")"
done

# undo on one machine, then every reader: the record gone, the file one line longer.
cp clean.txt undone.txt
"$backplan" log action3 12 12 --at 2026-11-25T19:00 --log undone.txt >/dev/null || fail "log"
before=$(wc -l <undone.txt)
out=$("$backplan" undo --log undone.txt 2>&1) || fail "undo: $out"
[[ $out == *"cancelled: 2026-11-25T19:00:00+01:00 action3 12 12" ]] || fail "undo said: $out"
[[ $(wc -l <undone.txt) == $((before + 1)) ]] || fail "undo did not append one line"
readers undone.txt >undone-out.txt
cmp -s expected.txt undone-out.txt || fail "after undo: $(diff expected.txt undone-out.txt)"

# check: the merged log is valid; a log appended to itself is warned about, line by line.
"$backplan" check --log cat-ab.txt >check.txt 2>&1 || fail "check of the merge: $(cat check.txt)"
cat a.txt a.txt >twice.txt
"$backplan" check --log twice.txt >check.txt 2>&1
grep -qx "twice.txt" check.txt || fail "check of a doubled log: $(cat check.txt)"
grep -qx "9: warning: the same record as line 1, counted twice by every reader" check.txt ||
    fail "check of a doubled log: $(cat check.txt)"
grep -qx "15: warning: the same record as line 7 (was the log appended to itself?)" \
    check.txt || fail "check of a doubled log: $(cat check.txt)"

# Pauses across devices: the phone pauses for flu (and cancels a second pause, for travel, made
# by mistake); the laptop, back early, ends the flu on Wed 2026-12-02. Merged in any order, the
# pause is Wed 2026-11-25 to Tue 2026-12-01, as if one line had said so.
pause_readers() {
    readers_of "$1" "${2:-}" "generate --start 2026-11-23 --weeks 3" "today --date 2026-11-27" \
        "today --date 2026-12-02" "why action1 --date 2026-12-07" \
        "report --since 2026-11-16 --until 2026-12-06" "history"
}
cp base.txt pause-a.txt
cat >>pause-a.txt <<'LOG'
2026-11-23T07:30:00+01:00 action1 16 16
2026-11-24T20:00:00+01:00 !pause 2026-11-25 2026-12-06 # flu
2026-11-24T20:05:00+01:00 !pause 2026-12-20 2026-12-27 # travel
2026-11-24T20:06:00+01:00 !undo 2026-11-24T20:05:00+01:00 !pause
LOG
cp base.txt pause-b.txt
cat >>pause-b.txt <<'LOG'
2026-12-01T21:00:00+01:00 !resume 2026-12-02 # better
2026-12-02T07:30:00+01:00 action1 16 16
LOG
cat >pause-clean.txt <<'LOG'
2026-11-16T07:30:00+01:00 action1 15 15
2026-11-16T07:35:00+01:00 action2 15 15
2026-11-18T07:30:00+01:00 action1 15 15
2026-11-18T07:35:00+01:00 action2 15 15
2026-11-23T07:30:00+01:00 action1 16 16
2026-11-24T20:00:00+01:00 !pause 2026-11-25 2026-12-01 # flu
2026-12-02T07:30:00+01:00 action1 16 16
LOG
cat pause-a.txt pause-b.txt | sort -u >pause-cat-ab.txt
cat pause-b.txt pause-a.txt | sort -u >pause-cat-ba.txt
sort -m -u pause-a.txt pause-b.txt >pause-sort-m-ab.txt
sort -m -u pause-b.txt pause-a.txt >pause-sort-m-ba.txt
cp pause-a.txt pause-union-ab.txt
git merge-file --union pause-union-ab.txt base.txt pause-b.txt
cp pause-b.txt pause-union-ba.txt
git merge-file --union pause-union-ba.txt base.txt pause-a.txt
pause_readers pause-cat-ab.txt >pause-expected.txt
pause_readers pause-cat-ab.txt sorted >pause-expected-sorted.txt
for merged in pause-cat-ba pause-sort-m-ab pause-sort-m-ba; do
    pause_readers "$merged.txt" >"$merged-out.txt"
    cmp -s pause-expected.txt "$merged-out.txt" ||
        fail "$merged: $(diff pause-expected.txt "$merged-out.txt")"
done
for merged in pause-union-ab pause-union-ba; do
    pause_readers "$merged.txt" sorted >"$merged-out.txt"
    cmp -s pause-expected-sorted.txt "$merged-out.txt" ||
        fail "$merged: $(diff pause-expected-sorted.txt "$merged-out.txt")"
done
# What the records mean: the same plan, day and report as the one pause they leave.
pause_readers pause-cat-ab.txt no-history >pause-meant.txt
pause_readers pause-clean.txt no-history >pause-clean-out.txt
cmp -s pause-clean-out.txt pause-meant.txt ||
    fail "the merged pauses: $(diff pause-clean-out.txt pause-meant.txt)"
# Not vacuous: the paused days are in the plan and the day, the cancelled pause is not.
grep -B1 -x '  paused until Tue 2026-12-01 (flu)' pause-expected.txt | grep -qx 'Mon 2026-11-30' ||
    fail "Mon 2026-11-30 is not shown paused: $(cat pause-expected.txt)"
[[ $(grep -cx '  paused until Tue 2026-12-01 (flu)' pause-expected.txt) == 3 ]] ||
    fail "not three paused training days (Wed, Fri, Mon): $(cat pause-expected.txt)"
grep -q travel pause-expected.txt && fail "the cancelled pause shows: $(cat pause-expected.txt)"
grep -qx 'Fri 2026-11-27: paused until Tue 2026-12-01 (flu).' pause-expected.txt ||
    fail "today on a paused day: $(cat pause-expected.txt)"
grep -qx 'Next training day: Wed 2026-12-02, 6 exercises.' pause-expected.txt ||
    fail "today's next training day: $(cat pause-expected.txt)"
exit $failed
