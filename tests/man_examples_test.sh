#!/usr/bin/env bash
# The complete examples in the man pages must be valid: the template in backplan-template(5)
# checks and plans as described; the log in backplan-log(5), a line written by hand with it, reads
# without a warning against the built-in routine.
set -euo pipefail
backplan=$1
page=$2
log_page=$3
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
sed -n '/^\.Bd -literal/,/^\.Ed/p' "$page" | sed '1d;$d' >"$scratch/example.yaml"
grep -q '^exercises:' "$scratch/example.yaml"
"$backplan" check "$scratch/example.yaml"
plan=$("$backplan" generate --template "$scratch/example.yaml" --start 2026-11-23 --weeks 1)
grep -qx '  plank    Side plank            2 x 20 sec   \[ \] \[ \]' <<<"$plan"
grep -qx 'Tue 2026-11-24' <<<"$plan"
sed -n '/^# back routine/,/^\.Ed/p' "$log_page" | sed '$d' >"$scratch/log.txt"
[[ $(wc -l <"$scratch/log.txt") == 7 ]]
entries=$("$backplan" history --log "$scratch/log.txt" 2>"$scratch/stderr")
[[ ! -s $scratch/stderr ]] || { cat "$scratch/stderr"; exit 1; }
[[ $(wc -l <<<"$entries") == 6 ]]
echo "man page examples: valid"
