#include "io/libical.hpp"

#include "core/error.hpp"

#include <dlfcn.h>
#include <new>
#include <string>

namespace backplan::io {
namespace {

// The SONAME of Debian's libical3, the library the headers we compile against belong to.
constexpr const char* library = "libical.so.3";

// Throws what the loader's last failure was: memory it could not map (ulimit -v) as
// std::bad_alloc, said as running out of memory is everywhere, not as a missing package;
// anything else as Error(software) naming what could not be loaded.
[[noreturn]] void fail(const std::string& what) {
    const char* said = ::dlerror();
    std::string reason = said != nullptr ? said : "unknown error";
    for (const char* memory :
         {"failed to map segment", "cannot map zero-fill pages", "annot allocate memory"}) {
        if (reason.find(memory) != std::string::npos) {
            throw std::bad_alloc();
        }
    }
    throw Error(ExitCode::software,
                "cannot load " + what +
                    " (Debian package libical3), needed for --format ics: " + reason);
}

LibIcal load() {
    void* handle = ::dlopen(library, RTLD_NOW | RTLD_LOCAL);
    if (handle == nullptr) {
        fail(library);
    }
    LibIcal api;
#define BACKPLAN_LIBICAL_RESOLVE(name)                                                             \
    api.name = reinterpret_cast<decltype(api.name)>(::dlsym(handle, #name));                       \
    if (api.name == nullptr) {                                                                     \
        fail(std::string(library) + " function " #name);                                           \
    }
    BACKPLAN_LIBICAL_FUNCTIONS(BACKPLAN_LIBICAL_RESOLVE)
#undef BACKPLAN_LIBICAL_RESOLVE
    return api; // the library stays loaded until the process exits
}

} // namespace

const LibIcal& libical() {
    static const LibIcal api = load();
    return api;
}

} // namespace backplan::io
