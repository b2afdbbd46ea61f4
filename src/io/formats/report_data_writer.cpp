#include "core/text.hpp"
#include "io/formats/escape.hpp"
#include "io/formats/json_stream.hpp"
#include "io/formats/report_writer.hpp"

// The report as data for other programs: CSV and JSON (the text report is report_writer.cpp).
namespace backplan::io {

void write_csv_report(const core::Report& report, std::ostream& out) {
    out << "week,id,name,unit,sets,amount,planned_sets,planned_total,done_sets,done_total,"
           "percent,sessions,pain,paused_days\r\n";
    for (const core::ReportWeek& week : report.weeks) {
        for (const core::ExerciseWeek& line : week.exercises) {
            const std::string* name = report_name_of(report, line.id);
            out << core::format_date(week.first) << ',' << csv_field(line.id) << ','
                << csv_field(name ? *name : "") << ',' << core::unit_name(line.unit) << ','
                << line.step.sets << ',' << line.step.amount << ',' << line.planned_sets << ','
                << line.planned_total << ',' << line.done_sets << ',' << line.done_total << ','
                << line.percent() << ',' << line.sessions << ','
                << (line.pain < 0 ? "" : std::to_string(line.pain)) << ',' << week.paused_days
                << "\r\n";
        }
    }
}

void write_json_report(const core::Report& report, std::ostream& out) {
    // Streamed, a week at a time: a report over years is megabytes of JSON.
    JsonStream json(out);
    auto best = [&](const char* key, const std::optional<core::Best>& b) {
        json.key(key);
        if (!b) {
            json.null();
            return;
        }
        json.object();
        json.key("amount").number(b->amount);
        json.key("date").string(core::format_date(b->date));
        json.close();
    };
    json.object();
    json.key("format").string("backplan-report");
    json.key("version").number(1);
    json.key("routine").string(report.routine_name);
    json.key("since").string(core::format_date(report.since));
    json.key("until").string(core::format_date(report.until));
    json.key("weeks").array();
    for (const core::ReportWeek& week : report.weeks) {
        json.object();
        json.key("week").string(core::format_date(week.first));
        json.key("sessions").number(week.sessions);
        json.key("total_reps").number(week.total_reps);
        json.key("total_seconds").number(week.total_seconds);
        json.key("paused_days").number(week.paused_days);
        json.key("paused").boolean(week.paused);
        json.key("exercises").array();
        for (const core::ExerciseWeek& line : week.exercises) {
            json.object();
            const std::string* name = report_name_of(report, line.id);
            json.key("id").string(line.id);
            json.key("name").string(name ? *name : "");
            json.key("unit").string(core::unit_name(line.unit));
            json.key("sets").number(line.step.sets);
            json.key("amount").number(line.step.amount);
            json.key("planned_sets").number(line.planned_sets);
            json.key("planned_total").number(line.planned_total);
            json.key("done_sets").number(line.done_sets);
            json.key("done_total").number(line.done_total);
            json.key("percent").number(line.percent());
            json.key("sessions").number(line.sessions);
            json.key("pain");
            if (line.pain < 0) {
                json.null();
            } else {
                json.number(line.pain);
            }
            json.close();
        }
        json.close().close();
    }
    json.close();
    json.key("streak").object();
    json.key("current").number(report.streak);
    json.key("longest").number(report.longest_streak);
    json.close();
    json.key("records").array();
    for (const core::ExerciseRecords& r : report.records) {
        json.object();
        json.key("id").string(r.id);
        json.key("name").string(r.name);
        json.key("unit").string(core::unit_name(r.unit));
        best("best_set", r.best_set);
        best("best_session", r.best_session);
        json.key("reached");
        if (r.reached) {
            json.string(core::format_date(*r.reached));
        } else {
            json.null();
        }
        json.close();
    }
    json.close().close();
    json.finish();
}

} // namespace backplan::io
