# What the shell tests of cases share (tests/data_safety_test.sh, tests/log_identity_test.sh):
# a scratch directory to run in, an environment that never sees the real HOME, and the helpers
# that run backplan and check what it did. Sourced with the test's arguments: BACKPLAN CASE.
# shellcheck shell=bash
set -uo pipefail
backplan=$(realpath "$1")
case_name=$2
scratch=$(mktemp -d)
# Only the script itself cleans up: bash runs the EXIT trap in a background child signalled
# before it could exec backplan.
trap '[[ $BASHPID == "$$" ]] && rm -rf "$scratch"' EXIT
cd "$scratch" || exit 1
export HOME=$scratch/home XDG_CONFIG_HOME=$scratch/home/config XDG_DATA_HOME=$scratch/home/data
export XDG_CACHE_HOME=$scratch/home/cache
export TZ=UTC LANG=C.UTF-8
unset BACKPLAN_LOG BACKPLAN_LOCK_TIMEOUT
mkdir -p "$HOME"

failed=0
fail() {
    echo "FAIL: $*"
    failed=1
}
skip() {
    echo "SKIP: $*"
    exit 77
}
# Runs backplan with the arguments; sets status, out and err.
run() {
    "$backplan" "$@" >out.txt 2>err.txt
    status=$?
    out=$(cat out.txt)
    err=$(cat err.txt)
}
expect() { # expect STATUS ERR WHAT: the last run's exit status and stderr
    [[ $status == "$1" ]] || fail "$3: exit $status, expected $1 (stderr: $err)"
    [[ $err == "$2" ]] || fail "$3: stderr"$'\n'"$err"$'\n'"expected"$'\n'"$2"
}
same_file() { # same_file A B WHAT
    cmp -s "$1" "$2" || fail "$3: $1 changed"
}
no_temporary_files() { # no_temporary_files DIR WHAT
    local left
    left=$(find "$1" -name '.backplan-*' | head -3)
    [[ -z $left ]] || fail "$2: temporary files left: $left"
}
# Waits (up to 10 s) until a process is blocked on the flock of the file (/proc/locks lists a
# waiter with "->").
wait_for_lock_waiter() {
    local inode
    inode=$(stat -c %i "$1")
    for _ in $(seq 1 200); do
        grep -q -- "->.*:$inode " /proc/locks && return 0
        sleep 0.05
    done
    return 1
}
line='2026-11-24T07:30:00+00:00 action1 15'
template_with_exercises() { # template_with_exercises N: a valid template of N exercises
    echo "name: Many"
    echo "progression: {start: {sets: 2, reps: 10}, target: {sets: 3, reps: 20}}"
    echo "exercises:"
    for i in $(seq 1 "$1"); do
        echo "  - {id: e$i, name: Exercise $i}"
    done
}
