#!/usr/bin/env bash
# Every hostile template in tests/data/hostile gets exactly its expected messages from
# `backplan check`, exit 65, nothing on stderr, within 1 s of CPU and 64 MB of address space
# (the memory cap is left out under AddressSanitizer, which reserves terabytes of address space).
set -uo pipefail
backplan=$(realpath "$1")
data=$2
memory_cap=${3:-64}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cd "$data" || exit 1

failed=0
fail() {
    echo "FAIL: $*"
    failed=1
}

# Runs backplan under the limits; sets status, out and err.
run_limited() {
    (
        ulimit -t 1
        if [[ $memory_cap != none ]]; then ulimit -v $((memory_cap * 1024)); fi
        exec timeout 10 "$backplan" "$@"
    ) >"$scratch/out" 2>"$scratch/err"
    status=$?
    out=$(cat "$scratch/out")
    err=$(cat "$scratch/err")
}

count=0
for template in hostile/*.yaml; do
    count=$((count + 1))
    run_limited check "$template"
    expected=$(cat "${template%.yaml}.expected")
    [[ $status == 65 ]] || fail "$template: exit $status, expected 65"
    [[ $out == "$expected" ]] || fail "$template: got"$'\n'"$out"$'\n'"expected"$'\n'"$expected"
    [[ -z $err ]] || fail "$template: stderr: $err"
    # The file's name once, then each problem within 80 columns (all ASCII: bytes are columns).
    wide=$(awk 'length($0) > 80' "$scratch/out")
    [[ -z $wide ]] || fail "$template: lines over 80 columns: $wide"
done
((count >= 20)) || fail "only $count hostile templates"

# Made here rather than kept in the repository: too big, or not files at all.
head -c 300000 /dev/zero | tr '\0' '#' >"$scratch/huge.yaml"
run_limited check "$scratch/huge.yaml"
[[ $status == 65 && $out == "$scratch/huge.yaml: the template is 300000 bytes; at most 262144 are allowed" ]] ||
    fail "huge: $status $out"

mkdir "$scratch/directory.yaml"
run_limited check "$scratch/directory.yaml"
[[ $status == 65 && $out == "$scratch/directory.yaml: not a regular file; expected a YAML template" ]] ||
    fail "directory: $status $out"

mkfifo "$scratch/fifo.yaml"
run_limited check "$scratch/fifo.yaml"
[[ $status == 65 && $out == "$scratch/fifo.yaml: not a regular file; expected a YAML template" ]] ||
    fail "fifo: $status $out"

run_limited generate --template /dev/zero
[[ $status == 65 && $err == "backplan: error: /dev/zero: not a regular file; expected a YAML template" ]] ||
    fail "device: $status $err"

((failed == 0)) && echo "$count hostile templates and 4 hostile files: all refused as expected"
exit "$failed"
