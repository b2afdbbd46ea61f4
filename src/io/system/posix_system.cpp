#include "io/system/posix_system.hpp"

#include "core/error.hpp"
#include "io/system/file_descriptor.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <elf.h>
#include <fcntl.h>
#include <filesystem>
#include <iostream>
#include <link.h>
#include <malloc.h>
#include <memory>
#include <optional>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace backplan::io {
namespace {

std::string variable(const char* name) {
    const char* value = std::getenv(name);
    return value == nullptr ? std::string() : std::string(value);
}

// The first of the variables that is set and not empty, as POSIX orders locale categories.
std::string locale_name() {
    for (const char* name : {"LC_ALL", "LC_CTYPE", "LANG"}) {
        if (std::string value = variable(name); !value.empty()) {
            return value;
        }
    }
    return {};
}

// Where `cmake --install` puts the shipped templates, from the binary's directory
// ("../share/backplan/plans"), so that an installed tree works wherever it is put.
constexpr const char* plans_dir_from_binary_dir = BACKPLAN_PLANS_RELATIVE;

std::string installed_plans_dir() {
    std::error_code error;
    std::filesystem::path binary = std::filesystem::read_symlink("/proc/self/exe", error);
    if (error) {
        return plans_dir_from_binary_dir;
    }
    return (binary.parent_path() / plans_dir_from_binary_dir).lexically_normal().string();
}

std::string failure(const std::string& path, const std::string& what, int error) {
    return path + ": " + what + ": " + std::strerror(error);
}

// The offset from UTC in force at the instant in the process's time zone, in seconds east.
int offset_at(std::chrono::sys_seconds instant) {
    std::time_t when = static_cast<std::time_t>(instant.time_since_epoch().count());
    std::tm local{};
    return ::localtime_r(&when, &local) == nullptr ? 0 : static_cast<int>(local.tm_gmtoff);
}

// The name of the process's time zone for messages: $TZ, else what /etc/localtime links to
// under zoneinfo/, else a description.
std::string zone_name(const std::string& tz) {
    if (!tz.empty()) {
        return tz.front() == ':' ? tz.substr(1) : tz;
    }
    std::error_code error;
    std::string target = std::filesystem::read_symlink("/etc/localtime", error).string();
    std::size_t at = target.find("zoneinfo/");
    return error || at == std::string::npos ? "the local time zone" : target.substr(at + 9);
}

// The program's own GNU build ID note (ld --build-id, which Debian's compiler always passes), in
// hex; "" when it has none. Found from the program headers the kernel passes (getauxval), which
// costs less than asking the loader for its objects (dl_iterate_phdr).
std::string build_id() {
    std::string id;
    auto* headers = reinterpret_cast<const ElfW(Phdr)*>(::getauxval(AT_PHDR));
    std::size_t count = headers == nullptr ? 0 : ::getauxval(AT_PHNUM);
    // Where the program was loaded, from where its headers are and where they were linked to
    // be; without that header, no ID (and no checkpoint) rather than a guess.
    std::optional<ElfW(Addr)> base;
    for (std::size_t h = 0; h < count; ++h) {
        if (headers[h].p_type == PT_PHDR) {
            base = reinterpret_cast<ElfW(Addr)>(headers) - headers[h].p_vaddr;
        }
    }
    if (!base) {
        return id;
    }
    for (std::size_t h = 0; h < count; ++h) {
        const ElfW(Phdr)& header = headers[h];
        if (header.p_type != PT_NOTE) {
            continue;
        }
        const char* at = reinterpret_cast<const char*>(*base + header.p_vaddr);
        const char* end = at + header.p_memsz;
        while (at + sizeof(ElfW(Nhdr)) <= end) {
            ElfW(Nhdr) note;
            std::memcpy(&note, at, sizeof note);
            const char* name = at + sizeof note;
            const char* desc = name + ((note.n_namesz + 3) & ~3U);
            if (note.n_type == NT_GNU_BUILD_ID && note.n_namesz == 4 &&
                std::memcmp(name, "GNU", 4) == 0 && desc + note.n_descsz <= end) {
                static constexpr char digits[] = "0123456789abcdef";
                for (std::size_t i = 0; i < note.n_descsz; ++i) {
                    auto byte = static_cast<unsigned char>(desc[i]);
                    id += digits[byte >> 4];
                    id += digits[byte & 15];
                }
                return id;
            }
            at = desc + ((note.n_descsz + 3) & ~3U);
        }
    }
    return id;
}

} // namespace

PosixSystem::PosixSystem() {
    m_environment.home = variable("HOME");
    m_environment.xdg_config_home = variable("XDG_CONFIG_HOME");
    m_environment.xdg_data_home = variable("XDG_DATA_HOME");
    m_environment.xdg_cache_home = variable("XDG_CACHE_HOME");
    m_environment.backplan_log = variable("BACKPLAN_LOG");
    m_environment.no_color = variable("NO_COLOR");
    m_environment.tz = variable("TZ");
    m_environment.locale = locale_name();
    m_environment.source_date_epoch = variable("SOURCE_DATE_EPOCH");
    m_environment.lock_timeout = variable("BACKPLAN_LOCK_TIMEOUT");
    m_environment.stdout_is_terminal = ::isatty(STDOUT_FILENO) == 1;
    m_environment.stdin_is_terminal = ::isatty(STDIN_FILENO) == 1;
    m_environment.build_id = build_id();
}

std::string PosixSystem::installed_plans() const {
    if (!m_installed_plans) {
        m_installed_plans = installed_plans_dir();
    }
    return *m_installed_plans;
}

std::istream& PosixSystem::input() {
    return std::cin;
}

std::chrono::sys_seconds PosixSystem::now() const {
    return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

core::Timestamp PosixSystem::local_time(std::chrono::sys_seconds instant) const {
    // The offset of the instant itself (tm_gmtoff), never the wall clock resolved again: in a
    // repeated hour that would be the other of the two.
    return core::timestamp_at(instant, offset_at(instant));
}

core::LocalResolution PosixSystem::resolve_local_time(core::LocalTime time) const {
    // Not mktime: it moves a skipped time silently, and which of a repeated time's instants it
    // takes differs between zones.
    core::LocalResolution resolution = core::resolve_in_zone(time, offset_at);
    if (resolution.kind != core::LocalResolution::Kind::unique) {
        resolution.zone = zone_name(m_environment.tz);
    }
    return resolution;
}

std::vector<std::string> PosixSystem::directory_entries(const std::string& path) const {
    std::vector<std::string> names;
    std::error_code error;
    for (std::filesystem::directory_iterator entry(path, error), end; !error && entry != end;
         entry.increment(error)) {
        names.push_back(entry->path().filename().string());
    }
    return names;
}

bool PosixSystem::exists(const std::string& path) const {
    struct stat info {};
    return ::stat(path.c_str(), &info) == 0;
}

System::Entry PosixSystem::entry(const std::string& path) const {
    struct stat info {};
    if (::lstat(path.c_str(), &info) != 0) {
        return errno == ENOENT ? Entry::none : Entry::other;
    }
    return S_ISREG(info.st_mode) ? Entry::regular : Entry::other;
}

bool PosixSystem::missing(const std::string& path) const {
    struct stat info {};
    return ::stat(path.c_str(), &info) != 0 && errno == ENOENT;
}

std::string PosixSystem::read_file(const std::string& path, std::size_t max_bytes,
                                   std::string_view kind) const {
    std::string what(kind);
    auto too_large = [&](const std::string& size) {
        return Error(ExitCode::data, path + ": the " + what + " is " + size + " bytes; at most " +
                                         std::to_string(max_bytes) + " are allowed");
    };
    // O_NONBLOCK: a FIFO must not block the open; it is refused below as not a regular file.
    FileDescriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK));
    if (!fd.valid()) {
        throw Error(ExitCode::no_input, failure(path, "cannot open " + what, errno));
    }
    struct stat info {};
    if (::fstat(fd.get(), &info) != 0) {
        throw Error(ExitCode::no_input, failure(path, "cannot read " + what, errno));
    }
    if (!S_ISREG(info.st_mode)) {
        throw Error(ExitCode::data, path + ": not a regular file; expected a YAML " + what);
    }
    if (static_cast<std::size_t>(info.st_size) > max_bytes) {
        throw too_large(std::to_string(info.st_size));
    }
    std::string text;
    char buffer[65536];
    for (;;) {
        ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            throw Error(ExitCode::io, failure(path, "cannot read " + what, errno));
        }
        if (n == 0) {
            return text;
        }
        text.append(buffer, static_cast<std::size_t>(n));
        if (text.size() > max_bytes) { // it grew while being read
            throw too_large("more than " + std::to_string(max_bytes));
        }
    }
}

namespace {

// Where a page first touched costs about 10 us (a virtual machine whose host maps a guest's page
// on its first touch, as this round's development machine), a large working set is cheaper in 2 MiB
// pages, one fault each, than in 512 of 4 KiB: report over 50 years touched 660 pages of heap. Asks
// the kernel for them (transparent huge pages on request, MADV_HUGEPAGE) on the next 8 MiB of the
// heap: the C library's malloc made to keep large blocks on the heap too, and what is freed there,
// then the heap grown by a block freed at once, so that what comes next is carved from that part.
// Nothing is touched here; where the kernel lends no such pages, or the heap is not glibc's (a
// sanitizer build), nothing changes. Once a process.
void prefer_large_pages() {
    static bool asked = false;
    if (asked) {
        return;
    }
    asked = true;
    constexpr std::size_t large_page = std::size_t{2} << 20;
    constexpr std::size_t reserve = std::size_t{8} << 20;
    ::mallopt(M_MMAP_THRESHOLD, 32 << 20);
    ::mallopt(M_TRIM_THRESHOLD, 64 << 20);
    auto end_before = reinterpret_cast<std::uintptr_t>(::sbrk(0));
    void* block = std::malloc(reserve);
    auto end_after = reinterpret_cast<std::uintptr_t>(::sbrk(0));
    auto from = (reinterpret_cast<std::uintptr_t>(block) + large_page - 1) & ~(large_page - 1);
    auto to = end_after & ~(large_page - 1);
    std::free(block);
    if (block != nullptr && end_after - end_before >= reserve && to > from) {
        ::madvise(reinterpret_cast<void*>(from), to - from, MADV_HUGEPAGE);
    }
}

// Lines from this many bytes on hold a working set for prefer_large_pages (about 5,000 lines,
// 320 KiB of sessions).
constexpr off_t large_read = 256 * 1024;

// The regular file at path, opened to read; what names it in messages ("the log"). Asks for
// large pages when the bytes from offset from on are many.
FileDescriptor open_regular(const std::string& path, const std::string& what, off_t from = 0) {
    FileDescriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK));
    if (!fd.valid()) {
        throw Error(ExitCode::no_input, failure(path, "cannot open " + what, errno));
    }
    struct stat info {};
    if (::fstat(fd.get(), &info) != 0 || !S_ISREG(info.st_mode)) {
        throw Error(ExitCode::data, path + ": not a regular file; " + what + " must be one");
    }
    ::posix_fadvise(fd.get(), 0, 0, POSIX_FADV_SEQUENTIAL);
    if (info.st_size - from >= large_read) {
        prefer_large_pages();
    }
    return fd;
}

} // namespace

void PosixSystem::read_lines(const std::string& path, std::string_view kind,
                             const LineVisitor& visit) const {
    std::string what = "the " + std::string(kind);
    FileDescriptor fd = open_regular(path, what);
    read_file_lines(fd.get(), path, what, visit);
}

void PosixSystem::read_lines_after(const std::string& path, std::string_view kind,
                                   const Prefix& prefix, const LineVisitor& visit) const {
    std::string what = "the " + std::string(kind);
    FileDescriptor fd = open_regular(path, what, static_cast<off_t>(prefix.bytes));
    constexpr std::size_t chunk = 64 * 1024;
    auto buffer = std::make_unique_for_overwrite<char[]>(chunk);
    off_t offset = 0;
    auto end = static_cast<off_t>(prefix.bytes);
    while (offset < end) {
        ssize_t n = ::pread(fd.get(), buffer.get(),
                            static_cast<std::size_t>(std::min<off_t>(chunk, end - offset)), offset);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            throw Error(ExitCode::io, failure(path, "cannot read " + what, errno));
        }
        if (n == 0) {
            return; // shorter than the prefix: no line after it
        }
        prefix.visit(std::string_view(buffer.get(), static_cast<std::size_t>(n)));
        offset += n;
    }
    read_file_lines(fd.get(), path, what, visit, end, prefix.lines);
}

void read_file_lines(int fd, const std::string& path, const std::string& what,
                     const LineVisitor& visit, off_t from, std::size_t lines) {
    // Small enough that the pages it fills are few (each page touched costs about 5 µs here),
    // large enough that reading a 50-year log takes 31 reads.
    constexpr std::size_t chunk = 64 * 1024;
    // Not zeroed first: only the pages a read fills are touched (a one-line log: 202 -> 122
    // page faults).
    auto buffer = std::make_unique_for_overwrite<char[]>(chunk + max_line_bytes);
    std::size_t kept = 0;  // bytes of an unfinished line at the start of the buffer
    bool skipping = false; // inside a line already passed on as too long
    std::size_t number = lines;
    // pread from an offset of its own: the file may be read again (append_composed).
    off_t offset = from;
    for (;;) {
        ssize_t n = ::pread(fd, buffer.get() + kept, chunk, offset);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            throw Error(ExitCode::io, failure(path, "cannot read " + what, errno));
        }
        offset += n;
        std::size_t end = kept + static_cast<std::size_t>(n);
        std::string_view data(buffer.get(), end);
        std::size_t start = 0;
        for (std::size_t newline; (newline = data.find('\n', start)) != std::string_view::npos;
             start = newline + 1) {
            if (!skipping) {
                std::size_t length = newline - start;
                visit(++number, data.substr(start, std::min(length, max_line_bytes)),
                      length > max_line_bytes);
            }
            skipping = false;
        }
        if (n == 0) {
            if (start < end && !skipping) {
                // A last line without its newline; kept is at most max_line_bytes here.
                visit(++number, data.substr(start), false);
            }
            return;
        }
        kept = end - start;
        if (!skipping && kept > max_line_bytes) {
            visit(++number, data.substr(start, max_line_bytes), true);
            skipping = true;
        }
        if (skipping) {
            kept = 0;
        } else {
            std::memmove(buffer.get(), buffer.get() + start, kept);
        }
    }
}

} // namespace backplan::io
