#include "io/formats/app_writer.hpp"

#include "core/date.hpp"
#include "io/formats/escape.hpp"

#include <array>

namespace backplan::io {
namespace {

constexpr std::array<std::string_view, 12> months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

void two_digits(std::string& out, int value) {
    out += static_cast<char>('0' + value / 10);
    out += static_cast<char>('0' + value % 10);
}

// The clock of a record: "07:06", with ":SS" when with_seconds.
void clock(std::string& out, int seconds, bool with_seconds) {
    two_digits(out, seconds / 3600);
    out += ':';
    two_digits(out, seconds / 60 % 60);
    if (with_seconds) {
        out += ':';
        two_digits(out, seconds % 60);
    }
}

// The note as the first set's notes: its pain first, which import reads back (core::note_of_sets).
std::string note_field(const core::LogEntry& record) {
    std::string note = record.note;
    if (record.pain) {
        note = "pain=" + std::to_string(*record.pain) + (note.empty() ? "" : "; " + note);
    }
    return csv_field(note);
}

} // namespace

std::string app_header(core::App app) {
    switch (app) {
    case core::App::strong:
        return "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,"
               "Notes,Workout Notes,RPE\r\n";
    case core::App::hevy:
        return "title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,"
               "set_index,set_type,weight_kg,reps,distance_km,duration_seconds,rpe\r\n";
    case core::App::fitnotes:
        return "Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time,"
               "Comment\r\n";
    }
    return "";
}

void append_app_rows(core::App app, const core::LogEntry& record, std::string& out) {
    std::string date = core::format_date(record.time.date);
    std::string when;
    if (app == core::App::hevy) {
        unsigned day = static_cast<unsigned>(record.time.date.day());
        when = std::to_string(day) + " " +
               std::string(months[static_cast<unsigned>(record.time.date.month()) - 1]) + " " +
               date.substr(0, 4) + ", ";
        clock(when, record.time.seconds, false);
        when = csv_field(when);
    } else {
        when = date;
        if (app == core::App::strong) {
            when += ' ';
            clock(when, record.time.seconds, true);
        }
    }
    std::string id = csv_field(record.id);
    std::string note = note_field(record);
    bool timed = record.unit == core::Unit::seconds;
    for (std::size_t i = 0; i < record.amounts.size(); ++i) {
        std::string reps = timed ? "0" : std::to_string(record.amounts[i]);
        std::string seconds = timed ? std::to_string(record.amounts[i]) : "0";
        std::string_view this_note = i == 0 ? std::string_view(note) : std::string_view();
        switch (app) {
        case core::App::strong:
            out.append(when).append(",backplan,0m,").append(id).append(",");
            out.append(std::to_string(i + 1)).append(",0,").append(reps).append(",0,");
            out.append(seconds).append(",").append(this_note).append(",,\r\n");
            break;
        case core::App::hevy:
            out.append("backplan,").append(when).append(",").append(when).append(",,");
            out.append(id).append(",,").append(this_note).append(",");
            out.append(std::to_string(i)).append(",normal,,").append(timed ? "" : reps);
            out.append(",,").append(timed ? seconds : "").append(",\r\n");
            break;
        case core::App::fitnotes: {
            std::string time;
            if (timed) {
                time = std::to_string(record.amounts[i] / 3600) + ":";
                two_digits(time, record.amounts[i] / 60 % 60);
                time += ':';
                two_digits(time, record.amounts[i] % 60);
            }
            out.append(when).append(",").append(id).append(",backplan,0,kgs,");
            out.append(timed ? "" : reps).append(",,,").append(time).append(",");
            out.append(this_note).append("\r\n");
            break;
        }
        }
    }
}

void write_app_sets(core::App app, const std::vector<core::LogEntry>& records, std::ostream& out) {
    std::string text = app_header(app);
    for (const core::LogEntry& record : records) {
        append_app_rows(app, record, text);
    }
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

} // namespace backplan::io
