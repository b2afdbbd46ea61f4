#!/usr/bin/env bash
# Core is pure: it reads no file, no environment and no clock. Checked on what its objects call,
# not on the names of its includes: the symbols an archive (or object) needs from outside itself,
# as nm lists them, against the calls that touch the world. Run by the build after
# libbackplan_core.a is made, so that <fstream>, getenv or std::chrono::system_clock::now() in
# core stops `cmake --build`.
# Usage: check_core_purity.sh ARCHIVE_OR_OBJECT...   Prints each such symbol; exit 1 if any.
set -euo pipefail
(($# > 0)) || { echo "usage: check_core_purity.sh ARCHIVE_OR_OBJECT..." >&2; exit 64; }
nm=${NM:-nm}
# Defined anywhere in the files: calls between their objects are not calls out.
defined=$("$nm" --defined-only --format=posix "$@" 2>/dev/null | awk 'NF >= 2 && $2 != "U" {print $1}' | sort -u)
undefined=$("$nm" --undefined-only --format=posix "$@" 2>/dev/null | awk 'NF >= 2 {print $1}' | sort -u)
external=$(comm -23 <(printf '%s\n' "$undefined") <(printf '%s\n' "$defined"))
# Files and streams, the environment, the clock and the time zone, as C functions (with glibc's
# versioned and 64-bit names) and as libstdc++'s mangled names.
forbidden_c='^(open|open64|openat|openat64|creat|creat64|fopen|fopen64|freopen|fdopen|read|pread|pread64|readv|write|pwrite|pwrite64|fread|fwrite|fgets|fgetc|getc|fputs|fputc|putc|puts|printf|fprintf|vprintf|vfprintf|fscanf|scanf|getline|getdelim|opendir|fdopendir|readdir|readdir64|stat|stat64|fstat|fstat64|lstat|lstat64|statx|access|faccessat|mkdir|rmdir|unlink|rename|mmap|mmap64|getenv|secure_getenv|setenv|putenv|unsetenv|clearenv|environ|__environ|time|clock_gettime|gettimeofday|clock|ftime|localtime|localtime_r|mktime|timelocal|tzset|tzname|timezone|daylight|syscall)(@.*)?$'
# std::chrono's clocks, file streams, the standard streams, std::filesystem.
forbidden_cxx='^(_ZNSt6chrono3_V212system_clock3now|_ZNSt6chrono3_V212steady_clock3now|_ZNSt6chrono3_V212high_resolution_clock3now|_ZNSt13basic_filebuf|_ZNSt14basic_ifstream|_ZNSt14basic_ofstream|_ZNSt13basic_fstream|_ZSt4cout|_ZSt4cerr|_ZSt4clog|_ZSt3cin|_ZSt5wcout|_ZSt5wcerr|_ZNSt10filesystem|_ZNSt12__basic_file)'
found=$(printf '%s\n' "$external" | grep -E -e "$forbidden_c" -e "$forbidden_cxx" || true)
if [[ -n $found ]]; then
    echo "core must not touch files, the environment or the clock; it calls:" >&2
    while IFS= read -r symbol; do
        printf '  %s (%s)\n' "$symbol" "$(c++filt "$symbol")" >&2
    done <<<"$found"
    exit 1
fi
