#!/usr/bin/env bash
# The completion scripts made by `backplan completion SHELL`: each passes its shell's syntax
# check, and in a real bash with the script loaded, `backplan log act<TAB>` offers the exercise ids.
# Usage: completion_test.sh BACKPLAN
set -uo pipefail
backplan=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME=$scratch XDG_CONFIG_HOME=$scratch/config XDG_CACHE_HOME=$scratch/cache
failed=0
fail() {
    echo "FAIL: $*"
    failed=1
}

"$backplan" completion bash >"$scratch/backplan.bash" || fail "completion bash"
"$backplan" completion zsh >"$scratch/_backplan" || fail "completion zsh"
"$backplan" completion fish >"$scratch/backplan.fish" || fail "completion fish"
bash -n "$scratch/backplan.bash" || fail "bash -n"
zsh -n "$scratch/_backplan" || fail "zsh -n"
fish --no-execute "$scratch/backplan.fish" || fail "fish --no-execute"

# Completes the words in a real bash with the script loaded; prints the candidates on one line.
complete_words() {
    bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
             _backplan; echo "${COMPREPLY[*]}"' _ "$scratch/backplan.bash" "$@"
}
check() {
    local expected=$1
    shift
    local got
    got=$(complete_words "$@")
    [[ $got == "$expected" ]] || fail "'$*': expected '$expected', got '$got'"
}

check "action1 action2 action3 action4 action5 action6" "$backplan" log act
check "prone-row" "$backplan" log prone-r
check "" "$backplan" log action2 2
check "action1 action2 action3 action4 action5 action6" "$backplan" why act
check "action1 action2 action3 action4 action5 action6" "$backplan" report --action act
check "text ics html csv json markdown" "$backplan" generate --format ""
check "text csv json" "$backplan" report -f ""
check "generate" "$backplan" gen
check "--weeks" "$backplan" generate --wee
check "--weeks" "$backplan" generate --fresh --wee
check "action1 action2 action3 action4 action5 action6" "$backplan" -v log act
check "bash zsh fish" "$backplan" completion ""
check "strong hevy fitnotes" "$backplan" import --from ""
check "log strong hevy fitnotes" "$backplan" history --format ""
check "--skip-unknown" "$backplan" import --sk
check "auto always never" "$backplan" --color ""
# The ids come from the template given with --template, wherever it is on the line.
cat >"$scratch/mine.yaml" <<'YAML'
name: Mine
progression: {start: {sets: 1, reps: 5}, target: {sets: 2, reps: 10}}
exercises:
  - {id: pushup, name: Push-up, aliases: [push]}
YAML
check "pushup push" "$backplan" -t "$scratch/mine.yaml" log p
# -t completes the template names found (the built-in one and the user's), YAML files and
# directories: not the other files.
mkdir -p "$scratch/config/backplan/plans" "$scratch/mydir"
cp "$scratch/mine.yaml" "$scratch/config/backplan/plans/mine.yaml"
touch "$scratch/m.txt" "$scratch/other.yml" "$scratch/mine.bak"
cd "$scratch" || exit 1 # files complete from here
check "home-back" "$backplan" -t h
check "mine mine.yaml mydir" "$backplan" -t m
check "mine mine.yaml" "$backplan" generate --template mi
check "other.yml" "$backplan" -t o
# No option twice: a subcommand's --help is the global one.
check "--help" "$backplan" generate --he
check "--help" "$backplan" --he
# --days completes weekdays, also after the ones already typed.
check "mon tue wed thu fri sat sun" "$backplan" generate --days ""
check "mon,wed" "$backplan" generate --days mon,w
check "mon,wed,sat mon,wed,sun" "$backplan" generate -d mon,wed,s
# A name with a space is one candidate.
touch "$scratch/with space.yaml"
got=$(bash -c 'source "$1"; COMP_WORDS=(backplan -t wi); COMP_CWORD=2; _backplan
               printf "[%s]" "${COMPREPLY[@]}"' _ "$scratch/backplan.bash")
[[ $got == "[with space.yaml]" ]] || fail "bash 'backplan -t wi': got $got"
# What the user sees in an interactive bash: a directory completes with its '/' and no space,
# so that the next tab goes into it; a space in a name is escaped.
mkdir -p "$scratch/subdir"
touch "$scratch/subdir/deep.yaml"
bash_line() {
    PATH="$(dirname "$backplan"):$PATH" /usr/bin/python3 "$here/support/bash_complete.py" \
        "$scratch/backplan.bash" "$1"
}
got=$(bash_line "backplan -t su")
[[ $got == "backplan -t subdir/" ]] || fail "bash, typed 'backplan -t su<TAB>': '$got'"
got=$(bash_line "backplan -t subdir/")
[[ $got == "backplan -t subdir/deep.yaml " ]] || fail "bash, typed 'backplan -t subdir/<TAB>': '$got'"
got=$(bash_line "backplan -t wi")
[[ $got == 'backplan -t with\ space.yaml ' ]] || fail "bash, typed 'backplan -t wi<TAB>': '$got'"
# fish, with the script loaded: the same candidates.
fish_complete() {
    fish --no-config -c "source $scratch/backplan.fish; complete -C '$*'" | cut -f1 | tr '\n' ' '
}
got=$(PATH="$(dirname "$backplan"):$PATH" fish_complete "backplan -t m")
[[ $got == "mine mine.yaml mydir/ " ]] || fail "fish 'backplan -t m': got '$got'"
got=$(PATH="$(dirname "$backplan"):$PATH" fish_complete "backplan -t o")
[[ $got == "other.yml " ]] || fail "fish 'backplan -t o': got '$got'"
got=$(PATH="$(dirname "$backplan"):$PATH" fish_complete "backplan -t subdir/")
[[ $got == "subdir/deep.yaml " ]] || fail "fish 'backplan -t subdir/': got '$got'"
got=$(PATH="$(dirname "$backplan"):$PATH" fish_complete "backplan -t s")
[[ $got == "subdir/ " ]] || fail "fish 'backplan -t s': got '$got'"
got=$(PATH="$(dirname "$backplan"):$PATH" fish_complete "backplan generate --he")
[[ $got == "--help " ]] || fail "fish 'backplan generate --he': got '$got'"
# zsh, driven through a pseudo-terminal: the candidates its completion system is given.
zsh_complete() {
    PATH="$(dirname "$backplan"):$PATH" zsh -f "$here/support/zsh_complete.zsh" \
        "$scratch/_backplan" "$@" | sort | tr '\n' ' '
}
got=$(zsh_complete backplan -t m)
[[ $got == "mine mine.yaml mydir " ]] || fail "zsh 'backplan -t m': got '$got'"
got=$(zsh_complete backplan log act)
[[ $got == "action1 action2 action3 action4 action5 action6 " ]] ||
    fail "zsh 'backplan log act': got '$got'"
got=$(zsh_complete backplan generate --he)
[[ $got == "--help " ]] || fail "zsh 'backplan generate --he': got '$got'"
# Hidden from --help, as the scripts are their only users.
"$backplan" --help | grep -q _actions && fail "_actions is listed in --help"
"$backplan" --help | grep -q _templates && fail "_templates is listed in --help"

((failed == 0)) && echo "completion: bash, zsh and fish scripts valid; each completes actions and templates"
exit "$failed"
