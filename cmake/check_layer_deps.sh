#!/usr/bin/env bash
# The layers' rule on includes, held on what the compiler read: every header in the dependency
# files (*.o.d) of a layer's objects, resolved through links and "..", against what the layer may
# include. cmake/check_includes.sh reads the #include lines before anything compiles; this
# catches what a line's text can hide (a comment inside the directive, a macro naming the header,
# a relative path). Run by the build after each layer's archive is made.
#   core:          its own folder and the system's headers; nothing of io or cli, nor yaml-cpp,
#                  spdlog, fmt or CLI11.
#   io/ROOM:       its room and those it may use (as in check_includes.sh); nothing of cli,
#                  spdlog, fmt or CLI11; yaml-cpp in io/templates alone.
# Usage: check_layer_deps.sh LAYER OBJECT_DIR SOURCE_DIR
#   LAYER: core, io/system, io/store, io/templates, io/formats or io/screens.
#   Prints each header a layer may not read and the object that read it; exit 1 if any.
set -euo pipefail
(($# == 3)) || { echo "usage: check_layer_deps.sh LAYER OBJECT_DIR SOURCE_DIR" >&2; exit 64; }
layer=$1
objects=$2
src=$(realpath "$3/src")
# shellcheck source=cmake/io_rooms.sh
source "$(dirname "$0")/io_rooms.sh"
mapfile -t depfiles < <(find "$objects" -name '*.o.d' | sort)
if ((${#depfiles[@]} == 0)); then
    echo "check_layer_deps.sh: no dependency files under $objects" >&2
    exit 1
fi
failed=0
declare -A said=()
# Every path the objects read, once: as written, then resolved.
# (A space in a path is written "\ ": kept as one byte that no path holds while splitting.)
mapfile -t written < <(sed -s -e '1s/^[^:]*://' -e 's/\\$//' -e 's/\\ /\x1f/g' "${depfiles[@]}" |
    tr -s ' \t' '\n\n' | tr '\037' ' ' | grep -v -e '^$' -e ':$' | sort -u)
mapfile -t resolved < <(realpath -m -- "${written[@]}")
for i in "${!written[@]}"; do
    header=${resolved[i]}
    why=""
    # The tree's own files first: a checkout under a folder named like a library is no library.
    case $header in
    "$src"/*)
        part=${header#"$src"/}
        case $part in
        cli/*) why="cli is above every layer" ;;
        io/*)
            room=${part#io/}
            room=${room%%/*}
            if [[ $layer == core ]]; then
                why="core sees nothing of io"
            elif [[ io/$room != "$layer" && " ${may_use[${layer#io/}]:-} " != *" $room "* ]]; then
                why="$layer may not use io/$room"
            fi
            ;;
        esac
        ;;
    */yaml-cpp/*) [[ $layer == io/templates ]] || why="yaml-cpp" ;;
    */spdlog/* | */fmt/* | */CLI/*) why="spdlog, fmt and CLI11 are cli's" ;;
    esac
    if [[ -n $why ]]; then
        failed=1
        # The first header of each kind, which names the rest (a library's headers come in dozens).
        [[ -z ${said[$why]:-} ]] || continue
        said[$why]=1
        readers=$(grep -l -F -e "${written[i]// /\\ }" "${depfiles[@]}" | sed "s|^$objects/||" |
            tr '\n' ' ' || true)
        echo "$layer read $header ($why): ${readers% }" >&2
    fi
done
exit "$failed"
