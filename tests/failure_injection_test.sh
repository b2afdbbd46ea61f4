#!/usr/bin/env bash
# Failure injection on the real binary: many writers at once, writers killed at random moments,
# and logs of random bytes. The log must never lose or tear a line, and readers must never crash.
# Usage: failure_injection_test.sh BACKPLAN [WRITERS [APPENDS]]   (default 200 writers x 15)
set -uo pipefail
backplan=$(realpath "$1")
writers=${2:-200}
appends=${3:-15}
total=$((writers * appends))
scratch=$(mktemp -d)
# Only the script itself cleans up: bash runs the EXIT trap in a background child signalled
# before it could exec backplan.
trap '[[ $BASHPID == "$$" ]] && rm -rf "$scratch"' EXIT
failed=0
fail() {
    echo "FAIL: $*"
    failed=1
}

# 1. WRITERS processes x APPENDS appends at once: every line intact and present once. Each may
#    wait for the others as long as it takes (the bound on waiting is data_safety_lock_wait's).
export BACKPLAN_LOCK_TIMEOUT=3600
log=$scratch/concurrent.txt
for p in $(seq 1 "$writers"); do
    (
        for i in $(seq 1 "$appends"); do
            "$backplan" log "action$((1 + i % 6))" "$((1 + p % 30))" --note "p$p-$i" --log "$log" \
                >/dev/null || echo "append $p-$i failed" >>"$scratch/errors"
        done
    ) &
done
wait
[[ ! -s $scratch/errors ]] || fail "appends failed: $(head -3 "$scratch/errors")"
lines=$(wc -l <"$log")
notes=$(sed -n 's/.* # //p' "$log" | sort -u | wc -l)
[[ $lines == "$total" && $notes == "$total" ]] || fail "concurrent: $lines lines, $notes distinct, of $total"
echo "concurrent: $writers writers x $appends appends: $lines lines, $notes distinct"
"$backplan" check "$log" >"$scratch/check.out"
status=$?
[[ $status == 0 ]] || fail "concurrent: check exit $status: $(grep -v warning "$scratch/check.out" | head -3)"

# 2. Writers killed with SIGKILL at random moments: every complete line stays valid.
log=$scratch/killed.txt
RANDOM=42
for round in $(seq 1 300); do
    "$backplan" log action2 20 18 --note "round $round" --log "$log" >/dev/null 2>&1 &
    pid=$!
    sleep "0.00$((RANDOM % 10))"
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
done
"$backplan" log action1 15 --note "after the kills" --log "$log" >/dev/null || fail "append after kills"
"$backplan" check "$log" >"$scratch/check.out"
status=$?
[[ $status == 0 ]] || fail "killed: check exit $status: $(grep -v warning "$scratch/check.out" | head -3)"
[[ $(tail -c 1 "$log" | od -An -c | tr -d ' ') == '\n' ]] || fail "killed: last line not ended"
echo "kill -9: $(wc -l <"$log") lines survived intact out of 301 appends"

# 2b. Writers ended by SIGTERM, SIGINT or SIGHUP at random moments: a line is whole or absent,
#     and whatever a writer printed as written is in the log.
log=$scratch/signalled.txt
for round in $(seq 1 300); do
    signal=$(((round % 3 == 0)) && echo INT || { ((round % 3 == 1)) && echo TERM || echo HUP; })
    "$backplan" log action2 20 18 --note "round $round" --log "$log" >"$scratch/printed" 2>/dev/null &
    pid=$!
    sleep "0.00$((RANDOM % 10))"
    kill -s "$signal" "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    if [[ -s $scratch/printed ]] && ! grep -qxF "$(cat "$scratch/printed")" "$log"; then
        fail "signalled: round $round printed a line that is not in the log"
    fi
done
"$backplan" check "$log" >"$scratch/check.out"
status=$?
[[ $status == 0 ]] || fail "signalled: check exit $status: $(grep -v warning "$scratch/check.out" | head -3)"
echo "SIGTERM/SIGINT/SIGHUP: $(wc -l <"$log") lines, all whole, out of 300 appends"

# 3. Logs and templates of random bytes: problems reported, never a crash; the readers of the
#    log (history, report, generate, today, why) skip what they cannot read and carry on.
/usr/bin/python3 -c '
import random, sys
random.seed(7)
sys.stdout.buffer.write(bytes(random.getrandbits(8) for _ in range(2 * 1024 * 1024)))' >"$scratch/random.txt"
head -c 200000 "$scratch/random.txt" >"$scratch/random.yaml"
for command in "history --log $scratch/random.txt" "check $scratch/random.txt" \
    "check $scratch/random.yaml" "report --log $scratch/random.txt" \
    "report --format json --chart $scratch/chart.svg --log $scratch/random.txt" \
    "generate --log $scratch/random.txt" "today --log $scratch/random.txt" \
    "why action2 --log $scratch/random.txt" \
    "history --since 2026-01-01 --action action2 --log $scratch/random.txt"; do
    # shellcheck disable=SC2086
    "$backplan" $command >"$scratch/out" 2>"$scratch/err"
    status=$?
    case $command in
    history* | report* | generate* | today* | why*) expected=0 ;;
    *) expected=65 ;;
    esac
    [[ $status == "$expected" ]] || fail "random bytes: '$command' exit $status, expected $expected"
done
[[ $(wc -l <"$scratch/err") -le 6 ]] || fail "random bytes: history printed more than 6 warnings"

((failed == 0)) && echo "failure injection: all held"
exit "$failed"
