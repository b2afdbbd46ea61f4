#include "io/formats/ics_writer.hpp"

#include "core/error.hpp"
#include "io/formats/ical_library.hpp"
#include "io/formats/text_writer.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <memory>

namespace backplan::io {
namespace {

// The event's title: the routine and how many exercises the day holds. It depends on nothing
// but the day itself, never on where the export started, so that re-importing an export that
// started elsewhere does not rename the events already there.
std::string summary(const core::Plan& plan, const core::PlanDay& day) {
    if (day.pause) {
        return plan.routine_name + ": paused";
    }
    return plan.routine_name + ": " + std::to_string(day.items.size()) +
           (day.items.size() == 1 ? " exercise" : " exercises");
}

std::string description(const core::PlanDay& day) {
    if (day.pause) {
        return pause_text(*day.pause) + "\nEnd the pause early with: backplan pause --end";
    }
    std::string text;
    for (const core::PlanItem& item : day.items) {
        text += item.id + " " + item.name + ": " + format_prescription(item.unit, item.step) + "\n";
    }
    return text + "Log each exercise with: backplan log ID AMOUNT...";
}

// "20261123", or with seconds since midnight that are not negative "20261123T073000".
std::string ical_date_time(core::Date date, int seconds) {
    std::string text = core::format_date(date);
    text.erase(7, 1).erase(4, 1);
    if (seconds >= 0) {
        char clock[32];
        std::snprintf(clock, sizeof clock, "T%02d%02d%02d", seconds / 3600 % 24, seconds / 60 % 60,
                      seconds % 60);
        text += clock;
    }
    return text;
}

// Builds the calendar through libical's functions; owns what it builds until it is serialized.
class CalendarBuilder {
  public:
    explicit CalendarBuilder(const LibIcal& ical) : m_ical(ical) {}

    // Writes the calendar an event at a time: built whole, libical would hold every event and
    // then the whole text at once (3 GB for 104 weeks of a large template).
    void write(const core::Plan& plan, const CalendarOptions& options, std::ostream& out) {
        Component calendar = make_component(ICAL_VCALENDAR_COMPONENT);
        icalcomponent* c = calendar.get();
        add(c, m_ical.icalproperty_new_version("2.0"));
        add(c, m_ical.icalproperty_new_prodid(
                   ("-//backplan//backplan " + options.version + "//EN").c_str()));
        add(c, m_ical.icalproperty_new_calscale("GREGORIAN"));
        add(c, m_ical.icalproperty_new_name(plan.routine_name.c_str())); // RFC 7986
        // libical writes a component's properties, then its components, then its END line: the
        // calendar's text without its events, cut before that line, then each event's own.
        static constexpr std::string_view end = "END:VCALENDAR\r\n";
        std::string head = text_of(c);
        if (!head.ends_with(end)) {
            throw Error(ExitCode::software, "libical: a calendar that does not end as expected");
        }
        out << std::string_view(head).substr(0, head.size() - end.size());
        for (const core::PlanWeek& week : plan.weeks) {
            for (std::size_t i = 0; i < week.days.size(); ++i) {
                out << text_of(make_event(plan, week, i, options).get());
            }
        }
        out << end;
    }

  private:
    struct Deleter {
        const LibIcal* ical;
        void operator()(icalcomponent* component) const { ical->icalcomponent_free(component); }
    };
    using Component = std::unique_ptr<icalcomponent, Deleter>;

    std::string text_of(icalcomponent* component) {
        char* text = m_ical.icalcomponent_as_ical_string_r(component);
        if (text == nullptr) {
            throw Error(ExitCode::software, "libical: cannot serialize the calendar");
        }
        std::string result(text);
        std::free(text);
        return result;
    }

    Component make_component(icalcomponent_kind kind) {
        Component component(m_ical.icalcomponent_new(kind), Deleter{&m_ical});
        if (!component) {
            throw Error(ExitCode::software, "libical: cannot create a component");
        }
        return component;
    }

    // Adds a property; libical returns null for a value it refuses, which ours never are.
    void add(icalcomponent* component, icalproperty* property) {
        if (property == nullptr) {
            throw Error(ExitCode::software,
                        std::string("libical: ") +
                            m_ical.icalerror_strerror(*m_ical.icalerrno_return()));
        }
        m_ical.icalcomponent_add_property(component, property);
    }

    // A DTSTART or DTEND of a date ("VALUE=DATE:20261123") or a floating local time, minutes past
    // the date's midnight ("20261123T073000"). Set from text: libical's time values stop at the
    // year 3000, and the text of every date in the range is what RFC 5545 asks for.
    icalproperty* time_property(icalproperty_kind kind, core::Date date,
                                std::optional<int> minutes) {
        icalproperty* property = m_ical.icalproperty_new(kind);
        if (property != nullptr) {
            std::string text = ical_date_time(core::add_days(date, minutes.value_or(0) / (24 * 60)),
                                              minutes ? minutes.value() % (24 * 60) * 60 : -1);
            m_ical.icalproperty_set_value_from_string(property, text.c_str(),
                                                      minutes ? "DATE-TIME" : "DATE");
        }
        return property;
    }

    // DTSTAMP, in UTC, set from text as time_property is.
    icalproperty* stamp_property(std::chrono::sys_seconds stamp) {
        icalproperty* property = m_ical.icalproperty_new(ICAL_DTSTAMP_PROPERTY);
        if (property != nullptr) {
            auto day = std::chrono::floor<std::chrono::days>(stamp);
            std::string text =
                ical_date_time(core::Date(day), static_cast<int>((stamp - day).count())) + "Z";
            m_ical.icalproperty_set_value_from_string(property, text.c_str(), "DATE-TIME");
        }
        return property;
    }

    // DTEND, or for an event ending after core::last_date (whose date has no four-digit year),
    // the equal DURATION.
    icalproperty* end_property(core::Date date, std::optional<int> start, int minutes) {
        int end = start.value_or(0) + minutes;
        core::Date end_date = core::add_days(date, end / (24 * 60));
        if (end_date > core::last_date) {
            return m_ical.icalproperty_new_duration(m_ical.icaldurationtype_from_int(minutes * 60));
        }
        return start ? time_property(ICAL_DTEND_PROPERTY, date, end)
                     : time_property(ICAL_DTEND_PROPERTY, end_date, std::nullopt);
    }

    Component make_event(const core::Plan& plan, const core::PlanWeek& week, std::size_t day_index,
                         const CalendarOptions& options) {
        const core::PlanDay& day = week.days[day_index];
        Component event = make_component(ICAL_VEVENT_COMPONENT);
        icalcomponent* e = event.get();
        add(e, m_ical.icalproperty_new_uid(event_uid(plan.routine_name, day.date).c_str()));
        add(e, stamp_property(options.stamp));
        add(e, m_ical.icalproperty_new_sequence(static_cast<int>(event_sequence(options.stamp))));
        if (options.time) {
            add(e, time_property(ICAL_DTSTART_PROPERTY, day.date, options.time));
            add(e, end_property(day.date, options.time, options.duration));
        } else {
            add(e, time_property(ICAL_DTSTART_PROPERTY, day.date, std::nullopt));
            add(e, end_property(day.date, std::nullopt, 24 * 60));
            // An all-day reminder to train should not mark the whole day busy.
            add(e, m_ical.icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
        }
        std::string title = summary(plan, day);
        add(e, m_ical.icalproperty_new_summary(title.c_str()));
        add(e, m_ical.icalproperty_new_description(description(day).c_str()));
        if (options.remind) {
            Component alarm = make_component(ICAL_VALARM_COMPONENT);
            add(alarm.get(), m_ical.icalproperty_new_action(ICAL_ACTION_DISPLAY));
            icaltriggertype trigger{};
            trigger.time = m_ical.icaltime_null_time();
            trigger.duration = m_ical.icaldurationtype_from_int(-*options.remind * 60);
            add(alarm.get(), m_ical.icalproperty_new_trigger(trigger));
            add(alarm.get(), m_ical.icalproperty_new_description(title.c_str()));
            m_ical.icalcomponent_add_component(e, alarm.release());
        }
        return event;
    }

    const LibIcal& m_ical;
};

} // namespace

std::string event_uid(std::string_view routine_name, core::Date date) {
    // FNV-1a: a fixed, documented hash, so the UID never changes between versions or machines.
    std::uint64_t hash = 14695981039346656037ull;
    for (char c : routine_name) {
        hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    }
    static constexpr char hex[] = "0123456789abcdef";
    std::string digits(16, '0');
    for (std::size_t i = 0; i < 16; ++i) {
        digits[15 - i] = hex[(hash >> (4 * i)) & 0xf];
    }
    std::string day = core::format_date(date);
    day.erase(7, 1).erase(4, 1);
    return day + "-" + digits + "@backplan";
}

long long event_sequence(std::chrono::sys_seconds stamp) {
    using namespace std::chrono;
    auto origin = sys_days(year(2026) / January / 1);
    long long elapsed = duration_cast<minutes>(stamp - origin).count();
    return std::clamp<long long>(elapsed, 0, std::numeric_limits<std::int32_t>::max());
}

void write_ics_plan(const core::Plan& plan, const CalendarOptions& options, std::ostream& out) {
    if (options.library == nullptr) {
        throw Error(ExitCode::software, "no iCalendar library was loaded for --format ics");
    }
    CalendarBuilder(*options.library).write(plan, options, out);
}

} // namespace backplan::io
