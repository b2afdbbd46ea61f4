#include "io/libical.hpp"

#include "core/error.hpp"

#include <dlfcn.h>
#include <string>

namespace backplan::io {
namespace {

// The SONAME of Debian's libical3, the library the headers we compile against belong to.
constexpr const char* library = "libical.so.3";

LibIcal load() {
    void* handle = ::dlopen(library, RTLD_NOW | RTLD_LOCAL);
    auto fail = [](const std::string& what) {
        const char* reason = ::dlerror();
        return Error(ExitCode::software, "cannot load " + what +
                                             " (Debian package libical3), needed for --format "
                                             "ics: " +
                                             (reason ? reason : "unknown error"));
    };
    if (handle == nullptr) {
        throw fail(library);
    }
    LibIcal api;
#define BACKPLAN_LIBICAL_RESOLVE(name)                                                             \
    api.name = reinterpret_cast<decltype(api.name)>(::dlsym(handle, #name));                       \
    if (api.name == nullptr) {                                                                     \
        throw fail(std::string(library) + " function " #name);                                     \
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
