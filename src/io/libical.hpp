#pragma once

#include <libical/ical.h>

namespace backplan::io {

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

// libical, loaded on first use: it and the ICU libraries it needs would add about 3 ms to the
// start of every backplan process, and only --format ics uses them. Throws Error when the
// library cannot be loaded.
const LibIcal& libical();

} // namespace backplan::io
