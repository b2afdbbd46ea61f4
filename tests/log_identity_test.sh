#!/usr/bin/env bash
# One record, one identity (issue #24), through the real binary: what the log's lock decides. One
# case per run, each its own CTest test:
#   log_identity_test.sh BACKPLAN CASE
# Exit 0 when the case holds, 1 when it does not, 77 (CTest's skip code) when it cannot run here.
# shellcheck source=support/cases.sh
source "$(dirname "$0")/support/cases.sh"

# Issue #24: undo chooses its record under the log's lock, so that undos run at once cancel as
# many different records, each exactly once.
case_parallel_undo() {
    for i in 1 2 3 4 5 6 7 8; do
        "$backplan" log action1 $((10 + i)) --at "2026-11-2${i}T07:30" --log log.txt >/dev/null ||
            fail "log $i"
    done
    local pids=()
    for i in 1 2 3 4 5 6; do
        "$backplan" undo --log log.txt >"undo$i.txt" 2>"undo-err$i.txt" &
        pids+=($!)
    done
    for i in 1 2 3 4 5 6; do
        wait "${pids[$((i - 1))]}" || fail "undo $i: exit $? ($(cat "undo-err$i.txt"))"
    done
    local cancelled
    cancelled=$(cat undo?.txt | grep '^cancelled: ' | sort -u | wc -l)
    [[ $cancelled == 6 ]] || fail "6 undos at once cancelled $cancelled different records: $(cat undo?.txt)"
    [[ $(grep -c '!undo' log.txt) == 6 ]] || fail "6 undos at once wrote $(grep -c '!undo' log.txt) cancellations"
    run history --log log.txt
    [[ $out == "2026-11-21T07:30:00+00:00 action1 11"$'\n'"2026-11-22T07:30:00+00:00 action1 12" ]] ||
        fail "after 6 undos at once, history: $out"
}

# Issue #24: train keeps the sets of a finished exercise when the log stays locked, and says how
# to log them; nothing done is lost.
case_train_locked() {
    echo "# held" >log.txt
    exec 9<>log.txt
    flock 9
    # Monday 2026-11-23: action1's two sets, then quit.
    printf '\n\nq\n' | BACKPLAN_LOCK_TIMEOUT=0 "$backplan" train --date 2026-11-23 --rest 0 \
        --log log.txt >out.txt 2>err.txt 9>&-
    status=$?
    err=$(cat err.txt)
    local command="backplan --log log.txt log action1 15 15 --at 2026-11-23T12:00:00+00:00"
    expect 75 "backplan: error: log.txt: another process held the lock to the end of the session; what was not logged is above, with the backplan log commands that log it" \
        "train with the lock held"
    grep -qxF "  $command" out.txt || fail "train with the lock held: no '$command' in: $(cat out.txt)"
    grep -qxF "Log locked by another process: 1 exercise kept, tried again after the next one" out.txt ||
        fail "train with the lock held: not said at once"
    exec 9>&-
    [[ $(cat log.txt) == "# held" ]] || fail "train with the lock held wrote: $(cat log.txt)"
    ${command/backplan/$backplan} >/dev/null 2>&1 || fail "the command train gave failed"
    [[ $(tail -1 log.txt) == "2026-11-23T12:00:00+00:00 action1 15 15" ]] ||
        fail "the command train gave logged: $(tail -1 log.txt)"
}

"case_$case_name" || fail "no such case: $case_name"
((failed == 0)) && echo "$case_name: held"
exit "$failed"
