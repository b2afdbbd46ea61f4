#!/usr/bin/env bash
# Two devices, no conflict (issue #27): `backplan merge` and git's merge driver, through the real
# binary. Each merged log must read, to every reader, as the same records logged on one device.
#   log_merge_test.sh BACKPLAN
# Exit 0 when it holds, 1 when it does not, 77 (CTest's skip code) when git is missing.
set -uo pipefail
backplan=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cd "$scratch" || exit 1
export HOME=$scratch/home XDG_CONFIG_HOME=$scratch/home/config XDG_DATA_HOME=$scratch/home/data
export XDG_CACHE_HOME=$scratch/home/cache
export TZ=Europe/Berlin LANG=C.UTF-8 GIT_CONFIG_NOSYSTEM=1
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

# Every reader's output and exit status for a log.
readers() {
    readers_of "$1" "" "generate --start 2026-11-23 --weeks 2" "today --date 2026-11-24" \
        "why action1 --date 2026-11-23" "why action2 --date 2026-11-23" \
        "report --since 2026-11-16 --until 2026-11-29" "history"
}

bp() {
    "$backplan" "$@" >/dev/null || fail "backplan $*"
}

# What each device logs, as functions of the log, so that one device can log all of it.
base() {
    bp log --log "$1" --at 2026-11-16T07:30 action1 15 15
    bp log --log "$1" --at 2026-11-16T07:35 action2 15 15
}
laptop() {
    bp log --log "$1" --at 2026-11-18T07:30 action1 15 15
    bp log --log "$1" --at 2026-11-18T07:35 action2 15 15
}
# The phone: a session (with a typo, cancelled and logged again), and the laptop's first record
# of 2026-11-18, copied over by hand before.
phone() {
    bp log --log "$1" --at 2026-11-18T07:30 action1 15 15
    bp log --log "$1" --at 2026-11-20T07:30 action1 16 16
    bp log --log "$1" --at 2026-11-20T07:35 action2 9 9
    bp undo --log "$1" --at 2026-11-20T07:35 action2
    bp log --log "$1" --at 2026-11-20T07:40 action2 16 16
}
# One device, all of it: the laptop's copy of 2026-11-18 logged once.
base one.log
laptop one.log
phone_only() {
    bp log --log "$1" --at 2026-11-20T07:30 action1 16 16
    bp log --log "$1" --at 2026-11-20T07:35 action2 9 9
    bp undo --log "$1" --at 2026-11-20T07:35 action2
    bp log --log "$1" --at 2026-11-20T07:40 action2 16 16
}
phone_only one.log
readers one.log >expected.txt
[[ $(grep -c '^exit 0$' expected.txt) == 6 ]] || fail "a reader failed: $(cat expected.txt)"

# Facts worked out by hand: six records, the typo cancelled, the shared one once.
history=$("$backplan" history --log one.log)
[[ $(grep -c . <<<"$history") == 6 ]] || fail "one device's history: $history"
[[ $(grep -c '2026-11-18T07:30:00+01:00 action1 15 15' <<<"$history") == 1 ]] ||
    fail "the shared record: $history"
grep -q ' 9 9' <<<"$history" && fail "the cancelled typo is in the history: $history"

# backplan merge: the phone's copy into the laptop's log.
base laptop.log
laptop laptop.log
base phone.log
phone phone.log
cp laptop.log before.log
out=$("$backplan" merge --dry-run --log laptop.log phone.log 2>&1) || fail "merge --dry-run: $out"
expected_dry="2026-11-20T07:30:00+01:00 action1 16 16
2026-11-20T07:35:00+01:00 action2 9 9
2026-11-20T07:40:00+01:00 action2 16 16"
[[ $(grep -v '!undo' <<<"$out" | grep -v 'would add') == "$expected_dry" ]] ||
    fail "merge --dry-run printed: $out"
# The cancellation was written after the sets: last, in time order.
[[ $(sed -n 4p <<<"$out") == *" !undo 2026-11-20T07:35:00+01:00 action2" ]] ||
    fail "merge --dry-run: the cancellation: $out"
[[ $(tail -n 1 <<<"$out") == "would add 4 records from phone.log; 3 there already" ]] ||
    fail "merge --dry-run said: $out"
cmp -s laptop.log before.log || fail "merge --dry-run wrote to the log"
out=$("$backplan" merge --log laptop.log phone.log 2>&1) || fail "merge: $out"
[[ $out == "added 4 records from phone.log; 3 there already" ]] || fail "merge said: $out"
[[ $(wc -l <laptop.log) == $(($(wc -l <before.log) + 4)) ]] || fail "merge appended: $(cat laptop.log)"
[[ $(head -n 4 laptop.log) == "$(cat before.log)" ]] || fail "merge changed the log's lines"
readers laptop.log >merged.txt
cmp -s expected.txt merged.txt || fail "merge: $(diff expected.txt merged.txt)"
cp laptop.log once.log
out=$("$backplan" merge --log laptop.log phone.log phone.log 2>&1) || fail "merge again: $out"
[[ $out == "added 0 records from phone.log, phone.log; 7 there already, 7 given more than once" ]] ||
    fail "merge again said: $out"
cmp -s laptop.log once.log || fail "merging twice added lines"

# A cancellation in the other log of a record this log holds cancels it here.
cp one.log undo.log
echo '2026-11-21T10:00:00+01:00 !undo 2026-11-18T07:35:00+01:00 action2 # wrong day' >other.log
echo '2026-11-21T10:01:00+01:00 !pause 2026-11-23 2026-11-24' >>other.log
bp merge --log undo.log other.log
"$backplan" history --log undo.log | grep -q '2026-11-18T07:35' && fail "the cancelled record stays"
# Five records left, and the pause.
[[ $("$backplan" history --log undo.log | grep -c .) == 6 ]] || fail "history after the undo"
"$backplan" today --log undo.log --date 2026-11-24 | grep -qi 'pause' ||
    fail "the merged pause: $("$backplan" today --log undo.log --date 2026-11-24)"

# A line the routine cannot read refuses the merge, naming it; --skip-invalid merges the rest.
cp one.log refused.log
printf '2026-11-22T07:30:00+01:00 action1 17 17\n2026-11-22T07:35:00+01:00 bogus 17\n' >bad.log
out=$("$backplan" merge --log refused.log bad.log 2>&1)
status=$?
[[ $status == 65 ]] || fail "merge of an unreadable line exited $status"
[[ $out == *"bad.log:2:27: unknown exercise 'bogus'"* && $out == *"nothing was merged"* ]] ||
    fail "merge of an unreadable line said: $out"
cmp -s refused.log one.log || fail "a refused merge wrote to the log"
out=$("$backplan" merge --skip-invalid --log refused.log bad.log 2>/dev/null)
[[ $out == "added 1 record from bad.log; 0 there already" ]] || fail "--skip-invalid said: $out"

# check names a Syncthing conflict copy beside the log and suggests the merge.
cp phone.log laptop.sync-conflict-20261121-101010-ABCDEFG.log
out=$("$backplan" check --log laptop.log 2>&1)
[[ $out == *"laptop.sync-conflict-20261121-101010-ABCDEFG.log"*"backplan merge"* ]] ||
    fail "check did not name the conflict copy: $out"

# git: the laptop on main, the phone on a branch, merged by the driver.
git init -q repo && cd repo || exit 1
git config user.name backplan && git config user.email dev@backplan.invalid
git config merge.backplan.driver "$backplan merge-driver %O %A %B"
echo 'train.log merge=backplan' >.gitattributes
base train.log
git add . && git commit -qm base
git checkout -qb phone
phone train.log
git commit -qam phone
git checkout -q -
laptop train.log
git commit -qam laptop
git branch laptop
git merge -q --no-edit phone >../git-merge.txt 2>&1 || fail "git merge: $(cat ../git-merge.txt)"
grep -q '<<<<<<<' train.log && fail "conflict markers in the merged log"
[[ $(head -n 4 train.log) == "$(head -n 4 ../before.log)" ]] || fail "ours changed by the driver"
readers train.log >../git.txt
cmp -s ../expected.txt ../git.txt || fail "git merge: $(diff ../expected.txt ../git.txt)"
# Merged the other way round, the phone's lines first: the same records.
git checkout -q phone
git merge -q --no-edit laptop >../git-merge.txt 2>&1 || fail "git merge back: $(cat ../git-merge.txt)"
readers train.log >../git-back.txt
cmp -s ../expected.txt ../git-back.txt || fail "git merge back: $(diff ../expected.txt ../git-back.txt)"
cd ..

# The driver with a line of theirs it cannot read: held by ours as it stands, merged; else exit
# 65 and ours as it was (git then reports a conflict).
printf '2026-11-16 bogus 1\n2026-11-16T07:30:00+01:00 action1 15 15\n' >ours.log
cp ours.log ours-before.log
printf '2026-11-16 bogus 1\n2026-11-22T07:30:00+01:00 action1 17 17\n' >theirs.log
"$backplan" merge-driver base.log ours.log theirs.log || fail "driver with a line ours holds"
[[ $(tail -n 1 ours.log) == "2026-11-22T07:30:00+01:00 action1 17 17" ]] ||
    fail "driver appended: $(cat ours.log)"
cp ours-before.log ours.log
echo '2026-11-23 bogus 2' >>theirs.log
out=$("$backplan" merge-driver base.log ours.log theirs.log 2>&1)
status=$?
[[ $status == 65 && $out == *"theirs.log:3:12: unknown exercise 'bogus'"* ]] ||
    fail "driver with a line it cannot read: exit $status: $out"
cmp -s ours.log ours-before.log || fail "a refused driver changed ours"

exit $failed
