#!/usr/bin/env bash
# The layers' rule on includes, which the include roots alone cannot hold (third-party headers
# are on the system's include path, and a relative path reaches any folder): every #include of
# every file in src/, checked against what its layer may include. The build runs it before any
# layer compiles, so a file that breaks the rule stops `cmake --build`.
#   core:         "core/..." and the C++ standard library (<name>, no '/' and no '.h') only.
#   io:           nothing of cli, CLI11 or spdlog; each room only the rooms it may use:
#   io/system:    core and the system's headers; no other room.
#   io/store:     core and io/system.
#   io/templates: core and io/system; yaml-cpp in io/templates/yaml_walk.cpp alone.
#   io/formats:   core, and the libraries that format or read text (utf8proc, nlohmann-json,
#                 libical's types, libcsv);
#                 nothing of the seam: no other room, no POSIX, file or clock header.
#   io/screens:   core, io/formats, io/system; ncurses in io/screens/curses_screen.cpp alone.
#   all:          no relative "../" includes.
# Usage: check_includes.sh SRC_DIR   Prints each include that breaks the rule; exit 1 if any does.
set -euo pipefail
src=${1:?usage: check_includes.sh SRC_DIR}
# shellcheck source=cmake/io_rooms.sh
source "$(dirname "$0")/io_rooms.sh"
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
        room=${file#io/}
        room=${room%%/*}
        if [[ $name == io/* ]]; then
            used=${name#io/}
            used=${used%%/*}
            [[ $used == "$room" || " ${may_use[$room]:-} " == *" $used "* ]] ||
                broken "$where" "io/$room may not include io/$used ($target)"
        fi
        if [[ $room == formats && ${target:0:1} == '<' ]]; then
            [[ $name == */* && $name != utf8proc.h && $name != nlohmann/* &&
                $name != libical/ical.h && $name != csv.h ]] &&
                broken "$where" "io/formats may not include $target: formatters see no system"
            [[ $name =~ ^(fstream|ctime|filesystem|iostream|unistd.h|fcntl.h|dlfcn.h|time.h|sys/.*)$ ]] &&
                broken "$where" "io/formats may not include $target: formatters see no system"
        fi
        ;;
    esac
    if [[ $name == yaml-cpp/* && $file != io/templates/yaml_walk.cpp ]]; then
        broken "$where" "only io/templates/yaml_walk.cpp includes yaml-cpp, not this file"
    fi
    if [[ $name == curses.h || $name == ncurses*.h || $name == ncursesw/* ]] &&
        [[ $file != io/screens/curses_screen.cpp ]]; then
        broken "$where" "only io/screens/curses_screen.cpp includes ncurses, not this file"
    fi
done < <(grep -rn -E --include='*.cpp' --include='*.hpp' --include='*.in' \
    '^[[:space:]]*#[[:space:]]*include' core io cli tools || true)
exit "$failed"
