#!/usr/bin/env bash
# The man pages as a reader sees them: groff (what man(1) runs) formats each without a warning,
# and `man -l` renders what the source means: the box to tick is "[ ]", a parenthesis after an
# option is words, not more options, and no line is wider than the terminal.
# Usage: man_render_test.sh PAGE...  Exits 77 (CTest's skip) when groff or man is missing.
set -uo pipefail
for tool in groff man col; do
    if ! command -v "$tool" >/dev/null; then
        echo "$tool is not installed (Debian: groff-base, man-db, bsdextrautils): skipped"
        exit 77
    fi
done
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export LC_ALL=C.UTF-8 MANWIDTH=80
failed=0
fail() {
    echo "FAIL: $*"
    failed=1
}

# The rendered text of a page as one line, so that phrases are found across line breaks and
# words that groff hyphenated (with U+2010) at the end of a line.
flat() {
    sed -z 's/‐\n *//g' "$1" | tr -s ' \n' ' '
}

for page in "$@"; do
    name=$(basename "$page")
    groff -man -ww -z "$page" 2>"$scratch/groff.err"
    [[ -s $scratch/groff.err ]] && fail "$name: groff -man -ww -z: $(cat "$scratch/groff.err")"
    man -l "$page" 2>"$scratch/man.err" | col -bx >"$scratch/$name.txt"
    [[ -s $scratch/man.err ]] && fail "$name: man -l: $(cat "$scratch/man.err")"
    grep -q . "$scratch/$name.txt" || fail "$name: man -l rendered nothing"
    width=$(wc -L <"$scratch/$name.txt")
    ((width <= 80)) || fail "$name: a line of $width columns"
    # An empty quotation is a macro that lost its argument to a delimiter, as .Ql [ ] did.
    grep -n "‘’" "$scratch/$name.txt" && fail "$name: an empty quotation"
    # Fl applied to the words after an option: "-or -the -built-in".
    grep -nE -- '(^| )-[a-z]+ -[a-z]+ -[a-z-]+' "$scratch/$name.txt" &&
        fail "$name: words rendered as options"
done

# What backplan(1) means, where its source once said it otherwise.
page=$scratch/backplan.1.txt
if [[ -f $page ]]; then
    for phrase in "a ‘[ ]’ box per set to tick on paper" \
        "checks the active template (--template, or the built-in one) and the log" \
        "‘streak’ (‘current’ and ‘longest’)" \
        "week, id, name, unit, sets, amount, planned_sets, planned_total, done_sets," \
        "an empty ballot box character (U+2610) per set"; do
        flat "$page" | grep -qF -- "$phrase" || fail "backplan.1: no '$phrase'"
    done
fi

((failed == 0)) && echo "man pages: groff and man -l render $# pages clean"
exit "$failed"
