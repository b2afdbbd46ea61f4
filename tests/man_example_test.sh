#!/usr/bin/env bash
# The complete example in backplan-template(5) must be a valid template that plans as described.
set -euo pipefail
backplan=$1
page=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
sed -n '/^\.Bd -literal/,/^\.Ed/p' "$page" | sed '1d;$d' >"$scratch/example.yaml"
grep -q '^exercises:' "$scratch/example.yaml"
"$backplan" check "$scratch/example.yaml"
plan=$("$backplan" generate --template "$scratch/example.yaml" --start 2026-11-23 --weeks 1)
grep -qx '  plank    Side plank            2 x 20 sec   \[ \] \[ \]' <<<"$plan"
grep -qx 'Tue 2026-11-24' <<<"$plan"
echo "man page example: valid"
