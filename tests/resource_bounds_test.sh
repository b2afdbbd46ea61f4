#!/usr/bin/env bash
# The bounded worst case (issue #15): every subcommand on the largest template the caps allow
# and a log of ten years of daily sessions of all its exercises (with lines at the first and last
# dates a log may hold, and one too long to read). Each run must take at most 2 s of CPU and
# 64 MB of peak memory (/usr/bin/time -f %M); the figures are printed as a table (README,
# Performance). Usage: resource_bounds_test.sh BACKPLAN
# Exit 0 when every bound holds, 1 when one does not, 77 (skip) without /usr/bin/time.
set -uo pipefail
backplan=$(realpath "$1")
support=$(realpath "$(dirname "$0")/support")
[[ -x /usr/bin/time ]] || {
    echo "SKIP: /usr/bin/time is missing (Debian package time)"
    exit 77
}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cd "$scratch" || exit 1
export HOME=$scratch/home XDG_CONFIG_HOME=$scratch/home/config XDG_DATA_HOME=$scratch/home/data
export XDG_CACHE_HOME=$scratch/home/cache
export TZ=UTC LANG=C.UTF-8
mkdir -p "$HOME"
max_cpu=2.00
max_kb=$((64 * 1024))

# The largest template: 100 exercises (the cap), every day, with long names, aliases and cues,
# just under the 262,144-byte size cap.
/usr/bin/python3 - <<'PY'
cue = "Keep the neck long and the shoulder blades low; breathe out on the effort. " * 3
with open("big.yaml", "w") as f:
    f.write("name: The largest routine\nversion: 1\ndays: [mon, tue, wed, thu, fri, sat, sun]\n")
    f.write("progression:\n  start: {sets: 2, reps: 10-12}\n  target: {sets: 10, reps: 990-1000}\n")
    f.write("exercises:\n")
    for i in range(1, 101):
        f.write(f"  - id: e{i:03}\n    name: Exercise {i:03} " + "x" * 66 + "\n")
        f.write(f"    aliases: [alias-{i:03}-a, alias-{i:03}-b]\n    cues:\n")
        for _ in range(10):
            f.write(f"      - {cue}\n")
size = len(open("big.yaml", "rb").read())
assert 200_000 < size <= 262_144, size
PY
# The log: 1970-01-01, then every exercise every day for ten years up to yesterday, a line too
# long to read, and 9999-12-31 (logged in the future).
/usr/bin/python3 - <<'PY'
import datetime
today = datetime.date.today()
day = today - datetime.timedelta(days=3652)
with open("big-log.txt", "w") as f:
    f.write("1970-01-01T07:00:00+00:00 e001 10 10\n")
    while day < today:
        for i in range(1, 101):
            f.write(f"{day}T07:{i % 60:02}:00+00:00 e{i:03} 12 12 11\n")
        day += datetime.timedelta(days=1)
    f.write("#" + "x" * 70000 + "\n")
    f.write("9999-12-31T07:00:00+00:00 e100 10 10\n")
PY
cp big-log.txt appended-log.txt

failed=0
printf '%-90s %7s %7s %8s\n' "command" "wall s" "cpu s" "peak MB"
measure() { # measure EXPECTED_STATUS ARGS...: runs backplan under /usr/bin/time
    local expected=$1
    shift
    /usr/bin/time -f '%e %U %S %M' -o time.txt "$backplan" "$@" >out.bin 2>err.txt
    local status=$?
    local wall user sys kb
    # The last line: time(1) puts "Command exited with non-zero status N" before it.
    read -r wall user sys kb < <(tail -1 time.txt)
    local cpu
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
    printf '%-90s %7s %7s %8.1f\n' "$*" "$wall" "$cpu" "$(awk -v k="$kb" 'BEGIN { print k / 1024 }')"
    if [[ $status != "$expected" ]]; then
        echo "FAIL: exit $status, expected $expected: $(head -c 300 err.txt)"
        failed=1
    fi
    if awk -v c="$cpu" -v m="$max_cpu" 'BEGIN { exit !(c > m) }'; then
        echo "FAIL: $cpu s of CPU, more than $max_cpu"
        failed=1
    fi
    if ((kb > max_kb)); then
        echo "FAIL: peak $kb KB, more than $max_kb"
        failed=1
    fi
}

t=(-t big.yaml --log big-log.txt)
for format in text ics html csv json markdown; do
    measure 0 "${t[@]}" generate --weeks 104 --format "$format" -o "plan.$format"
done
measure 0 "${t[@]}" generate --weeks 104 --format json
measure 0 "${t[@]}" report --since 1970-01-01 --until 9999-12-31 --chart chart.svg
measure 0 "${t[@]}" report --since 1970-01-01 --until 9999-12-31 --format csv
measure 0 "${t[@]}" report --since 1970-01-01 --until 9999-12-31 --format json
measure 0 "${t[@]}" history
measure 0 "${t[@]}" history --since 1970-01-01 --action e050
measure 0 "${t[@]}" today
measure 0 "${t[@]}" why e001
measure 0 "${t[@]}" show
measure 65 "${t[@]}" check big.yaml big-log.txt
measure 0 -t big.yaml --log appended-log.txt log e042 20 20 19 --note "one more"
measure 0 "${t[@]}" config
measure 0 "${t[@]}" completion bash
measure 0 "${t[@]}" history --format strong
# Issue #27: ten years of a Strong export, into an empty log and again into the log it made.
/usr/bin/python3 "$support/strong_export.py" strong.csv
measure 0 --log imported-log.txt import strong.csv
measure 0 --log imported-log.txt import strong.csv

# Issue #24: the logs that cost seconds or grew memory with their lines.
/usr/bin/python3 - <<'PY'
def stamp(day, second):  # 2026-11-23 plus day days, at second seconds past midnight, UTC
    import datetime
    return (datetime.date(2026, 11, 23) + datetime.timedelta(days=day)).isoformat() + \
        "T%02d:%02d:%02d+00:00" % (second // 3600, second // 60 % 60, second % 60)
# 200 lines of one unknown exercise of 65,000 characters.
with open("unknown-log.txt", "w") as f:
    name = "x" * 65000
    f.writelines(f"{stamp(0, 43200 + i)} {name} 20\n" for i in range(200))
# 20 lines of 32,000 one-letter words.
with open("words-log.txt", "w") as f:
    words = " ".join(["a"] * 32000)
    f.writelines(f"{stamp(0, 43200 + i)} {words} 20\n" for i in range(20))
# 200,000 lines of the built-in ids, read with the largest template (a wrong -t).
with open("builtin-log.txt", "w") as f:
    f.writelines(f"{stamp(i // 200, 25200 + i % 200)} action{i % 6 + 1} 15 15\n"
                 for i in range(200000))
# 45,000 lines of 50 sets of 1000 on one day: 2,250,000,000 reps.
with open("overflow-log.txt", "w") as f:
    sets = " 1000" * 50
    f.writelines(f"{stamp(0, i)} action1{sets}\n" for i in range(45000))
# check's memory: 1M lines over 7 days, and 2.5M over 30 days.
for name, lines, days in (("week-log.txt", 1000000, 7), ("month-log.txt", 2500000, 30)):
    per_day = -(-lines // days)
    with open(name, "w") as f:
        for day in range(days):
            date = stamp(day, 0)[:11]
            for s in range(min(per_day, lines - day * per_day)):
                second = s * 86400 // per_day
                f.write(f"{date}{second // 3600:02}:{second // 60 % 60:02}:{second % 60:02}"
                        f"+00:00 action{s % 6 + 1} 15 15\n")
PY
# Exit 65 for check of a log with lines it cannot read, 0 for the rest.
status_of() { [[ $1 == check ]] && echo 65 || echo 0; }
for command in history today report check "why action1" "generate --weeks 1"; do
    # shellcheck disable=SC2086 # the command's words
    measure "$(status_of $command)" --log unknown-log.txt $command
    # shellcheck disable=SC2086
    measure "$(status_of $command)" --log words-log.txt $command
    # shellcheck disable=SC2086
    measure "$(status_of $command)" -t big.yaml --log words-log.txt ${command/action1/e001}
done
measure 65 --log unknown-log.txt undo
for command in "generate --weeks 1" history report today check; do
    # shellcheck disable=SC2086
    measure "$(status_of $command)" -t big.yaml --log builtin-log.txt $command
done
o=(--log overflow-log.txt report --since 2026-11-23 --until 2026-11-29)
measure 0 "${o[@]}" --chart overflow.svg
measure 0 "${o[@]}" --format csv
measure 0 "${o[@]}" --format json
measure 0 --log week-log.txt check
measure 0 --log month-log.txt check
measure 0 --log month-log.txt report --since 2026-11-23
# The run that makes a checkpoint holds the lines after its week until the end (one of them could
# reach back): at most 4 MiB of them (2.5M lines in these 30 days held 348 MB).
measure 0 --log month-log.txt generate --weeks 1
measure 0 --log month-log.txt today
# merge: a phone's copy of ten years of training (six exercises three days a week) and a month
# more, into the laptop's. (merge holds the other logs' records: 200,000 of them take ~64 MB.)
/usr/bin/python3 - <<'PY'
import datetime
def line(day, i, reps):
    date = datetime.date(2016, 11, 23) + datetime.timedelta(days=day)
    return f"{date}T07:{5 * i:02}:00+00:00 action{i + 1} {reps} {reps} {reps}\n"
laptop = [line(d, i, 15) for d in range(3650) if d % 7 in (0, 2, 4) for i in range(6)]
month = [line(d, i, 16) for d in range(3650, 3680) if d % 7 in (0, 2, 4) for i in range(6)]
open("laptop-log.txt", "w").writelines(laptop)
open("phone-log.txt", "w").writelines(laptop + month)
PY
measure 0 --log laptop-log.txt merge phone-log.txt
# A copy of 20,000 lines each naming an exercise of its own that no routine holds, and an export
# of 20,000 such names: what is close to a name is worked out only for the 100 printed (each took
# 1.5 ms against the largest template: 30 s in all).
/usr/bin/python3 - <<'PY'
import random
rng = random.Random(24)
names = ["Exercise%05d%s" % (i, "".join(rng.choice("abcdefghij") for _ in range(67)))
         for i in range(20000)]
with open("strangers-log.txt", "w") as f:
    f.writelines("2026-11-23T%02d:%02d:%02d+00:00 %s 20\n" % (i // 3600, i // 60 % 60, i % 60, n)
                 for i, n in enumerate(names))
with open("strangers.csv", "w", newline="") as f:
    f.write("Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,"
            "Notes,Workout Notes,RPE\r\n")
    f.writelines("2026-11-23 %02d:%02d:%02d,Back,40m,%s,1,0,20,0,0,,,\r\n"
                 % (i // 3600, i // 60 % 60, i % 60, n) for i, n in enumerate(names))
PY
measure 65 -t big.yaml --log laptop-log.txt merge --dry-run strangers-log.txt
measure 0 -t big.yaml --log laptop-log.txt merge --skip-invalid --dry-run strangers-log.txt
measure 65 -t big.yaml --log laptop-log.txt import strangers.csv
measure 0 -t big.yaml --log laptop-log.txt import --skip-unknown --dry-run strangers.csv
printed=$(grep -c "is no exercise of the routine" err.txt)
[[ $printed == 100 ]] && grep -q "and 19,900 more problems in strangers.csv" err.txt ||
    { echo "FAIL: import of 20,000 unknown names printed $printed of them: $(tail -1 err.txt)"; failed=1; }

((failed == 0)) && echo "resource bounds: every command within $max_cpu s of CPU and $((max_kb / 1024)) MB"
exit "$failed"
