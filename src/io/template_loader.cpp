#include "io/template_loader.hpp"

#include "core/text.hpp"

#include <yaml-cpp/yaml.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <sys/stat.h>
#include <tuple>
#include <unistd.h>

namespace backplan::io {
namespace {

using core::Range;
using core::Unit;

constexpr int max_nesting = 64;
constexpr std::size_t max_indent = 256;
constexpr std::size_t max_quoted_value = 40;
constexpr std::size_t max_name_length = 80;

// A start or a target as declared, with where it was declared.
struct VolumeSpec {
    Range sets;
    Range amount;
    Unit unit = Unit::reps;
    YAML::Mark mark;
};

// Progression keys as declared at one level; unset keys fall back to the level above.
struct ProgressionSpec {
    std::optional<VolumeSpec> start;
    std::optional<VolumeSpec> target;
    std::optional<int> step;
    std::optional<int> weeks_per_step;
    std::optional<int> step_back_after;
    std::optional<int> deload_every;
    bool reported = false; // a problem in it was already reported: say nothing more about it

    void override_with(const ProgressionSpec& other) {
        reported = reported || other.reported;
        start = other.start ? other.start : start;
        target = other.target ? other.target : target;
        step = other.step ? other.step : step;
        weeks_per_step = other.weeks_per_step ? other.weeks_per_step : weeks_per_step;
        step_back_after = other.step_back_after ? other.step_back_after : step_back_after;
        deload_every = other.deload_every ? other.deload_every : deload_every;
    }
};

std::string too_large(std::size_t bytes) {
    return "the template is " + std::to_string(bytes) + " bytes; at most " +
           std::to_string(max_template_bytes) + " are allowed";
}

// Signals that the walk already recorded a diagnostic for this node.
struct Reported {};

std::string shown(const std::string& value) {
    if (value.size() <= max_quoted_value) {
        return "'" + value + "'";
    }
    std::size_t cut = max_quoted_value;
    while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xc0) == 0x80) {
        --cut; // never split a UTF-8 sequence
    }
    return "'" + value.substr(0, cut) + "...'";
}

std::string describe(const YAML::Node& node) {
    switch (node.Type()) {
    case YAML::NodeType::Sequence:
        return node.size() == 0 ? "an empty list" : "a list";
    case YAML::NodeType::Map:
        return "a mapping";
    case YAML::NodeType::Scalar:
        return shown(node.Scalar());
    default:
        return "nothing";
    }
}

// Collects every problem in one template while building the routine.
class TemplateParser {
  public:
    explicit TemplateParser(const TemplateSource& source) : m_source(source) {}

    std::vector<Diagnostic> parse(core::Routine& routine) {
        return run([&](const YAML::Node& root) { walk_routine(root, routine); }, true);
    }

    // The same guards, for a config file: a mapping of settings, and empty is fine.
    std::vector<Diagnostic> parse(std::map<std::string, Setting>& settings) {
        return run([&](const YAML::Node& root) { walk_config(root, settings); }, false);
    }

  private:
    template <typename Walk> std::vector<Diagnostic> run(Walk walk, bool is_template) {
        if (prescan()) {
            try {
                // YAML::LoadAll loops forever on some bad input (yaml-cpp #1040, a lone ','), so
                // the prescan refuses a second document and YAML::Load parses the only one.
                YAML::Node root = YAML::Load(m_source.text);
                if (root.IsNull() && !is_template && !has_content()) {
                    return {}; // an empty config sets nothing
                }
                if (root.IsNull()) {
                    add(0, 0,
                        has_content() ? "expected a mapping with name and exercises, got "
                                        "nothing YAML can read"
                                      : "the template is empty; expected a mapping with "
                                        "name and exercises");
                } else {
                    walk(root);
                }
            } catch (const YAML::Exception& error) {
                report_at(error.mark, error.msg);
            } catch (const std::exception& error) {
                add(0, 0, std::string("cannot parse the template: ") + error.what());
            }
        }
        return std::move(m_diagnostics);
    }

    // Records a problem once: an alias repeats its node, and would repeat the node's problems.
    void add(int line, int column, std::string message) {
        if (m_reported.emplace(line, column, message).second) {
            m_diagnostics.push_back({m_source.name, line, column, std::move(message)});
        }
    }

    void report_at(const YAML::Mark& mark, std::string message) {
        add(mark.is_null() ? 0 : mark.line + 1, mark.is_null() ? 0 : mark.column + 1,
            std::move(message));
    }

    // Refuses what yaml-cpp would accept silently or only at great cost: bytes that are not
    // UTF-8, control characters, and nesting deep enough to exhaust memory or the stack.
    bool prescan() {
        const std::string& text = m_source.text;
        if (text.size() > max_template_bytes) {
            add(0, 0, too_large(text.size()));
            return false;
        }
        int line = 1;
        int column = 1;
        int depth = 0;
        std::size_t indent = 0;
        bool line_start = true;
        bool comment = false;
        bool content_seen = false; // anything but blanks and comments so far
        for (std::size_t i = 0; i < text.size();) {
            auto byte = static_cast<unsigned char>(text[i]);
            std::size_t length = core::utf8_sequence_length(text, i);
            if (length == 0) {
                add(line, column, "invalid UTF-8 byte 0x" + hex(byte) + "; save the file as UTF-8");
                return false;
            }
            if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') {
                add(line, column, "control character 0x" + hex(byte) + " is not allowed");
                return false;
            }
            if (byte == '\n') {
                ++line;
                column = 1;
                indent = 0;
                line_start = true;
                comment = false;
                ++i;
                continue;
            }
            if (column == 1 && is_document_marker(text, i) && (content_seen || byte == '.')) {
                add(line, column, "more than one YAML document; a template file holds one routine");
                return false;
            }
            if (line_start && (byte == ' ' || byte == '-')) {
                if (++indent > max_indent) {
                    add(line, column,
                        "nesting deeper than " + std::to_string(max_indent) +
                            " columns of indentation");
                    return false;
                }
            } else {
                line_start = false;
            }
            if (byte == '#' &&
                (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\t' || text[i - 1] == '\n')) {
                comment = true;
            }
            if (!comment && byte != ' ' && byte != '\t' && byte != '\r') {
                content_seen = true;
            }
            if (!comment && (byte == '[' || byte == '{') && ++depth > max_nesting) {
                add(line, column,
                    "brackets nested deeper than " + std::to_string(max_nesting) + " levels");
                return false;
            }
            if (!comment && (byte == ']' || byte == '}') && depth > 0) {
                --depth;
            }
            ++column;
            i += length;
        }
        return true;
    }

    // A "---" or "..." line: the start or end of a YAML document.
    static bool is_document_marker(const std::string& text, std::size_t i) {
        std::string_view rest = std::string_view(text).substr(i);
        if (!rest.starts_with("---") && !rest.starts_with("...")) {
            return false;
        }
        return rest.size() == 3 || rest[3] == ' ' || rest[3] == '\t' || rest[3] == '\n' ||
               rest[3] == '\r';
    }

    // True when the text has something other than blank lines and comments.
    bool has_content() const {
        std::size_t at = 0;
        const std::string& text = m_source.text;
        while (at < text.size()) {
            std::size_t end = std::min(text.find('\n', at), text.size());
            std::string_view line = core::trim_blanks(std::string_view(text).substr(at, end - at));
            if (!line.empty() && line != "\r" && line.front() != '#') {
                return true;
            }
            at = end + 1;
        }
        return false;
    }

    static std::string hex(unsigned char byte) {
        const char* digits = "0123456789abcdef";
        return {digits[byte >> 4], digits[byte & 0xf]};
    }

    // Calls visit(key, value) for each entry of a mapping; reports keys it does not know, keys
    // given twice, and a node that is not a mapping.
    void for_each_entry(const YAML::Node& node, const std::string& key,
                        const std::vector<std::string>& known,
                        const std::function<void(const std::string&, const YAML::Node&)>& visit) {
        if (!node.IsMap()) {
            report_at(node.Mark(), key + ": expected a mapping, got " + describe(node));
            return;
        }
        std::map<std::string, bool> seen;
        for (auto it = node.begin(); it != node.end(); ++it) {
            if (!it->first.IsScalar()) {
                report_at(it->first.Mark(),
                          key + ": expected a key name, got " + describe(it->first));
                continue;
            }
            const std::string& name = it->first.Scalar();
            if (std::find(known.begin(), known.end(), name) == known.end()) {
                std::string expected;
                for (const std::string& k : known) {
                    expected += (expected.empty() ? "" : ", ") + k;
                }
                report_at(it->first.Mark(),
                          name + ": unknown key in " + key + "; expected one of " + expected);
                continue;
            }
            if (seen[name]) {
                report_at(it->first.Mark(), name + ": given twice in " + key);
                continue;
            }
            seen[name] = true;
            try {
                visit(name, it->second);
            } catch (const Reported&) {
            } catch (const ValueError& error) {
                report_at(it->second.Mark(), name + ": " + error.what());
            }
        }
    }

    std::string scalar(const YAML::Node& node, const std::string& key, const char* expected) {
        if (!node.IsScalar()) {
            report_at(node.Mark(), key + ": expected " + expected + ", got " + describe(node));
            throw Reported{};
        }
        if (!quote_is_closed(node.Mark())) {
            report_at(node.Mark(), key + ": the quoted text is never closed");
            throw Reported{};
        }
        return node.Scalar();
    }

    // yaml-cpp takes a quoted scalar left open at the end of a file as running to the end; a
    // quote must close. Each position is scanned once, however often aliases repeat it.
    bool quote_is_closed(const YAML::Mark& mark) {
        const std::string& text = m_source.text;
        if (mark.is_null() || mark.pos < 0 || static_cast<std::size_t>(mark.pos) >= text.size()) {
            return true;
        }
        auto open = static_cast<std::size_t>(mark.pos);
        char quote = text[open];
        if ((quote != '"' && quote != '\'') || !m_quotes_checked.insert(open).second) {
            return true;
        }
        for (std::size_t i = open + 1; i < text.size(); ++i) {
            if (quote == '"' && text[i] == '\\') {
                ++i; // an escaped character
            } else if (text[i] == quote) {
                if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
                    ++i; // '' is a quote inside single quotes
                } else {
                    return true;
                }
            }
        }
        return false;
    }

    std::string text(const YAML::Node& node, const std::string& key, std::size_t max_length) {
        std::string value = scalar(node, key, "text");
        if (value.empty() || core::text_length(value) > max_length) {
            throw ValueError("expected text of 1 to " + std::to_string(max_length) +
                             " characters, got " + shown(value));
        }
        return value;
    }

    // Each item of a list through parse_item, reporting every bad item.
    template <typename ParseItem>
    std::vector<std::string> list(const YAML::Node& node, const std::string& key,
                                  ParseItem parse_item) {
        if (!node.IsSequence()) {
            report_at(node.Mark(), key + ": expected a list, got " + describe(node));
            throw Reported{};
        }
        std::vector<std::string> values;
        for (const YAML::Node& item : node) {
            try {
                values.push_back(parse_item(item));
            } catch (const Reported&) {
            } catch (const ValueError& error) {
                report_at(item.Mark(), key + ": " + error.what());
            }
        }
        return values;
    }

    std::vector<std::string> text_list(const YAML::Node& node, const std::string& key) {
        return list(node, key, [&](const YAML::Node& item) { return text(item, key, 1000); });
    }

    std::string identifier(const YAML::Node& node, const std::string& key) {
        std::string value = scalar(node, key, "an identifier");
        if (!core::is_valid_id(value)) {
            throw ValueError("expected a lowercase letter followed by up to 23 of a-z, 0-9, "
                             "'-' and '_', got " +
                             shown(value));
        }
        return value;
    }

    core::WeekdaySet weekdays(const YAML::Node& node, const std::string& key) {
        core::WeekdaySet days;
        if (node.IsScalar()) {
            days = core::parse_weekdays(node.Scalar());
        } else if (node.IsSequence()) {
            for (const YAML::Node& item : node) {
                try {
                    days.add(core::parse_weekday(scalar(item, key, "a weekday")));
                } catch (const ValueError& error) {
                    report_at(item.Mark(), key + ": " + error.what());
                    throw Reported{};
                }
            }
        } else {
            report_at(node.Mark(),
                      key + ": expected a list of weekdays such as [mon, wed, fri], got " +
                          describe(node));
            throw Reported{};
        }
        if (days.empty()) {
            throw ValueError("expected at least one weekday, got none");
        }
        return days;
    }

    VolumeSpec volume(const YAML::Node& node, const std::string& key, bool sets_range) {
        std::size_t reported_before = m_diagnostics.size();
        VolumeSpec spec;
        spec.mark = node.Mark();
        bool has_sets = false;
        bool has_amount = false;
        for_each_entry(node, key, {"sets", "reps", "seconds"},
                       [&](const std::string& name, const YAML::Node& value) {
                           std::string given = scalar(value, name, "a number or a range");
                           if (name == "sets") {
                               Range limits = core::sets_limits;
                               if (sets_range) {
                                   spec.sets = core::parse_range(given, limits.low, limits.high);
                               } else {
                                   int sets = core::parse_count(given, limits.low, limits.high);
                                   spec.sets = {sets, sets};
                               }
                               has_sets = true;
                               return;
                           }
                           if (has_amount) {
                               report_at(value.Mark(),
                                         name + ": " + key +
                                             " gives both reps and seconds; keep one");
                               return;
                           }
                           spec.unit = name == "seconds" ? Unit::seconds : Unit::reps;
                           Range limits = core::amount_limits(spec.unit);
                           spec.amount = core::parse_range(given, limits.low, limits.high);
                           has_amount = true;
                       });
        if (!node.IsMap() || m_diagnostics.size() > reported_before) {
            throw Reported{};
        }
        if (!has_sets || !has_amount) {
            report_at(node.Mark(),
                      key + ": expected both sets and reps (or seconds), e.g. " +
                          (sets_range ? "{sets: 4-5, reps: 20-25}" : "{sets: 2, reps: 15-20}"));
            throw Reported{};
        }
        return spec;
    }

    ProgressionSpec progression(const YAML::Node& node) {
        std::size_t reported_before = m_diagnostics.size();
        ProgressionSpec spec;
        auto count = [&](const YAML::Node& value, const std::string& name, Range limits) {
            return core::parse_count(scalar(value, name, "a number"), limits.low, limits.high);
        };
        for_each_entry(
            node, "progression",
            {"start", "target", "step", "weeks_per_step", "step_back_after", "deload_every"},
            [&](const std::string& name, const YAML::Node& value) {
                if (name == "start") {
                    spec.start = volume(value, name, false);
                } else if (name == "target") {
                    spec.target = volume(value, name, true);
                } else if (name == "step") {
                    spec.step = count(value, name, {1, core::seconds_limits.high});
                } else if (name == "weeks_per_step") {
                    spec.weeks_per_step = count(value, name, core::weeks_per_step_limits);
                } else if (name == "step_back_after") {
                    spec.step_back_after = count(value, name, core::step_back_after_limits);
                } else {
                    spec.deload_every = count(value, name, core::deload_every_limits);
                }
            });
        spec.reported = m_diagnostics.size() > reported_before;
        return spec;
    }

    std::optional<core::Progression> resolve(const ProgressionSpec& spec, const YAML::Node& at,
                                             const std::string& id) {
        if (spec.reported) {
            return std::nullopt;
        }
        if (!spec.start || !spec.target) {
            report_at(at.Mark(),
                      "progression: exercise '" + id + "' has no " +
                          (spec.start ? "target" : "start") +
                          "; declare it under the routine's or the exercise's progression");
            return std::nullopt;
        }
        if (spec.start->unit != spec.target->unit) {
            report_at(spec.target->mark,
                      "target: counts " + std::string(unit_name(spec.target->unit)) +
                          " but the start counts " + std::string(unit_name(spec.start->unit)));
            return std::nullopt;
        }
        core::Progression p;
        p.unit = spec.start->unit;
        p.start_sets = spec.start->sets.low;
        p.start_reps = spec.start->amount;
        p.target_sets = spec.target->sets;
        p.target_reps = spec.target->amount;
        p.step = spec.step.value_or(p.unit == Unit::seconds ? 5 : 1);
        p.weeks_per_step = spec.weeks_per_step.value_or(1);
        p.step_back_after = spec.step_back_after.value_or(2);
        p.deload_every = spec.deload_every.value_or(0);
        if (auto problem = core::check_progression(p)) {
            report_at(spec.target->mark, "target: for exercise '" + id + "', " + *problem);
            return std::nullopt;
        }
        return p;
    }

    void walk_exercise(const YAML::Node& node, const ProgressionSpec& defaults,
                       core::Routine& routine) {
        core::Exercise exercise;
        ProgressionSpec spec = defaults;
        for_each_entry(node, "exercise",
                       {"id", "name", "aliases", "equipment", "cues", "days", "progression"},
                       [&](const std::string& name, const YAML::Node& value) {
                           if (name == "id") {
                               exercise.id = identifier(value, name);
                           } else if (name == "name") {
                               exercise.name = text(value, name, max_name_length);
                           } else if (name == "aliases") {
                               exercise.aliases = list(value, name, [&](const YAML::Node& item) {
                                   return identifier(item, name);
                               });
                           } else if (name == "equipment") {
                               exercise.equipment = text_list(value, name);
                           } else if (name == "cues") {
                               exercise.cues = text_list(value, name);
                           } else if (name == "days") {
                               exercise.days = weekdays(value, name);
                           } else {
                               spec.override_with(progression(value));
                           }
                       });
        if (!node.IsMap()) {
            return;
        }
        if (exercise.id.empty() || exercise.name.empty()) {
            if (!has_key(node, exercise.id.empty() ? "id" : "name")) {
                report_at(node.Mark(), std::string("exercise: missing ") +
                                           (exercise.id.empty() ? "id" : "name"));
            }
            return;
        }
        check_labels_unique(exercise, node);
        if (auto p = resolve(spec, node, exercise.id)) {
            exercise.progression = *p;
            routine.exercises.push_back(std::move(exercise));
        }
    }

    static bool has_key(const YAML::Node& node, const std::string& key) {
        for (auto it = node.begin(); it != node.end(); ++it) {
            if (it->first.IsScalar() && it->first.Scalar() == key) {
                return true;
            }
        }
        return false;
    }

    // Ids, names and aliases are what users type; each must name one exercise only.
    void check_labels_unique(const core::Exercise& exercise, const YAML::Node& node) {
        std::size_t position = ++m_exercises_seen;
        std::vector<std::string> labels = exercise.aliases;
        labels.push_back(exercise.id);
        labels.push_back(exercise.name);
        for (const std::string& label : labels) {
            std::string folded = label;
            for (char& c : folded) {
                c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
            }
            auto [it, inserted] = m_labels.emplace(folded, std::pair(position, exercise.id));
            auto [other_position, other_id] = it->second;
            if (inserted || other_position == position) {
                continue;
            }
            report_at(node.Mark(), other_id == exercise.id
                                       ? "id: '" + exercise.id + "' is the id of exercise " +
                                             std::to_string(other_position) + " already"
                                       : "exercise: '" + label + "' of exercise '" + exercise.id +
                                             "' already names exercise '" + other_id + "'");
        }
    }

    void walk_routine(const YAML::Node& root, core::Routine& routine) {
        ProgressionSpec defaults;
        std::optional<YAML::Node> exercises;
        bool has_days = false;
        for_each_entry(root, "template",
                       {"version", "name", "description", "days", "progression", "exercises"},
                       [&](const std::string& name, const YAML::Node& value) {
                           if (name == "version") {
                               core::parse_count(scalar(value, name, "a number"), 1, 1);
                           } else if (name == "name") {
                               routine.name = text(value, name, max_name_length);
                           } else if (name == "description") {
                               routine.description = text(value, name, 4000);
                           } else if (name == "days") {
                               routine.days = weekdays(value, name);
                               has_days = true;
                           } else if (name == "progression") {
                               defaults = progression(value);
                           } else {
                               exercises = value;
                           }
                       });
        if (!root.IsMap()) {
            return;
        }
        for (const char* required : {"name", "exercises"}) {
            if (!has_key(root, required)) {
                report_at(root.Mark(), std::string("template: missing ") + required);
            }
        }
        if (!has_days) {
            routine.days = core::parse_weekdays("mon,wed,fri");
        }
        if (!exercises) {
            return;
        }
        if (!exercises->IsSequence() || exercises->size() == 0) {
            report_at(exercises->Mark(),
                      "exercises: expected a list of at least one exercise, got " +
                          describe(*exercises));
            return;
        }
        for (const YAML::Node& item : *exercises) {
            walk_exercise(item, defaults, routine);
        }
    }

    void walk_config(const YAML::Node& root, std::map<std::string, Setting>& settings) {
        std::vector<std::string> keys(config_keys.begin(), config_keys.end());
        for_each_entry(root, "config", keys, [&](const std::string& name, const YAML::Node& value) {
            std::string normal;
            if (name == "days") {
                normal = core::format_weekdays(weekdays(value, name));
            } else {
                normal = text(value, name, 4096);
                if (name == "time") {
                    core::parse_time_of_day(normal);
                } else if (name == "duration") {
                    core::parse_duration(normal, event_minutes.low, event_minutes.high);
                } else if (name == "remind") {
                    core::parse_duration(normal, remind_minutes.low, remind_minutes.high);
                }
            }
            settings[name] =
                Setting{normal, m_source.name + ":" + std::to_string(value.Mark().line + 1)};
        });
    }

    const TemplateSource& m_source;
    std::vector<Diagnostic> m_diagnostics;
    std::set<std::tuple<int, int, std::string>> m_reported;
    std::set<std::size_t> m_quotes_checked;
    std::map<std::string, std::pair<std::size_t, std::string>> m_labels; // -> position, id
    std::size_t m_exercises_seen = 0;
};

} // namespace

std::vector<Diagnostic> check_template(const TemplateSource& source) {
    core::Routine routine;
    return TemplateParser(source).parse(routine);
}

core::Routine parse_template(const TemplateSource& source) {
    core::Routine routine;
    std::vector<Diagnostic> diagnostics = TemplateParser(source).parse(routine);
    if (!diagnostics.empty()) {
        throw DataError(std::move(diagnostics));
    }
    return routine;
}

std::map<std::string, Setting> parse_config(const TemplateSource& source) {
    std::map<std::string, Setting> settings;
    std::vector<Diagnostic> diagnostics = TemplateParser(source).parse(settings);
    if (!diagnostics.empty()) {
        throw DataError(std::move(diagnostics));
    }
    return settings;
}

TemplateSource read_template_file(const std::string& path, std::string_view kind) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) {
        throw Error(ExitCode::no_input,
                    path + ": cannot open " + std::string(kind) + ": " + std::strerror(errno));
    }
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    struct stat info {};
    if (::fstat(fd, &info) != 0) {
        throw Error(ExitCode::no_input,
                    path + ": cannot read " + std::string(kind) + ": " + std::strerror(errno));
    }
    if (!S_ISREG(info.st_mode)) {
        throw Error(ExitCode::data,
                    path + ": not a regular file; expected a YAML " + std::string(kind));
    }
    if (static_cast<std::size_t>(info.st_size) > max_template_bytes) {
        throw Error(ExitCode::data,
                    path + ": " + too_large(static_cast<std::size_t>(info.st_size)));
    }
    std::string text;
    char buffer[65536];
    for (;;) {
        ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            throw Error(ExitCode::io,
                        path + ": cannot read " + std::string(kind) + ": " + std::strerror(errno));
        }
        if (n == 0) {
            break;
        }
        text.append(buffer, static_cast<std::size_t>(n));
        if (text.size() > max_template_bytes) {
            throw Error(ExitCode::data, path + ": the template is more than " +
                                            std::to_string(max_template_bytes) + " bytes");
        }
    }
    return {path, std::move(text)};
}

} // namespace backplan::io
