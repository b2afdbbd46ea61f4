// Any bytes as an app's CSV export, read as import reads it (libcsv through io::CsvReader, then
// each app's columns and core::Importer with a routine and a time zone with a skipped and a
// repeated hour): nothing may crash; records start on lines of the text, in order; whatever
// the importer makes must format to a log line that parses back to the same record.
#include "core/import.hpp"
#include "io/formats/csv_reader.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>

namespace {

using namespace backplan;
using namespace backplan::core;

Routine fuzz_routine() {
    Routine routine;
    routine.exercises.push_back({"action1", "Back extension", {"hyper"}, {}, {}, std::nullopt, {}});
    routine.exercises.push_back({"plank", "Side plank", {}, {}, {}, std::nullopt, {}});
    routine.exercises.back().progression.unit = Unit::seconds;
    return routine;
}

// Berlin's 2026: 02:00-02:59 skipped on 03-29, 02:00-02:59 twice on 10-25.
int berlin(std::chrono::sys_seconds at) {
    using std::chrono::hours;
    static const auto spring = std::chrono::sys_days(parse_date("2026-03-29")) + hours(1);
    static const auto fall = std::chrono::sys_days(parse_date("2026-10-25")) + hours(1);
    return at < spring || at >= fall ? 3600 : 7200;
}

void import(std::string_view text, const Routine& routine, char separator) {
    Importer importer(routine, {{"Superman", "action1"}});
    std::optional<AppColumns> columns;
    AppSet set;
    std::size_t last_line = 0;
    std::size_t lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1;
    try {
        io::read_csv(
            text,
            [&](std::size_t line, const std::vector<std::string>& fields) {
                if (line < 1 || line > lines || line < last_line || fields.empty()) {
                    __builtin_trap();
                }
                last_line = line;
                if (!columns) {
                    std::optional<App> app = detect_app(fields);
                    columns.emplace(app.value_or(App::strong), fields);
                    return;
                }
                try {
                    importer.add(line, columns->read(fields, set), set);
                } catch (const ValueError& error) {
                    importer.problem(line, error.what());
                }
            },
            separator);
    } catch (const ValueError&) {
        return; // a broken file, or a header without the columns
    }
    ImportPlan plan = importer.finish([](LocalTime time) { return resolve_in_zone(time, berlin); });
    for (const LogEntry& record : plan.records) {
        LogEntry again;
        LineContext context{&routine, fixed_offset_zone(60), nullptr};
        if (record.amounts.empty() || record.amounts.size() > max_sets_per_entry ||
            parse_log_line(format_log_line(record), again, context) != LineKind::entry ||
            !(again == record)) {
            __builtin_trap();
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const Routine routine = fuzz_routine();
    std::string_view text(reinterpret_cast<const char*>(data), size);
    import(text, routine, 0);
    import(text, routine, ';');
    return 0;
}
