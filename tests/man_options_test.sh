#!/usr/bin/env bash
# Every subcommand and long option that --help lists must be documented in backplan(1).
set -euo pipefail
backplan=$1
page=$2
missing=0
commands=$("$backplan" --help | awk '/^Subcommands:/ { on = 1; next } on && /^  [^ ]/ { print $1 }')
[[ -n $commands ]] || { echo "no subcommands found in --help"; exit 1; }
for command in $commands; do
    if ! grep -q "^\.Ss $command\b" "$page"; then
        echo "subcommand '$command' is not documented"
        missing=1
    fi
done
for help in "" $commands; do
    # shellcheck disable=SC2086
    for option in $("$backplan" $help --help | grep -oE -- '--[a-z][a-z-]*' | sort -u); do
        if ! grep -qE -- "Fl \\\\-${option#--}( |$)" "$page"; then
            echo "option '$option' of '${help:-backplan}' is not documented"
            missing=1
        fi
    done
done
exit "$missing"
