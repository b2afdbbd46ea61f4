#!/usr/bin/env zsh
# Prints the candidates zsh's completion system offers for a command line, one per line: an
# interactive zsh in a pseudo-terminal (zpty) loads the completion function from its file,
# is typed the words and a TAB, and prints what each compadd call adds, until a marker
# printed after the completion.
# Usage: zsh -f zsh_complete.zsh COMPLETION_FILE WORDS...
zmodload zsh/zpty || exit 2
local file=$1
shift
zpty capture zsh -f -i
zpty -w capture "unset zle_bracketed_paste; PROMPT=; fpath=(${(q)file:h} \$fpath)"
zpty -w capture 'autoload -Uz compinit; compinit -u -D; bindkey "^I" complete-word'
zpty -w capture 'comppostfuncs=(__mark); __mark() { print -r -- "<<marker>>" }'
# A compadd that only tests or collects (-O, -A, -D) adds nothing: it is passed on unseen.
zpty -w capture 'compadd() { if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd "$@"; return; fi; local -a hits; builtin compadd -A hits "$@"; print -rl -- "<<hit>>"$^hits; builtin compadd "$@" }'
zpty -n -w capture "$*"$'\t'
local chunk line rest= markers=0 waited=0
local -a seen
while (( markers < 1 && waited < 200 )); do
    if zpty -r -t capture chunk; then
        # A read may hold more than one line, or end within one: the end is kept for the next.
        rest+=$chunk
        while [[ $rest == *$'\n'* ]]; do
            line=${${rest%%$'\n'*}//$'\r'/}
            rest=${rest#*$'\n'}
            [[ -n $DEBUG ]] && seen+=("L(${markers}): ${(q)line}")
            [[ $line == *print* ]] && continue # the definitions, echoed
            [[ $line == *'<<hit>>'* ]] && print -r -- "${line##*<<hit>>}"
            [[ $line == *'<<marker>>'* ]] && (( markers++ ))
        done
    else
        sleep 0.05
        (( waited++ ))
    fi
done
zpty -d capture
[[ -n $DEBUG ]] && print -rl -- $seen >&2
(( markers == 1 ))
