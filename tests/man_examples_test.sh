#!/usr/bin/env bash
# The complete examples in the man pages must be valid: every template in backplan-template(5)
# checks, and the first plans as described; the log in backplan-log(5), a line written by hand
# with it, reads without a warning against the built-in routine.
set -euo pipefail
backplan=$1
page=$2
log_page=$3
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# Each literal block of the page into a file of its own: example-1.yaml, example-2.yaml...
awk -v dir="$scratch" '/^\.Bd -literal/ { n++; file = dir "/example-" n ".yaml"; next }
    /^\.Ed/ { file = ""; next } file != "" { print > file }' "$page"
[[ -s $scratch/example-2.yaml ]]
for example in "$scratch"/example-*.yaml; do
    grep -q '^exercises:' "$example"
    "$backplan" check "$example"
done
cp "$scratch/example-1.yaml" "$scratch/example.yaml"
plan=$("$backplan" generate --template "$scratch/example.yaml" --start 2026-11-23 --weeks 1)
grep -qx '  plank    Side plank            2 x 20 sec   \[ \] \[ \]' <<<"$plan"
grep -qx 'Tue 2026-11-24' <<<"$plan"
sed -n '/^# back routine/,/^\.Ed/p' "$log_page" | sed '$d' >"$scratch/log.txt"
[[ $(wc -l <"$scratch/log.txt") == 7 ]]
entries=$("$backplan" history --log "$scratch/log.txt" 2>"$scratch/stderr")
[[ ! -s $scratch/stderr ]] || { cat "$scratch/stderr"; exit 1; }
[[ $(wc -l <<<"$entries") == 6 ]]
echo "man page examples: valid"
