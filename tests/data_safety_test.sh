#!/usr/bin/env bash
# Nothing lost, nothing overwritten (issue #15): the log and the user's files under signals,
# races and limits, through the real binary. One case per run, each its own CTest test:
#   data_safety_test.sh BACKPLAN CASE
# Exit 0 when the case holds, 1 when it does not, 77 (CTest's skip code) when it cannot run here.
# shellcheck source=support/cases.sh
source "$(dirname "$0")/support/cases.sh"

# Why, bullet 1: a resource limit must never leave a partial record; -o killed leaves no temp.
case_partial_line() {
    printf '# %01020d\n' 0 >log.txt # 1,023 bytes: the next line crosses a 1 KiB limit
    cp log.txt before.txt
    (
        ulimit -f 1
        exec "$backplan" log action1 15 --note 'long enough to cross the limit' --log log.txt
    ) >out.txt 2>err.txt
    status=$?
    err=$(cat err.txt)
    expect 74 "backplan: error: log.txt: cannot write the log: File too large" \
        "log under ulimit -f"
    same_file log.txt before.txt "log under ulimit -f"
    run log action1 15 --at 2026-11-24T07:30 --log log.txt
    expect 0 "" "the next log"
    [[ $(cat log.txt) == "$(cat before.txt)"$'\n'"$line" ]] ||
        fail "the next log: $(tail -c 80 log.txt | od -c | head -5)"

    template_with_exercises 60 >t.yaml
    echo "old plan" >plan.json
    cp plan.json old.json
    (
        ulimit -f 8
        exec "$backplan" -t t.yaml generate --weeks 104 --format json --fresh -o plan.json
    ) >out.txt 2>err.txt
    status=$?
    err=$(cat err.txt)
    expect 74 "backplan: error: plan.json: cannot write: File too large" \
        "generate -o under ulimit -f"
    same_file plan.json old.json "generate -o under ulimit -f"
    no_temporary_files . "generate -o under ulimit -f"
}

# What must hold, 1: a full file system (a small tmpfs, as root) takes back the partial line, and
# leaves an output file as it was, with no temporary file.
case_full_disk() {
    ((EUID == 0)) || skip "mounting a small tmpfs needs root"
    mkdir full
    mount -t tmpfs -o size=16k tmpfs full 2>/dev/null || skip "cannot mount a tmpfs here"
    # Unmounted on the way out, before the scratch directory goes.
    trap '[[ $BASHPID == "$$" ]] && { umount "$scratch/full"; rm -rf "$scratch"; }' EXIT
    printf '# %08188d\n' 0 >full/log.txt
    head -c 7000 /dev/zero | tr '\0' '#' >full/plan.txt
    cp full/log.txt log.before
    cp full/plan.txt plan.before
    run log action1 15 --note "$(printf '%0300d' 0)" --log full/log.txt
    # The 8 KiB log and the 7,000-byte plan leave less than a page for the line.
    expect 74 "backplan: error: full/log.txt: cannot write the log: No space left on device" \
        "log on a full disk"
    same_file full/log.txt log.before "log on a full disk"
    run generate --weeks 104 --fresh -o full/plan.txt
    expect 74 "backplan: error: full/plan.txt: cannot write: No space left on device" \
        "generate -o on a full disk"
    same_file full/plan.txt plan.before "generate -o on a full disk"
    no_temporary_files full "generate -o on a full disk"
}

# Why, bullet 1: generate -o killed by SIGTERM, SIGINT or SIGHUP leaves no temporary file, and
# the target is the old content or the whole new one.
case_signals_during_output() {
    template_with_exercises 60 >t.yaml
    "$backplan" -t t.yaml generate --weeks 104 --format json --fresh >whole.json ||
        fail "generate to stdout"
    echo "old plan" >old.json
    RANDOM=15
    local killed=0
    for round in $(seq 1 60); do
        cp old.json plan.json
        local signal
        signal=$(((round % 3 == 0)) && echo INT || { ((round % 3 == 1)) && echo TERM || echo HUP; })
        "$backplan" -t t.yaml generate --weeks 104 --format json --fresh -o plan.json \
            2>/dev/null &
        local pid=$!
        sleep "0.0$((RANDOM % 10))"
        kill -s "$signal" "$pid" 2>/dev/null
        wait "$pid"
        (($? > 128)) && killed=$((killed + 1))
        cmp -s plan.json old.json || cmp -s plan.json whole.json ||
            fail "round $round (SIG$signal): plan.json is neither the old nor the new plan"
    done
    no_temporary_files . "generate -o killed"
    echo "signals during -o: $killed of 60 runs killed"
}

# Why, bullet 2: our own commands must not overwrite the log or the template.
case_inputs_not_overwritten() {
    echo "$line" >log.txt
    template_with_exercises 2 >t.yaml
    cp log.txt log.orig
    cp t.yaml t.orig
    ln -s t.yaml link.yaml
    ln t.yaml hard.yaml
    mkdir sub
    local log_message="is the active log; refusing to overwrite it"
    run generate -o log.txt --log log.txt
    expect 64 "backplan: error: -o: log.txt $log_message" "generate -o LOG"
    run generate -o ./sub/../log.txt --log "$scratch/log.txt"
    expect 64 "backplan: error: -o: ./sub/../log.txt $log_message" "generate -o LOG by another name"
    BACKPLAN_LOG=$scratch/log.txt run report --chart log.txt
    expect 64 "backplan: error: --chart: log.txt $log_message" "report --chart LOG"
    local template_message="is the active template; refusing to overwrite it"
    run -t t.yaml generate -o t.yaml --log log.txt
    expect 64 "backplan: error: -o: t.yaml $template_message" "generate -o TEMPLATE"
    run -t t.yaml generate -o link.yaml --log log.txt
    expect 64 "backplan: error: -o: link.yaml $template_message" "generate -o a symlink to TEMPLATE"
    run -t t.yaml generate -o hard.yaml --log log.txt
    expect 64 "backplan: error: -o: hard.yaml $template_message" "generate -o a hard link to TEMPLATE"
    run -t link.yaml report --chart t.yaml --log log.txt
    expect 64 "backplan: error: --chart: t.yaml $template_message" "report --chart TEMPLATE"
    same_file log.txt log.orig "outputs onto inputs"
    same_file t.yaml t.orig "outputs onto inputs"
    [[ ! -s out.txt ]] || fail "outputs onto inputs: something on stdout"
    no_temporary_files . "outputs onto inputs"
}

# Why, bullet 3: a log replaced by rename while log waits for the lock gets the line, not the
# old, unlinked file.
case_replaced_while_waiting() {
    echo "# old" >log.txt
    ln log.txt old-inode.txt # keeps the old file to look at
    exec 9<>log.txt
    flock 9
    "$backplan" log action1 15 --at 2026-11-24T07:30 --log log.txt >out.txt 2>err.txt 9>&- &
    local pid=$!
    wait_for_lock_waiter log.txt || fail "backplan never waited for the lock"
    printf '# new\n' >new.txt
    mv new.txt log.txt # what a sync tool or sed -i does
    exec 9>&-          # release the lock on the old file
    wait "$pid"
    status=$?
    [[ $status == 0 ]] || fail "log after a rename: exit $status: $(cat err.txt)"
    [[ $(cat log.txt) == "# new"$'\n'"$line" ]] || fail "log after a rename: $(cat log.txt)"
    [[ $(cat old-inode.txt) == "# old" ]] || fail "the old, replaced file was written to"
}

# Why, bullet 4: waiting for the lock is visible, and bounded (exit 75, nothing written).
case_lock_wait() {
    echo "# held" >log.txt
    cp log.txt before.txt
    exec 9<>log.txt
    flock 9
    local waiting="backplan: warning: waiting for the lock on log.txt: another process is"
    waiting+=" appending to it"
    BACKPLAN_LOCK_TIMEOUT=2 run log action1 15 --log log.txt 9>&-
    expect 75 "$waiting (giving up after 2 s)"$'\n'"backplan: error: log.txt: another process held the lock for 2 s; nothing was written; try again" \
        "log with the lock held"
    [[ -z $out ]] || fail "log with the lock held: stdout: $out"
    same_file log.txt before.txt "log with the lock held"

    # The default limit is 10 s; released after the notice, the line goes in.
    "$backplan" log action1 15 --at 2026-11-24T07:30 --log log.txt >out.txt 2>err.txt 9>&- &
    local pid=$!
    # Up to 20 s for the notice: a loaded machine (the test suite in parallel) can take seconds
    # to start a process; the lock is released only once the notice is out.
    for _ in $(seq 1 400); do
        [[ -s err.txt ]] && break
        sleep 0.05
    done
    exec 9>&-
    wait "$pid"
    status=$?
    err=$(cat err.txt)
    expect 0 "$waiting (giving up after 10 s)" "log released after the notice"
    [[ $(cat log.txt) == "# held"$'\n'"$line" ]] || fail "log released after the notice: $(cat log.txt)"

    BACKPLAN_LOCK_TIMEOUT=soon run log action1 15 --log log.txt
    expect 64 "backplan: error: BACKPLAN_LOCK_TIMEOUT: expected whole seconds from 0 to 3600, got 'soon'" \
        "a bad BACKPLAN_LOCK_TIMEOUT"
}

# Why, bullet 5: once the line is in the log, failing to print it is a warning and exit 0.
case_echo_failure() {
    local recorded="backplan: warning: log.txt: the line was recorded, but could not be"
    "$backplan" log action1 15 --at 2026-11-24T07:30 --log log.txt >/dev/full 2>err.txt
    status=$?
    err=$(cat err.txt)
    expect 0 "$recorded printed: No space left on device" "stdout on /dev/full"
    "$backplan" log action1 15 --at 2026-11-24T07:31 --log log.txt >&- 2>err.txt
    status=$?
    err=$(cat err.txt)
    expect 0 "$recorded printed: Bad file descriptor" "stdout closed"
    { sleep 0.3; "$backplan" log action1 15 --at 2026-11-24T07:32 --log log.txt 2>err.txt; echo $? >status.txt; } | true
    status=$(cat status.txt)
    err=$(cat err.txt)
    expect 0 "$recorded printed: Broken pipe" "stdout a closed pipe"
    [[ $(cat log.txt) == "$line"$'\n'"${line/07:30/07:31}"$'\n'"${line/07:30/07:32}" ]] ||
        fail "echo failures: the log is $(cat log.txt)"
}

# Why, bullet 6: -o keeps what the user set: symlinks, mode (and owner and group as root).
case_output_metadata() {
    echo "old" >real.txt
    ln -s real.txt link.txt
    run generate --fresh -o link.txt
    expect 0 "" "-o through a symlink"
    [[ -L link.txt && $(readlink link.txt) == real.txt ]] || fail "-o through a symlink: the link was replaced"
    "$backplan" generate --fresh >expected.txt
    same_file real.txt expected.txt "-o through a symlink: the target"
    ln -s missing-target.txt dangling.txt
    run generate --fresh -o dangling.txt
    [[ -L dangling.txt ]] && cmp -s missing-target.txt expected.txt ||
        fail "-o through a dangling symlink: not written to its target"

    # -o replaces whatever the path spells: through /proc/self/cwd too, never appending.
    echo "old" >proc.txt
    run generate --fresh -o /proc/self/cwd/proc.txt
    run generate --fresh -o /proc/self/cwd/proc.txt
    expect 0 "" "-o /proc/self/cwd/proc.txt"
    same_file proc.txt expected.txt "-o /proc/self/cwd/proc.txt, twice"
    # A file inside a directory named by its descriptor is a file, replaced: only /dev/fd/N
    # itself is a descriptor written in place.
    for through in /dev/fd/3 /proc/self/fd/3; do
        echo "old" >through-fd.txt
        run generate --fresh -o "$through/through-fd.txt" 3<.
        expect 0 "" "-o $through/through-fd.txt"
        same_file through-fd.txt expected.txt "-o $through/through-fd.txt"
    done

    echo "old" >private.txt
    chmod 600 private.txt
    run generate --fresh -o private.txt
    [[ $(stat -c %a private.txt) == 600 ]] || fail "-o: mode 600 became $(stat -c %a private.txt)"

    echo "old" >linked.txt
    ln linked.txt other-name.txt
    run generate --fresh -o linked.txt
    same_file linked.txt expected.txt "-o on a hard link"
    [[ $(cat other-name.txt) == old ]] || fail "-o on a hard link: the other name changed (documented: replaced)"
    no_temporary_files . "-o metadata"
}

# Why, bullet 6, as root: the owner and group stay; a read-only directory is a clear 73.
case_output_owner() {
    ((EUID == 0)) || skip "changing a file's owner needs root"
    command -v setpriv >/dev/null || skip "setpriv(1) is missing"
    echo "old" >theirs.txt
    chown 65534:65534 theirs.txt
    chmod 640 theirs.txt
    run generate --fresh -o theirs.txt
    expect 0 "" "-o on a file owned by another user"
    [[ $(stat -c '%u:%g %a' theirs.txt) == "65534:65534 640" ]] ||
        fail "-o: owner and mode became $(stat -c '%u:%g %a' theirs.txt)"

    mkdir locked
    echo "old" >locked/plan.txt
    chown 65534:65534 locked/plan.txt
    chmod 555 locked
    chmod 755 "$scratch"
    setpriv --reuid=65534 --regid=65534 --clear-groups -- "$backplan" generate --fresh \
        -o locked/plan.txt >out.txt 2>err.txt
    status=$?
    err=$(cat err.txt)
    expect 73 "backplan: error: locked/plan.txt: cannot create a file in locked: Permission denied; replacing a file needs its directory to be writable" \
        "-o in a read-only directory"
    [[ $(cat locked/plan.txt) == old ]] || fail "-o in a read-only directory: the file changed"
}

# Why, bullet 7: a failed log leaves no directories behind.
case_no_stray_directories() {
    run log action1 15 --log x.txt/
    expect 73 "backplan: error: x.txt/: the log must be a file, but the path ends in /" \
        "--log ending in /"
    [[ ! -e x.txt ]] || fail "--log x.txt/ created x.txt"
    run log action1 15 --log a/b/c/log.txt
    expect 73 "backplan: error: a/b/c/log.txt: cannot open the log for appending: the directory a/b/c does not exist" \
        "--log in a missing directory"
    [[ ! -e a ]] || fail "--log a/b/c/log.txt created directories"
    BACKPLAN_LOG=$scratch/d/e/log.txt run log action1 15
    expect 73 "backplan: error: $scratch/d/e/log.txt: cannot open the log for appending: the directory $scratch/d/e does not exist" \
        "BACKPLAN_LOG in a missing directory"
    [[ ! -e d ]] || fail "BACKPLAN_LOG created directories"
    run log action1 15
    expect 0 "" "the default log"
    [[ -f $XDG_DATA_HOME/backplan/log.txt && $(stat -c %a "$XDG_DATA_HOME/backplan") == 700 ]] ||
        fail "the default data directory was not made, private"
}

# Why, bullet 8: memory exhaustion ends with one line and exit 70, never an abort.
case_memory_exhaustion() {
    template_with_exercises 100 >t.yaml
    "$backplan" -t t.yaml --log log.txt log e1 10 10 >/dev/null 2>&1 || fail "log e1 10 10"
    local seventy=0
    # Below some limit the program cannot even start: the dynamic loader cannot map the C
    # library (exit 127), or less still, the kernel kills it (SIGSEGV) before main, where
    # nothing can catch it. README (Tests) gives that floor, measured: 6 MB. The promise holds
    # from there, and a binary that no longer starts there breaks it.
    local floor=6
    (ulimit -v $((floor * 1024)) && exec "$backplan" --version) >/dev/null 2>&1 ||
        fail "backplan --version does not run under ulimit -v ${floor}M, the floor README gives"
    local commands=(
        "-t t.yaml generate --weeks 104 --format json --fresh"
        "-t t.yaml generate --weeks 8 --format ics --fresh"
        "-t t.yaml --log log.txt report --format json"
        "-t t.yaml --log log.txt history"
        "-t t.yaml --log log.txt check t.yaml log.txt"
        "-t t.yaml --log log.txt log e2 10"
        "-t t.yaml --log log.txt undo"
    )
    for megabytes in 6 7 8 10 12 16 24 32 48 64; do
        for command in "${commands[@]}"; do
            (
                ulimit -v $((megabytes * 1024))
                # shellcheck disable=SC2086 # the command's words
                exec "$backplan" $command
            ) >out.txt 2>err.txt
            status=$?
            err=$(cat err.txt)
            case $status in
            0 | 65) ;; # undo of nothing left, check of a log with problems
            70)
                seventy=$((seventy + 1))
                [[ $err == "backplan: error: out of memory" ]] ||
                    fail "ulimit -v ${megabytes}M, $command: exit 70 with: $err"
                ;;
            *) fail "ulimit -v ${megabytes}M, $command: exit $status: $(head -c 300 err.txt)" ;;
            esac
        done
    done
    ((seventy > 0)) || fail "no limit ran out of memory: the test no longer tests anything"
}

# Why, bullet 8: a template with thousands of problems prints a bounded number of them; one
# with tens of thousands of values is refused before yaml-cpp holds them.
case_problem_cap() {
    { # 5,000 unknown keys, each a problem, in a valid template otherwise
        template_with_exercises 1
        for i in $(seq 1 5000); do echo "k$i: 1"; done
    } >broken.yaml
    run check broken.yaml
    [[ $status == 65 ]] || fail "check broken.yaml: exit $status"
    local lines
    lines=$(wc -l <out.txt)
    # The file's name, then 100 problems of two lines each (wrapped within 80 columns), then the
    # count of the others.
    [[ $lines == 202 ]] || fail "check broken.yaml printed $lines lines, expected 202"
    [[ $(head -1 out.txt) == "broken.yaml" ]] || fail "check broken.yaml: first line $(head -1 out.txt)"
    [[ $(sed -n 200,201p out.txt) == "104:1: k100: unknown key in template; expected one of version, name,
    description, days, rest, progression, exercises" ]] ||
        fail "check broken.yaml: lines 200-201 are $(sed -n 200,201p out.txt)"
    [[ $(tail -1 out.txt) == "... and 4,900 more problems in broken.yaml" ]] ||
        fail "check broken.yaml: last line $(tail -1 out.txt)"
    run -t broken.yaml generate
    [[ $status == 65 && $(wc -l <err.txt) == 101 ]] ||
        fail "generate -t broken.yaml: exit $status, $(wc -l <err.txt) lines on stderr"
    [[ $(tail -1 err.txt) == "backplan: error: ... and 4,900 more problems in broken.yaml" ]] ||
        fail "generate -t broken.yaml: last line $(tail -1 err.txt)"

    # 16 values in the first four lines (": ", "- " and commas in brackets), then one a line:
    # the 20,001st is the key k19985, on line 19,989, its colon in column 7.
    {
        template_with_exercises 1
        for i in $(seq 1 25000); do echo "k$i: 1"; done
    } >huge.yaml
    run check huge.yaml
    [[ $status == 65 && $out == "huge.yaml
19989:7: more than 20000 keys and list items; a template has a few hundred" ]] ||
        fail "check huge.yaml: exit $status: $out"
}

"case_$case_name" || fail "no such case: $case_name"
((failed == 0)) && echo "$case_name: held"
exit "$failed"
