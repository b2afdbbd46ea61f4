#include "io/report_writer.hpp"

#include "core/text.hpp"
#include "io/escape.hpp"
#include "io/named.hpp"
#include "io/text_table.hpp"
#include "io/text_writer.hpp"

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>

namespace backplan::io {
namespace {

constexpr NameTable<ReportFormat, 3> formats = {{
    {"text", ReportFormat::text},
    {"csv", ReportFormat::csv},
    {"json", ReportFormat::json},
}};

constexpr std::size_t bar_width = 40;
constexpr std::size_t min_name_width = 8; // the narrowest the names get, cut to fit

std::string_view unit_word(core::Unit unit) {
    return unit == core::Unit::seconds ? "sec" : "reps";
}

std::string sets_and_total(core::Unit unit, int sets, int total) {
    return std::to_string(sets) + (sets == 1 ? " set, " : " sets, ") + std::to_string(total) + " " +
           std::string(unit_word(unit));
}

std::string colored(const std::string& text, const char* code, bool color) {
    return color ? std::string("\033[") + code + "m" + text + "\033[0m" : text;
}

// A bar of value / max of the width: whole blocks, then an eighth block for the rest.
std::string bar(int value, int max, bool unicode) {
    if (max <= 0 || value <= 0) {
        return "";
    }
    long long eighths = 8LL * bar_width * value / max;
    if (!unicode) {
        return std::string(static_cast<std::size_t>((eighths + 4) / 8), '#');
    }
    static constexpr std::array<const char*, 8> partial = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};
    std::string text;
    for (long long i = 0; i < eighths / 8; ++i) {
        text += "█";
    }
    return text + partial[static_cast<std::size_t>(eighths % 8)];
}

std::string best_text(core::Unit unit, const std::optional<core::Best>& best) {
    return std::to_string(best->amount) + " " + std::string(unit_word(unit)) + " (" +
           core::format_date(best->date) + ")";
}

const std::string* name_of(const core::Report& report, const std::string& id) {
    for (const core::ExerciseRecords& records : report.records) {
        if (records.id == id) {
            return &records.name;
        }
    }
    return nullptr;
}

} // namespace

std::vector<std::string_view> report_format_names() {
    return names_of(formats);
}

ReportFormat parse_report_format(std::string_view name) {
    return parse_named("--format", name, formats);
}

void write_text_report(const core::Report& report, const TextStyle& style, std::ostream& out) {
    if (report.weeks.empty()) {
        out << title_line(report.routine_name,
                          "nothing logged up to " + core::format_date(report.until))
            << '\n';
        return;
    }
    out << title_line(report.routine_name,
                      core::format_date(report.since) + " to " + core::format_date(report.until))
        << '\n';
    // One table for every week, so that the columns line up from the first week to the last.
    TextTable weeks({{}, {true, min_name_width}, {}, {}, {false, 0, true}});
    for (const core::ReportWeek& week : report.weeks) {
        std::string heading = "\nWeek of " + core::format_date(week.first) + ": " +
                              std::to_string(week.sessions) +
                              (week.sessions == 1 ? " session, " : " sessions, ") +
                              std::to_string(week.total_reps) + " reps";
        if (week.total_seconds > 0) {
            heading += ", " + std::to_string(week.total_seconds) + " sec";
        }
        weeks.add_line(heading);
        weeks.add_row({"", "", "planned", "done", ""});
        for (const core::ExerciseWeek& line : week.exercises) {
            const std::string* name = name_of(report, line.id);
            int percent = line.percent();
            const char* code = percent >= 100 ? "32" : percent >= 50 ? "33" : "31";
            weeks.add_row({line.id, name ? *name : "",
                           sets_and_total(line.unit, line.planned_sets, line.planned_total),
                           sets_and_total(line.unit, line.done_sets, line.done_total),
                           std::to_string(percent) + "%"},
                          style.color && line.planned_total > 0 ? code : "");
        }
    }
    weeks.write(out);
    int max = 0;
    for (const core::ReportWeek& week : report.weeks) {
        max = std::max(max, week.total_reps);
    }
    out << "\nWeekly volume (reps)\n";
    for (const core::ReportWeek& week : report.weeks) {
        std::string drawn = bar(week.total_reps, max, style.unicode);
        out << "  " << core::format_date(week.first) << "  "
            << colored(drawn, "36", style.color && !drawn.empty())
            // One column a block character: counted, not measured.
            << std::string(bar_width + 1 - core::text_length(drawn), ' ') << week.total_reps
            << '\n';
    }
    out << "\nStreak: " << report.streak
        << (report.streak == 1 ? " training day" : " training days") << " (longest "
        << report.longest_streak << ")\n";
    out << "Records:\n";
    TextTable records(std::vector<TableColumn>(2));
    for (const core::ExerciseRecords& r : report.records) {
        records.add_row({r.id, r.best_set ? "best set " + best_text(r.unit, r.best_set) +
                                                ", best day " + best_text(r.unit, r.best_session)
                                          : "nothing logged"});
    }
    records.write(out);
}

void write_csv_report(const core::Report& report, std::ostream& out) {
    out << "week,id,name,unit,sets,amount,planned_sets,planned_total,done_sets,done_total,"
           "percent,sessions\r\n";
    for (const core::ReportWeek& week : report.weeks) {
        for (const core::ExerciseWeek& line : week.exercises) {
            const std::string* name = name_of(report, line.id);
            out << core::format_date(week.first) << ',' << csv_field(line.id) << ','
                << csv_field(name ? *name : "") << ',' << core::unit_name(line.unit) << ','
                << line.step.sets << ',' << line.step.amount << ',' << line.planned_sets << ','
                << line.planned_total << ',' << line.done_sets << ',' << line.done_total << ','
                << line.percent() << ',' << line.sessions << "\r\n";
        }
    }
}

void write_json_report(const core::Report& report, std::ostream& out) {
    using Json = nlohmann::ordered_json;
    auto best = [](const std::optional<core::Best>& b) {
        return b ? Json{{"amount", b->amount}, {"date", core::format_date(b->date)}} : Json();
    };
    Json weeks = Json::array();
    for (const core::ReportWeek& week : report.weeks) {
        Json exercises = Json::array();
        for (const core::ExerciseWeek& line : week.exercises) {
            const std::string* name = name_of(report, line.id);
            exercises.push_back({{"id", line.id},
                                 {"name", name ? *name : ""},
                                 {"unit", core::unit_name(line.unit)},
                                 {"sets", line.step.sets},
                                 {"amount", line.step.amount},
                                 {"planned_sets", line.planned_sets},
                                 {"planned_total", line.planned_total},
                                 {"done_sets", line.done_sets},
                                 {"done_total", line.done_total},
                                 {"percent", line.percent()},
                                 {"sessions", line.sessions}});
        }
        weeks.push_back({{"week", core::format_date(week.first)},
                         {"sessions", week.sessions},
                         {"total_reps", week.total_reps},
                         {"total_seconds", week.total_seconds},
                         {"exercises", std::move(exercises)}});
    }
    Json records = Json::array();
    for (const core::ExerciseRecords& r : report.records) {
        records.push_back({{"id", r.id},
                           {"name", r.name},
                           {"unit", core::unit_name(r.unit)},
                           {"best_set", best(r.best_set)},
                           {"best_session", best(r.best_session)}});
    }
    Json document = {{"format", "backplan-report"},
                     {"version", 1},
                     {"routine", report.routine_name},
                     {"since", core::format_date(report.since)},
                     {"until", core::format_date(report.until)},
                     {"weeks", std::move(weeks)},
                     {"streak", {{"current", report.streak}, {"longest", report.longest_streak}}},
                     {"records", std::move(records)}};
    out << document.dump(2) << '\n';
}

} // namespace backplan::io
