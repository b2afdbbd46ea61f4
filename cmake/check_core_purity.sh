#!/usr/bin/env bash
# Core is pure: it reads no file, no environment and no clock. Checked on what its objects call,
# not on the names of its includes: the symbols an archive (or object) needs from outside itself,
# as nm lists them, against the calls that touch the world. Run by the build after
# libbackplan_core.a is made, so that <fstream>, getenv or std::chrono::system_clock::now() in
# core stops `cmake --build`.
# With --strict (core's archive), every C function it calls must also be on a list of those that
# only compute (memory, strings, numbers, the compiler's and sanitizers' runtime): a call that
# touches the world but is on neither list (timespec_get, getcwd, setlocale...) stops the build
# too. The formatters' archive, which calls the libraries it formats with, is held to the first
# list only.
# Usage: check_core_purity.sh [--strict] ARCHIVE_OR_OBJECT...
#   Prints each such symbol; exit 1 if any.
set -euo pipefail
strict=0
if [[ ${1:-} == --strict ]]; then
    strict=1
    shift
fi
(($# > 0)) || { echo "usage: check_core_purity.sh [--strict] ARCHIVE_OR_OBJECT..." >&2; exit 64; }
nm=${NM:-nm}
# Defined anywhere in the files: calls between their objects are not calls out.
defined=$("$nm" --defined-only --format=posix "$@" 2>/dev/null | awk 'NF >= 2 && $2 != "U" {print $1}' | sort -u)
undefined=$("$nm" --undefined-only --format=posix "$@" 2>/dev/null | awk 'NF >= 2 {print $1}' | sort -u)
external=$(comm -23 <(printf '%s\n' "$undefined") <(printf '%s\n' "$defined"))
# Files and streams, the environment, the clock and the time zone, as C functions (with glibc's
# versioned and 64-bit names) and as libstdc++'s mangled names.
forbidden_c='^(open|open64|openat|openat64|creat|creat64|fopen|fopen64|freopen|fdopen|read|pread|pread64|readv|write|pwrite|pwrite64|fread|fwrite|fgets|fgetc|getc|fputs|fputc|putc|puts|printf|fprintf|vprintf|vfprintf|fscanf|scanf|getline|getdelim|opendir|fdopendir|readdir|readdir64|stat|stat64|fstat|fstat64|lstat|lstat64|statx|access|faccessat|mkdir|rmdir|unlink|rename|mmap|mmap64|getenv|secure_getenv|setenv|putenv|unsetenv|clearenv|environ|__environ|time|clock_gettime|gettimeofday|clock|ftime|localtime|localtime_r|mktime|timelocal|tzset|tzname|timezone|daylight|syscall|timespec_get|times|getrusage|ctime|ctime_r|asctime|strftime|strptime|setlocale|getcwd|readlink|readlinkat|realpath|fstatat|fstatat64|scandir|scandir64|glob|glob64|statvfs|statfs|getpwuid|getpwnam|getuid|getpid|popen|system|dlopen|dlsym|__open_2|__open64_2|__openat_2|__openat64_2|__read_chk|__pread_chk|__fread_chk|__fgets_chk|__getcwd_chk|__readlink_chk|__realpath_chk|__printf_chk|__fprintf_chk|__vfprintf_chk|__environ|__secure_getenv)(@.*)?$'
# What a pure archive may call (--strict): the compiler's, libstdc++'s and sanitizers' runtime
# (__...), memory, string and number functions.
allowed_c='^(__.*|_Unwind_.*|_GLOBAL_OFFSET_TABLE_|mem(chr|rchr|cmp|cpy|move|set|mem)|bcmp|wmem(chr|cmp|cpy|move|set)|wcs(len|nlen|cmp|ncmp|chr|rchr|str|cpy|ncpy)|(isw?|tow?)(alnum|alpha|blank|cntrl|digit|graph|lower|print|punct|space|upper|xdigit)|str(len|nlen|cmp|ncmp|chr|rchr|str|spn|cspn|pbrk|cpy|ncpy|cat|ncat|tol|toul|toll|toull|tod|tof|told)|abort|snprintf|vsnprintf|sscanf|toupper|tolower|(f|l|ll)?(abs|floor|ceil|round|lround|trunc|fmod|frexp|ldexp|modf|sqrt|pow|exp|log|log10|log2|hypot)[fl]?)(@.*)?$'
# std::chrono's clocks, file streams, the standard streams, std::filesystem.
forbidden_cxx='^(_ZNSt6chrono3_V212system_clock3now|_ZNSt6chrono3_V212steady_clock3now|_ZNSt6chrono3_V212high_resolution_clock3now|_ZNSt13basic_filebuf|_ZNSt14basic_ifstream|_ZNSt14basic_ofstream|_ZNSt13basic_fstream|_ZSt4cout|_ZSt4cerr|_ZSt4clog|_ZSt3cin|_ZSt5wcout|_ZSt5wcerr|_ZSt5wclog|_ZSt4wcin|_ZNSt13random_device|_ZNSt6localeC[12]EPKc|_ZNSt6localeC[12]ERKNSt7__cxx1112basic_string|_ZNSt10filesystem|_ZNSt12__basic_file)'
found=$(printf '%s\n' "$external" | grep -E -e "$forbidden_c" -e "$forbidden_cxx" || true)
if ((strict)); then
    unknown=$(printf '%s\n' "$external" | grep -v -e '^_Z' -e '^$' | grep -E -v -e "$allowed_c" || true)
    found=$(printf '%s\n%s\n' "$found" "$unknown" | grep -v '^$' | sort -u || true)
fi
if [[ -n $found ]]; then
    echo "core must not touch files, the environment or the clock; it calls:" >&2
    while IFS= read -r symbol; do
        printf '  %s (%s)\n' "$symbol" "$(c++filt "$symbol")" >&2
    done <<<"$found"
    exit 1
fi
