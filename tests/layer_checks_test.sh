#!/usr/bin/env bash
# The build's layer checks (cmake/check_includes.sh, cmake/check_core_purity.sh) pass on the
# tree as it is and stop on each kind of breach: a core file including spdlog, CLI11, yaml-cpp
# or "../io/...", an io file including cli, an io room including one it may not use (a
# formatter the seam), and a core object that opens a file, reads the environment or the clock.
# Usage: layer_checks_test.sh SOURCE_DIR CXX
set -uo pipefail
source_dir=$1
cxx=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
failed=0
fail() {
    echo "FAIL: $*"
    failed=1
}
"$source_dir/cmake/check_includes.sh" "$source_dir/src" || fail "the tree as it is breaks an include rule"
# Each breach in a copy of the tree, one at a time.
breach() { # FILE LINE: the check must refuse the tree with LINE added to FILE
    rm -rf "$scratch/src"
    cp -r "$source_dir/src" "$scratch/src"
    printf '%s\n' "$2" >>"$scratch/src/$1"
    if "$source_dir/cmake/check_includes.sh" "$scratch/src" 2>"$scratch/err"; then
        fail "$1 with $2 passed the include check"
    elif ! grep -q "src/$1:" "$scratch/err"; then
        fail "$1 with $2: the message does not name the file: $(cat "$scratch/err")"
    fi
}
breach core/plan.cpp '#include <spdlog/spdlog.h>'
breach core/plan.cpp '#include <CLI/CLI.hpp>'
breach core/plan.cpp '#include <yaml-cpp/yaml.h>'
breach core/plan.cpp '#include "../io/system.hpp"'
breach core/plan.cpp '#include "io/store/log_store.hpp"'
breach io/system/paths.cpp '#include "cli/command.hpp"'
breach io/system/paths.cpp '#include <spdlog/spdlog.h>'
# io's rooms: a formatter sees no part of the seam, and no room another it may not use.
breach io/formats/text_writer.cpp '#include "io/system/system.hpp"'
breach io/formats/text_writer.cpp '#include "io/store/log_store.hpp"'
breach io/formats/text_writer.cpp '#include <fstream>'
breach io/formats/text_writer.cpp '#include <unistd.h>'
breach io/formats/text_writer.cpp '#include <yaml-cpp/yaml.h>'
breach io/system/paths.cpp '#include "io/formats/escape.hpp"'
breach io/store/log_store.cpp '#include "io/templates/template_lookup.hpp"'
breach io/templates/template_lookup.cpp '#include "io/store/log_store.hpp"'
breach io/templates/template_lookup.cpp '#include <yaml-cpp/yaml.h>'
breach io/screens/training_screen.cpp '#include <ncurses.h>'
# Core's objects: what they call, whatever they include.
impure() { # NAME SOURCE: an object of SOURCE must fail the purity check
    printf '%s\n' "$2" >"$scratch/$1.cpp"
    "$cxx" -std=c++20 -O2 -c "$scratch/$1.cpp" -o "$scratch/$1.o" || { fail "$1 does not compile"; return; }
    if "$source_dir/cmake/check_core_purity.sh" --strict "$scratch/$1.o" 2>"$scratch/err"; then
        fail "$1 passed the purity check"
    fi
}
impure fstream '#include <fstream>
int f() { std::ifstream in("x"); return in.get(); }'
impure getenv '#include <cstdlib>
const char* f() { return std::getenv("HOME"); }'
impure clock '#include <chrono>
long f() { return std::chrono::system_clock::now().time_since_epoch().count(); }'
impure ctime '#include <ctime>
long f() { return static_cast<long>(std::time(nullptr)); }'
impure cout '#include <iostream>
void f() { std::cout << 1; }'
# Calls on neither list: held by --strict's list of those that only compute, which names them.
unlisted() { # NAME SOURCE: an object of SOURCE calls NAME, which --strict must name
    impure "$1" "$2"
    grep -q "^  $1 " "$scratch/err" || fail "$1: the purity check does not name it: $(cat "$scratch/err")"
    "$source_dir/cmake/check_core_purity.sh" "$scratch/$1.o" 2>/dev/null ||
        fail "$1 is on the list of forbidden calls: this case no longer tests --strict"
}
unlisted sysconf '#include <unistd.h>
long f() { return sysconf(_SC_NPROCESSORS_ONLN); }'
unlisted gethostname '#include <unistd.h>
int f(char* b) { return gethostname(b, 10); }'
impure timespec_get '#include <ctime>
long f() { timespec t; std::timespec_get(&t, TIME_UTC); return t.tv_sec; }'
impure getcwd '#include <unistd.h>
char* f(char* b) { return getcwd(b, 10); }'
impure locale '#include <locale>
bool f() { return std::locale("").name().empty(); }'
impure random_device '#include <random>
unsigned f() { std::random_device r; return r(); }'
printf '#include <string>\n#include <cstring>\nstd::size_t f(const char* a) { return std::string(a).size() + std::strlen(a); }\n' >"$scratch/pure.cpp"
"$cxx" -std=c++20 -O2 -c "$scratch/pure.cpp" -o "$scratch/pure.o"
"$source_dir/cmake/check_core_purity.sh" --strict "$scratch/pure.o" || fail "a pure object failed the purity check"
# What the compiler read (cmake/check_layer_deps.sh, on the dependency files): headers that an
# #include's text hides from check_includes.sh.
compiled() { # LAYER FILE SOURCE: the headers an object of SOURCE reads break LAYER's rule
    rm -rf "$scratch/src" "$scratch/objects"
    cp -r "$source_dir/src" "$scratch/src"
    mkdir -p "$scratch/objects"
    printf '%s\n' "$3" >"$scratch/src/$2"
    # Preprocessed only: the dependency file is what the compiler read, and it comes quicker.
    "$cxx" -std=c++20 -I "$scratch/src" -MD -MF "$scratch/objects/breach.cpp.o.d" \
        -E "$scratch/src/$2" -o /dev/null || { fail "$2 does not compile"; return; }
    if "$source_dir/cmake/check_layer_deps.sh" "$1" "$scratch/objects" "$scratch" 2>"$scratch/err"; then
        fail "$1: $2 passed the dependency check"
    elif ! grep -q "$1 read " "$scratch/err"; then
        fail "$1: $2: the message does not name what was read: $(cat "$scratch/err")"
    fi
}
compiled core core/breach.cpp '#include /* */ "../io/system/system.hpp"'
compiled core core/breach.cpp '#define HIDDEN <yaml-cpp/yaml.h>
#include HIDDEN'
compiled core core/breach.cpp '%:include <spdlog/spdlog.h>'
compiled io/formats io/formats/breach.cpp '#include /**/ "../system/system.hpp"'
compiled io/system io/system/breach.cpp '#include /**/ "../../cli/command.hpp"'
# And the tree's own objects pass: a core file that includes core only.
rm -rf "$scratch/objects" && mkdir -p "$scratch/objects"
"$cxx" -std=c++20 -I "$source_dir/src" -MD -MF "$scratch/objects/plan.cpp.o.d" \
    -E "$source_dir/src/core/plan.cpp" -o /dev/null
"$source_dir/cmake/check_layer_deps.sh" core "$scratch/objects" "$source_dir" ||
    fail "core/plan.cpp failed the dependency check"
((failed == 0)) && echo "layer checks: the tree passes, and each breach stops the build"
exit "$failed"
