#pragma once

// A shared library loaded when a command first needs it, and the functions found in it.

#include <string>

namespace backplan::io {

// A library opened with dlopen. It stays loaded until the process exits: the functions found in
// it are used for as long as the process runs.
class SharedLibrary {
  public:
    // Opens the library by its SONAME ("libical.so.3"). `needed_for` follows the name in a
    // failure's message, to say which package provides it and what for. Throws std::bad_alloc when
    // the loader cannot map it (ulimit -v), as running out of memory is said everywhere, and
    // Error(software) naming the library for any other failure.
    SharedLibrary(std::string soname, std::string needed_for);

    // The address of the function `name`; throws as the constructor does when it is missing.
    void* function(const char* name) const;

  private:
    [[noreturn]] void fail(const std::string& what) const;

    void* m_handle;
    std::string m_soname;
    std::string m_needed_for;
};

} // namespace backplan::io
