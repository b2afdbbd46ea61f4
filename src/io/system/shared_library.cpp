#include "io/system/shared_library.hpp"

#include "core/error.hpp"

#include <dlfcn.h>
#include <new>
#include <utility>

namespace backplan::io {

SharedLibrary::SharedLibrary(std::string soname, std::string needed_for)
    : m_handle(::dlopen(soname.c_str(), RTLD_NOW | RTLD_LOCAL)), m_soname(std::move(soname)),
      m_needed_for(std::move(needed_for)) {
    if (m_handle == nullptr) {
        fail(m_soname);
    }
}

void* SharedLibrary::function(const char* name) const {
    void* found = ::dlsym(m_handle, name);
    if (found == nullptr) {
        fail(m_soname + " function " + name);
    }
    return found;
}

// Throws what the loader's last failure was: memory it could not map (ulimit -v) as
// std::bad_alloc, not as a missing package; anything else as Error(software) naming what could
// not be loaded.
void SharedLibrary::fail(const std::string& what) const {
    const char* said = ::dlerror();
    std::string reason = said != nullptr ? said : "unknown error";
    for (const char* memory :
         {"failed to map segment", "cannot map zero-fill pages", "annot allocate memory"}) {
        if (reason.find(memory) != std::string::npos) {
            throw std::bad_alloc();
        }
    }
    throw Error(ExitCode::software, "cannot load " + what + " " + m_needed_for + ": " + reason);
}

} // namespace backplan::io
