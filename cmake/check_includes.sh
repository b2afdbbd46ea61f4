#!/usr/bin/env bash
# The layers' rule on includes, which the include roots alone cannot hold (third-party headers
# are on the system's include path, and a relative path reaches any folder): every #include of
# every file in src/, checked against what its layer may include. The build runs it before any
# layer compiles, so a file that breaks the rule stops `cmake --build`.
#   core: "core/..." and the C++ standard library (<name>, no '/' and no '.h') only.
#   io:   nothing of cli, CLI11 or spdlog; yaml-cpp in io/yaml_walk.cpp alone.
#   all:  no relative "../" includes.
# Usage: check_includes.sh SRC_DIR   Prints each include that breaks the rule; exit 1 if any does.
set -euo pipefail
src=${1:?usage: check_includes.sh SRC_DIR}
cd "$src"
failed=0
broken() {
    echo "$1: $2" >&2
    failed=1
}
# One grep over the tree: FILE:NUMBER:LINE for every include.
while IFS=: read -r file number line; do
    layer=${file%%/*}
    [[ $line =~ include[[:space:]]*([<\"][^\">]*[\">]) ]] || continue
    target=${BASH_REMATCH[1]}
    name=${target:1:-1}
    where="src/$file:$number"
    [[ $name == *../* ]] && broken "$where" "a relative include, $target, reaches around the layers"
    case $layer in
    core)
        if [[ ${target:0:1} == '"' ]]; then
            [[ $name == core/* ]] || broken "$where" "core may include only core, not $target"
        elif [[ $name == */* || $name == *.h* ]]; then
            broken "$where" "core may include only the C++ standard library, not $target"
        fi
        ;;
    io)
        [[ $name == cli/* || $name == CLI/* || $name == spdlog/* ]] &&
            broken "$where" "io may not include $target (cli, CLI11, spdlog)"
        ;;
    esac
    if [[ $name == yaml-cpp/* && $file != io/yaml_walk.cpp ]]; then
        broken "$where" "only io/yaml_walk.cpp includes yaml-cpp, not this file"
    fi
done < <(grep -rn -E --include='*.cpp' --include='*.hpp' --include='*.in' \
    '^[[:space:]]*#[[:space:]]*include' core io cli tools || true)
exit "$failed"
