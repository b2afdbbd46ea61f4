#include "io/ics_writer.hpp"

#include "core/error.hpp"
#include "io/libical.hpp"
#include "io/text_writer.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <ctime>
#include <limits>
#include <memory>

namespace backplan::io {
namespace {

// The event's title: the routine and how many exercises the day holds. It depends on nothing
// but the day itself, never on where the export started, so that re-importing an export that
// started elsewhere does not rename the events already there.
std::string summary(const core::Plan& plan, const core::PlanDay& day) {
    return plan.routine_name + ": " + std::to_string(day.items.size()) +
           (day.items.size() == 1 ? " exercise" : " exercises");
}

std::string description(const core::PlanDay& day) {
    std::string text;
    for (const core::PlanItem& item : day.items) {
        text += item.id + " " + item.name + ": " + format_prescription(item.unit, item.step) + "\n";
    }
    return text + "Log each exercise with: backplan log ID AMOUNT...";
}

// Builds the calendar through libical's functions; owns what it builds until it is serialized.
class CalendarBuilder {
  public:
    explicit CalendarBuilder(const LibIcal& ical) : m_ical(ical) {}

    std::string build(const core::Plan& plan, const CalendarOptions& options) {
        Component calendar = make_component(ICAL_VCALENDAR_COMPONENT);
        icalcomponent* c = calendar.get();
        add(c, m_ical.icalproperty_new_version("2.0"));
        add(c, m_ical.icalproperty_new_prodid(
                   ("-//backplan//backplan " + options.version + "//EN").c_str()));
        add(c, m_ical.icalproperty_new_calscale("GREGORIAN"));
        add(c, m_ical.icalproperty_new_name(plan.routine_name.c_str())); // RFC 7986
        for (const core::PlanWeek& week : plan.weeks) {
            for (std::size_t i = 0; i < week.days.size(); ++i) {
                m_ical.icalcomponent_add_component(c, make_event(plan, week, i, options).release());
            }
        }
        char* text = m_ical.icalcomponent_as_ical_string_r(c);
        if (text == nullptr) {
            throw Error(ExitCode::software, "libical: cannot serialize the calendar");
        }
        std::string result(text);
        std::free(text);
        return result;
    }

  private:
    struct Deleter {
        const LibIcal* ical;
        void operator()(icalcomponent* component) const { ical->icalcomponent_free(component); }
    };
    using Component = std::unique_ptr<icalcomponent, Deleter>;

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

    icaltimetype date_value(core::Date date) {
        icaltimetype value = m_ical.icaltime_null_date();
        value.year = static_cast<int>(date.year());
        value.month = static_cast<int>(static_cast<unsigned>(date.month()));
        value.day = static_cast<int>(static_cast<unsigned>(date.day()));
        return value;
    }

    // A floating local time ("07:30 wherever you are"), minutes past the date's midnight.
    icaltimetype local_time_value(core::Date date, int minutes) {
        icaltimetype value = date_value(core::add_days(date, minutes / (24 * 60)));
        value.is_date = 0;
        value.hour = minutes % (24 * 60) / 60;
        value.minute = minutes % 60;
        value.second = 0;
        return value;
    }

    Component make_event(const core::Plan& plan, const core::PlanWeek& week, std::size_t day_index,
                         const CalendarOptions& options) {
        const core::PlanDay& day = week.days[day_index];
        Component event = make_component(ICAL_VEVENT_COMPONENT);
        icalcomponent* e = event.get();
        add(e, m_ical.icalproperty_new_uid(event_uid(plan.routine_name, day.date).c_str()));
        add(e, m_ical.icalproperty_new_dtstamp(m_ical.icaltime_from_timet_with_zone(
                   static_cast<std::time_t>(options.stamp.time_since_epoch().count()), 0,
                   m_ical.icaltimezone_get_utc_timezone())));
        add(e, m_ical.icalproperty_new_sequence(static_cast<int>(event_sequence(options.stamp))));
        if (options.time) {
            int end = *options.time + options.duration;
            add(e, m_ical.icalproperty_new_dtstart(local_time_value(day.date, *options.time)));
            add(e, m_ical.icalproperty_new_dtend(local_time_value(day.date, end)));
        } else {
            add(e, m_ical.icalproperty_new_dtstart(date_value(day.date)));
            add(e, m_ical.icalproperty_new_dtend(date_value(core::add_days(day.date, 1))));
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
    out << CalendarBuilder(libical()).build(plan, options);
}

} // namespace backplan::io
