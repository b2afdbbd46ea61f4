#pragma once

// The libical functions the iCalendar writer calls, as a table of pointers. The writer is given
// the table and never loads anything: the system room opens the library (io/system/
// shared_library.hpp) when --format ics asks for it, and the command binds the two.

#include <libical/ical.h>

namespace backplan::io {

// The SONAME of Debian's libical3, the library whose headers the table's types come from.
inline constexpr const char* libical_soname = "libical.so.3";

// Which package provides it, and what for: said when it cannot be loaded.
inline constexpr const char* libical_needed_for =
    "(Debian package libical3), needed for --format ics";

// The libical functions the iCalendar writer uses.
#define BACKPLAN_LIBICAL_FUNCTIONS(X)                                                              \
    X(icalcomponent_new)                                                                           \
    X(icalcomponent_free)                                                                          \
    X(icalcomponent_add_property)                                                                  \
    X(icalcomponent_add_component)                                                                 \
    X(icalcomponent_as_ical_string_r)                                                              \
    X(icalerrno_return)                                                                            \
    X(icalerror_strerror)                                                                          \
    X(icaltime_null_time)                                                                          \
    X(icaldurationtype_from_int)                                                                   \
    X(icalproperty_new_version)                                                                    \
    X(icalproperty_new_prodid)                                                                     \
    X(icalproperty_new_calscale)                                                                   \
    X(icalproperty_new_name)                                                                       \
    X(icalproperty_new_uid)                                                                        \
    X(icalproperty_new_sequence)                                                                   \
    X(icalproperty_new)                                                                            \
    X(icalproperty_set_value_from_string)                                                          \
    X(icalproperty_new_duration)                                                                   \
    X(icalproperty_new_transp)                                                                     \
    X(icalproperty_new_summary)                                                                    \
    X(icalproperty_new_description)                                                                \
    X(icalproperty_new_action)                                                                     \
    X(icalproperty_new_trigger)

// libical's functions, with the types its header declares.
struct LibIcal {
#define BACKPLAN_LIBICAL_POINTER(name) decltype(&::name) name = nullptr;
    BACKPLAN_LIBICAL_FUNCTIONS(BACKPLAN_LIBICAL_POINTER)
#undef BACKPLAN_LIBICAL_POINTER
};

// The table filled from `library`, anything with `void* function(const char* name) const` that
// throws when the function is missing.
template <class Library> LibIcal bind_libical(const Library& library) {
    LibIcal api;
#define BACKPLAN_LIBICAL_BIND(name)                                                                \
    api.name = reinterpret_cast<decltype(api.name)>(library.function(#name));
    BACKPLAN_LIBICAL_FUNCTIONS(BACKPLAN_LIBICAL_BIND)
#undef BACKPLAN_LIBICAL_BIND
    return api;
}

} // namespace backplan::io
