#include "io/report_writer.hpp"

#include "core/text.hpp"
#include "io/escape.hpp"
#include "io/named.hpp"
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

std::string_view unit_word(core::Unit unit) {
    return unit == core::Unit::seconds ? "sec" : "reps";
}

std::string sets_and_total(core::Unit unit, int sets, int total) {
    return std::to_string(sets) + (sets == 1 ? " set, " : " sets, ") + std::to_string(total) + " " +
           std::string(unit_word(unit));
}

std::string right(const std::string& text, std::size_t width) {
    return std::string(width - std::min(width, text.size()), ' ') + text;
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
        out << report.routine_name << ": nothing logged up to " << core::format_date(report.until)
            << '\n';
        return;
    }
    out << report.routine_name << ": " << core::format_date(report.since) << " to "
        << core::format_date(report.until) << '\n';
    std::size_t id_width = 2;
    std::size_t name_width = 8;
    for (const core::ExerciseRecords& records : report.records) {
        id_width = std::max(id_width, records.id.size());
        name_width = std::max(name_width, core::text_length(records.name));
    }
    name_width = std::min<std::size_t>(name_width, 26);
    for (const core::ReportWeek& week : report.weeks) {
        out << "\nWeek of " << core::format_date(week.first) << ": " << week.sessions
            << (week.sessions == 1 ? " session, " : " sessions, ") << week.total_reps << " reps";
        if (week.total_seconds > 0) {
            out << ", " << week.total_seconds << " sec";
        }
        out << '\n';
        for (const core::ExerciseWeek& line : week.exercises) {
            const std::string* name = name_of(report, line.id);
            int percent = line.percent();
            std::string shown = right(std::to_string(percent) + "%", 5);
            const char* code = percent >= 100 ? "32" : percent >= 50 ? "33" : "31";
            out << "  " << padded(line.id, id_width) << "  "
                << padded(core::truncate_text(name ? *name : "", name_width), name_width)
                << "  planned "
                << padded(sets_and_total(line.unit, line.planned_sets, line.planned_total), 18)
                << "  done "
                << padded(sets_and_total(line.unit, line.done_sets, line.done_total), 18)
                << colored(shown, code, style.color && line.planned_total > 0) << '\n';
        }
    }
    int max = 0;
    for (const core::ReportWeek& week : report.weeks) {
        max = std::max(max, week.total_reps);
    }
    out << "\nWeekly volume (reps)\n";
    for (const core::ReportWeek& week : report.weeks) {
        std::string drawn = bar(week.total_reps, max, style.unicode);
        out << "  " << core::format_date(week.first) << "  "
            << colored(drawn, "36", style.color && !drawn.empty())
            << std::string(bar_width + 1 - core::text_length(drawn), ' ') << week.total_reps
            << '\n';
    }
    out << "\nStreak: " << report.streak
        << (report.streak == 1 ? " training day" : " training days") << " (longest "
        << report.longest_streak << ")\n";
    out << "Records:\n";
    for (const core::ExerciseRecords& records : report.records) {
        out << "  " << padded(records.id, id_width) << "  ";
        if (!records.best_set) {
            out << "nothing logged\n";
            continue;
        }
        out << "best set " << best_text(records.unit, records.best_set) << ", best day "
            << best_text(records.unit, records.best_session) << '\n';
    }
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
