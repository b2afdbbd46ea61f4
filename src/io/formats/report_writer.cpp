#include "io/formats/report_writer.hpp"

#include "core/text.hpp"
#include "io/formats/escape.hpp"
#include "io/formats/named.hpp"
#include "io/formats/text_table.hpp"
#include "io/formats/text_writer.hpp"

#include <algorithm>
#include <array>
#include <charconv>

namespace backplan::io {
namespace {

constexpr NameTable<ReportFormat, 3> formats = {{
    {"text", ReportFormat::text},
    {"csv", ReportFormat::csv},
    {"json", ReportFormat::json},
}};

constexpr std::size_t bar_width = 40;     // the most; less when the notes need the room
constexpr std::size_t min_name_width = 4; // the narrowest the names get, cut to fit

// The nouns of a total: "rep" and "reps", or "sec" for both.
struct Nouns {
    std::string_view one;
    std::string_view many;
};
Nouns total_nouns(core::Unit unit) {
    return unit == core::Unit::seconds ? Nouns{"sec", "sec"} : Nouns{"rep", "reps"};
}

// Appends "30 reps", "1 rep" or "45 sec" to text.
void append_total(std::string& text, core::Unit unit, std::int64_t total) {
    Nouns nouns = total_nouns(unit);
    core::append_counted(text, total, nouns.one, nouns.many);
}

std::string total_text(core::Unit unit, std::int64_t total) {
    std::string text;
    append_total(text, unit, total);
    return text;
}

// Writes "2 sets, 30 reps", "1 set, 1 rep" or "2 sets, 90 sec" over text, in the room it
// already has: a report of years writes two of these a row, in each of two passes.
void write_sets_and_total(std::string& text, core::Unit unit, std::int64_t sets,
                          std::int64_t total) {
    // Put together on the stack and copied once (with the line kept by TextTable::write_row,
    // report over 50 years 123.3M -> 113.2M instructions).
    char buffer[64];
    char* end = core::write_counted(buffer, sets, "set", "sets");
    end = std::copy_n(", ", 2, end);
    Nouns nouns = total_nouns(unit);
    text.assign(buffer, core::write_counted(end, total, nouns.one, nouns.many));
}

// A bar of value / max of the width: whole blocks, then an eighth block for the rest.
std::string bar(std::int64_t value, std::int64_t max, std::size_t columns, bool unicode) {
    if (max <= 0 || value <= 0) {
        return "";
    }
    // In floating point: 8 * bar_width * value would wrap for a total near 2^63.
    auto eighths =
        static_cast<long long>(8.0L * static_cast<long double>(columns) *
                               static_cast<long double>(value) / static_cast<long double>(max));
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
    return total_text(unit, best->amount) + " (" + core::format_date(best->date) + ")";
}

// True when some week of the report has pain reported.
bool has_pain(const core::Report& report) {
    for (const core::ReportWeek& week : report.weeks) {
        for (const core::ExerciseWeek& line : week.exercises) {
            if (line.pain >= 0) {
                return true;
            }
        }
    }
    return false;
}

// What a week's bar notes: "paused 3d" (training days paused), "pain 7" (the highest
// reported), "target" (an exercise met its target), "target all" (the routine did).
std::string week_notes(const core::ReportWeek& week) {
    std::string notes;
    auto add = [&](const std::string& note) {
        notes += (notes.empty() ? "" : " ") + note;
    };
    if (week.paused_days > 0) {
        add("paused " + std::to_string(week.paused_days) + "d");
    }
    if (!week.pains.empty()) {
        int highest = 0;
        for (const core::PainNote& pain : week.pains) {
            highest = std::max(highest, pain.value);
        }
        add("pain " + std::to_string(highest));
    }
    if (week.routine_reached || !week.reached.empty()) {
        add(week.routine_reached ? "target all" : "target");
    }
    return notes;
}

// The key to the notes the bars hold, wrapped within text_width.
void write_key(const core::Report& report, const char* shade, std::ostream& out) {
    bool paused = false, pain = false, target = false, all = false;
    for (const core::ReportWeek& week : report.weeks) {
        paused = paused || week.paused_days > 0;
        pain = pain || !week.pains.empty();
        target = target || !week.reached.empty();
        all = all || week.routine_reached;
    }
    std::vector<std::string> parts;
    if (paused) {
        parts.push_back(std::string(shade) + " paused Nd: N training days paused");
    }
    if (pain) {
        parts.push_back("pain N: the highest pain reported");
    }
    if (target || all) {
        parts.push_back(all ? "target: an exercise met its target (all: every one)"
                            : "target: an exercise met its target");
    }
    std::string line = "Key:";
    for (std::size_t i = 0; i < parts.size(); ++i) {
        std::string part = parts[i] + (i + 1 < parts.size() ? ";" : "");
        if (core::text_length(line) + 1 + core::text_length(part) > text_width) {
            out << line << '\n';
            line = "    ";
        }
        line += " " + part;
    }
    if (!parts.empty()) {
        out << line << '\n';
    }
}

// Each week's reps as a bar, the rest of a week with paused days shaded, its total and its
// notes, within text_width; a key to the notes.
void write_volume_bars(const core::Report& report, const TextStyle& style, std::ostream& out) {
    std::int64_t max = 0;
    std::size_t digits = 4, notes_width = 0; // at least "reps"
    for (const core::ReportWeek& week : report.weeks) {
        max = std::max(max, week.total_reps);
        digits = std::max(digits, std::to_string(week.total_reps).size());
        notes_width = std::max(notes_width, week_notes(week).size());
    }
    // "  DATE  BAR TOTAL  NOTES"
    std::size_t fixed = 2 + 10 + 2 + 1 + digits + (notes_width > 0 ? 2 + notes_width : 0);
    std::size_t width =
        std::clamp<std::size_t>(text_width > fixed ? text_width - fixed : 0, 10, bar_width);
    const char* shade = style.unicode ? "░" : ".";
    auto right = [](const std::string& text, std::size_t columns) {
        return std::string(columns - std::min(columns, text.size()), ' ') + text;
    };
    out << "\nWeekly volume (reps)\n  week of" << std::string(width + 6, ' ')
        << right("reps", digits) << (notes_width > 0 ? "  notes" : "") << '\n';
    // Each line built in one string that keeps its room (a report of years draws a thousand).
    std::string line;
    for (const core::ReportWeek& week : report.weeks) {
        std::string drawn = bar(week.total_reps, max, width, style.unicode);
        // One column a block character: counted, not measured.
        std::size_t rest = width - std::min(width, core::text_length(drawn));
        char date[10];
        line.assign("  ").append(date, core::write_date(date, week.first)).append("  ");
        bool color = style.color && !drawn.empty();
        line.append(color ? "\033[36m" : "").append(drawn).append(color ? "\033[0m" : "");
        for (std::size_t i = 0; i < rest && week.paused_days > 0; ++i) {
            line.append(shade);
        }
        line.append(week.paused_days > 0 ? 0 : rest, ' ').append(1, ' ');
        char total[24];
        char* end = std::to_chars(total, total + sizeof total, week.total_reps).ptr;
        line.append(digits - std::min(digits, static_cast<std::size_t>(end - total)), ' ')
            .append(total, end);
        if (std::string notes = week_notes(week); !notes.empty()) {
            line.append("  ").append(notes);
        }
        line.append(1, '\n');
        out.write(line.data(), static_cast<std::streamsize>(line.size()));
    }
    write_key(report, shade, out);
}

} // namespace

const std::string* report_name_of(const core::Report& report, const std::string& id) {
    for (const core::ExerciseRecords& records : report.records) {
        if (records.id == id) {
            return &records.name;
        }
    }
    return nullptr;
}

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
    // One table for every week, so that the columns line up from the first week to the last;
    // measured, then written, row by row: a report of years is too long to hold as text.
    // A pain column only in a report where some pain was reported.
    bool pain = has_pain(report);
    std::vector<TableColumn> columns{{}, {true, min_name_width}, {}, {}, {false, 0, true}};
    if (pain) {
        columns.insert(columns.end() - 1, TableColumn{false, 0, true});
    }
    TextTable weeks(columns);
    const std::vector<std::string> header =
        pain ? std::vector<std::string>{"id", "exercise", "planned", "done", "pain", "%"}
             : std::vector<std::string>{"id", "exercise", "planned", "done", "%"};
    // Each row's cells written over the last row's, which keeps their room: no string is made
    // for a row (report over a 50-year log: 63M -> 41M instructions to write).
    std::vector<std::string> cells(columns.size());
    // The cells of an exercise's row.
    // Each week lists its exercises in the order of the records: the name is looked for first
    // where the last row's ended.
    std::size_t next = 0;
    auto name_at = [&](const std::string& id) {
        if (next >= report.records.size() || report.records[next].id != id) {
            next = 0; // a new week
        }
        if (next < report.records.size() && report.records[next].id == id) {
            return &report.records[next++].name;
        }
        return report_name_of(report, id);
    };
    auto cells_of = [&](const core::ExerciseWeek& entry) -> const std::vector<std::string>& {
        const std::string* name = name_at(entry.id);
        std::size_t i = 0;
        cells[i++].assign(entry.id);
        cells[i++].assign(name ? *name : std::string());
        write_sets_and_total(cells[i++], entry.unit, entry.planned_sets, entry.planned_total);
        write_sets_and_total(cells[i++], entry.unit, entry.done_sets, entry.done_total);
        char digits[24];
        if (pain) {
            char* end = entry.pain < 0
                            ? digits
                            : std::to_chars(digits, digits + sizeof digits, entry.pain).ptr;
            cells[i++].assign(digits, end);
        }
        cells[i].assign(digits, std::to_chars(digits, digits + sizeof digits, entry.percent()).ptr);
        cells[i] += '%';
        return cells;
    };
    // Gives row each row, and line each week's heading when writing.
    auto each_line = [&](bool writing, const auto& row, const auto& line) {
        if (!writing) {
            row(header, ""); // the same every week: measured once
        }
        for (const core::ReportWeek& week : report.weeks) {
            if (!writing) {
                for (const core::ExerciseWeek& entry : week.exercises) {
                    row(cells_of(entry), "");
                }
                continue;
            }
            std::string heading = "\nWeek of " + core::format_date(week.first) + ": " +
                                  core::counted(week.sessions, "session", "sessions") + ", " +
                                  core::counted(week.total_reps, "rep", "reps");
            if (week.total_seconds > 0) {
                heading += ", " + std::to_string(week.total_seconds) + " sec";
            }
            if (week.paused) {
                heading += " (paused)";
            } else if (week.paused_days > 0) {
                heading += " (" + std::to_string(week.paused_days) +
                           (week.paused_days == 1 ? " day paused)" : " days paused)");
            }
            line(heading);
            row(header, "");
            for (const core::ExerciseWeek& entry : week.exercises) {
                std::int64_t percent = entry.percent();
                const char* code = percent >= 100 ? "32" : percent >= 50 ? "33" : "31";
                row(cells_of(entry), style.color && entry.planned_total > 0 ? code : "");
            }
        }
    };
    each_line(
        false, [&](const std::vector<std::string>& row, const char*) { weeks.measure(row); },
        [](const std::string&) {});
    std::vector<std::size_t> widths = weeks.column_widths();
    each_line(
        true,
        [&](const std::vector<std::string>& row, const char* colour) {
            weeks.write_row(out, widths, row, colour);
        },
        [&](const std::string& heading) { out << heading << '\n'; });
    write_volume_bars(report, style, out);
    out << "\nStreak: " << report.streak
        << (report.streak == 1 ? " training day" : " training days") << " (longest "
        << report.longest_streak << ")\n";
    out << "Records:\n";
    TextTable records(std::vector<TableColumn>(2));
    for (const core::ExerciseRecords& r : report.records) {
        records.add_row({r.id, (r.best_set ? "best set " + best_text(r.unit, r.best_set) +
                                                 ", best day " + best_text(r.unit, r.best_session)
                                           : std::string("nothing logged")) +
                                   (r.reached ? "; target reached " + core::format_date(*r.reached)
                                              : std::string())});
    }
    records.write(out);
}

} // namespace backplan::io
