#!/usr/bin/env bash
# Installing and packaging: `cmake --install` into a scratch DESTDIR puts the binary, man pages,
# completions and plans in their places and the installed binary runs from there; `cpack -G DEB`
# makes a package with the right dependencies whose binary runs.
# Usage: install_test.sh BUILD_DIR STATIC_DEPS     (STATIC_DEPS: the build's BACKPLAN_STATIC_DEPS)
set -uo pipefail
build=$(realpath "$1")
static_deps=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME=$scratch/home XDG_CONFIG_HOME=$scratch/home/config XDG_DATA_HOME=$scratch/home/data
export XDG_CACHE_HOME=$scratch/home/cache
failed=0
fail() {
    echo "FAIL: $*"
    failed=1
}

DESTDIR=$scratch/root cmake --install "$build" --prefix /opt/backplan >"$scratch/install.log" ||
    fail "cmake --install: $(tail -3 "$scratch/install.log")"
prefix=$scratch/root/opt/backplan
for file in bin/backplan share/man/man1/backplan.1 share/man/man5/backplan-template.5 \
    share/man/man5/backplan-log.5 share/bash-completion/completions/backplan \
    share/zsh/vendor-completions/_backplan share/fish/vendor_completions.d/backplan.fish \
    share/backplan/plans/home-back.yaml; do
    [[ -f $prefix/$file ]] || fail "not installed: $file"
done
"$prefix/bin/backplan" --version | grep -qx "backplan [0-9.]*" || fail "installed --version"
"$prefix/bin/backplan" generate --weeks 1 --start 2026-11-23 | grep -q '^  action1  Prone back extension ' ||
    fail "installed generate"
# A NAME is looked up next to the installed binary, wherever the tree was put.
sed 's/^name: .*/name: Installed copy/' "$prefix/share/backplan/plans/home-back.yaml" \
    >"$prefix/share/backplan/plans/copy.yaml"
"$prefix/bin/backplan" generate --template copy --weeks 1 | grep -q '^Installed copy: 1 week' ||
    fail "installed plans are not found by NAME"
bash -n "$prefix/share/bash-completion/completions/backplan" || fail "installed bash completion"

(cd "$build" && cpack -G DEB -B "$scratch/package" >"$scratch/cpack.log" 2>&1) ||
    fail "cpack: $(tail -5 "$scratch/cpack.log")"
deb=$(ls "$scratch"/package/backplan_*.deb 2>/dev/null | head -1)
if [[ -z $deb ]]; then
    fail "no .deb made"
else
    depends=$(dpkg-deb -f "$deb" Depends)
    linked=(libyaml-cpp0.7 libspdlog1 libfmt9 libutf8proc2 libstdc++6)
    if [[ $static_deps == ON ]]; then
        # Linked into the binary: the package must not ask for them.
        for linked_in in "${linked[@]}"; do
            [[ $depends != *"$linked_in"* ]] || fail "Depends names $linked_in: $depends"
        done
        linked=()
    fi
    for needed in libical3 libc6 "${linked[@]}"; do
        [[ $depends == *"$needed"* ]] || fail "Depends lacks $needed: $depends"
    done
    contents=$(dpkg-deb -c "$deb")
    for file in ./usr/bin/backplan ./usr/share/man/man1/backplan.1 \
        ./usr/share/bash-completion/completions/backplan ./usr/share/backplan/plans/home-back.yaml; do
        grep -q " $file\$" <<<"$contents" || fail "the package lacks $file"
    done
    dpkg-deb -x "$deb" "$scratch/unpacked"
    "$scratch/unpacked/usr/bin/backplan" generate --weeks 1 --format ics | grep -q '^BEGIN:VEVENT' ||
        fail "the packaged binary does not run"
    echo "package: $(basename "$deb"), Depends: $depends"
fi

((failed == 0)) && echo "install and package: all in place"
exit "$failed"
