# What the shell tests of two devices share (tests/two_devices_test.sh, tests/log_merge_test.sh):
# every reader's output for a log, to compare a merged log with one device's. Needs $backplan.
# shellcheck shell=bash
# What the readers print for a log, one file: each command's output and exit status.
# history lists lines in the log's order; with "sorted", its lines are sorted (for a union
# merge, which leaves each side's new lines together); with "no-history", it is left out.
#   readers_of LOG ORDER COMMAND...
readers_of() {
    local log=$1 order=$2 args
    shift 2
    for args in "$@"; do
        [[ $args == history && $order == no-history ]] && continue
        echo "== $args"
        if [[ $args == history && $order == sorted ]]; then
            "$backplan" history --log "$log" 2>&1 | sort
        else
            # shellcheck disable=SC2086
            "$backplan" $args --log "$log" 2>&1
        fi
        echo "exit $?"
    done
}
