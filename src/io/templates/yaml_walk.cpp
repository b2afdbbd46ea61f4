#include "io/templates/yaml_walk.hpp"

#include "core/routine.hpp"
#include "core/text.hpp"
#include "io/templates/yaml_line_scan.hpp"
#include "io/templates/yaml_mistakes.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <new>

namespace backplan::io::yaml {

Node::Node(const YAML::Node& node) : m_node(std::make_shared<const YAML::Node>(node)) {}

bool Node::is_null() const {
    return m_node->IsNull();
}

bool Node::is_scalar() const {
    return m_node->IsScalar();
}

bool Node::is_sequence() const {
    return m_node->IsSequence();
}

bool Node::is_map() const {
    return m_node->IsMap();
}

const std::string& Node::scalar() const {
    return m_node->Scalar();
}

std::size_t Node::size() const {
    return m_node->size();
}

std::vector<Node> Node::items() const {
    std::vector<Node> items;
    for (const YAML::Node& item : *m_node) {
        items.emplace_back(item);
    }
    return items;
}

std::vector<std::pair<Node, Node>> Node::entries() const {
    std::vector<std::pair<Node, Node>> entries;
    for (auto it = m_node->begin(); it != m_node->end(); ++it) {
        entries.emplace_back(Node(it->first), Node(it->second));
    }
    return entries;
}

bool Node::has_key(std::string_view key) const {
    for (auto it = m_node->begin(); it != m_node->end(); ++it) {
        if (it->first.IsScalar() && it->first.Scalar() == key) {
            return true;
        }
    }
    return false;
}

// yaml-cpp's marks are 0-based.
int Node::line() const {
    YAML::Mark mark = m_node->Mark();
    return mark.is_null() ? 0 : mark.line + 1;
}

int Node::column() const {
    YAML::Mark mark = m_node->Mark();
    return mark.is_null() ? 0 : mark.column + 1;
}

std::optional<std::size_t> Node::offset() const {
    YAML::Mark mark = m_node->Mark();
    if (mark.is_null() || mark.pos < 0) {
        return std::nullopt;
    }
    return static_cast<std::size_t>(mark.pos);
}

std::string describe(const Node& node) {
    if (node.is_sequence()) {
        return node.size() == 0 ? "an empty list" : "a list";
    }
    if (node.is_map()) {
        return "a mapping";
    }
    if (node.is_scalar()) {
        return core::quoted(node.scalar());
    }
    return "nothing";
}

namespace {

// What is wrong with the key "name A" that yaml-cpp reads from a line without its colon, when
// "name" is a known key: "write 'name: A'"; of a key read on into the lines below ("cues" above
// "- Lie down."), only what stands on its own line (`line`, from the key on).
std::optional<std::string> missing_colon(std::string_view name, std::string_view line,
                                         const std::vector<std::string>& known) {
    std::size_t space = name.find(' ');
    std::string_view word = name.substr(0, space);
    if (space == std::string_view::npos ||
        std::find(known.begin(), known.end(), word) == known.end()) {
        return std::nullopt;
    }
    line = core::trim_blanks(line);
    std::string_view rest = core::trim_blanks(
        (name.size() > line.size() && name.starts_with(line) ? line : name).substr(word.size()));
    return colon_missing_message(word, rest);
}

} // namespace

// A list written with '- ' items, not in brackets.
bool Walker::block_list(const Node& node) const {
    std::optional<std::size_t> at = node.offset();
    return node.is_sequence() && at && *at < m_source.text.size() && m_source.text[*at] == '-';
}

void Walker::run(const std::function<void(const Node& root)>& walk) {
    if (std::optional<Diagnostic> problem = guard_problem(m_source)) {
        add(problem->line, problem->column, problem->message);
        return;
    }
    try {
        // YAML::LoadAll loops forever on some bad input (yaml-cpp #1040, a lone ','), so the
        // guard refuses a second document and YAML::Load parses the only one.
        Node root(YAML::Load(std::string(m_source.text)));
        // A template and a config file are mappings: one that reads as text lost its colons;
        // one whose first key is indented ends, for yaml-cpp, at the first line left of it.
        std::optional<Diagnostic> mistake;
        if (root.is_scalar() && (mistake = yaml_mistake(m_source.name, m_source.text))) {
            add(mistake->line, mistake->column, mistake->message);
            return;
        }
        if (root.is_map() && root.column() > 1 &&
            (mistake = yaml_mistake(m_source.name, m_source.text)) &&
            mistake->line == root.line() && mistake->column == root.column()) {
            add(mistake->line, mistake->column, mistake->message);
            return;
        }
        walk(root);
    } catch (const YAML::ParserException& error) {
        // yaml-cpp gives up a line or more after the mistake, and names it by what it lacks
        // ("end of map not found"): the mistake itself, when the text shows it, says more.
        int line = error.mark.is_null() ? 0 : error.mark.line + 1;
        std::optional<Diagnostic> mistake = yaml_mistake(m_source.name, m_source.text);
        if (mistake && (line == 0 || mistake->line <= line)) {
            add(mistake->line, mistake->column, mistake->message);
        } else {
            add(line, error.mark.is_null() ? 0 : error.mark.column + 1, error.msg);
        }
    } catch (const YAML::Exception& error) {
        add(error.mark.is_null() ? 0 : error.mark.line + 1,
            error.mark.is_null() ? 0 : error.mark.column + 1, error.msg);
    } catch (const std::bad_alloc&) {
        throw; // out of memory is not a problem of the file: cli::main makes it exit 70
    } catch (const std::exception& error) {
        add(0, 0, "cannot parse the " + std::string(m_source.kind) + ": " + error.what());
    }
}

void Walker::add(int line, int column, std::string message) {
    if (m_reported.emplace(line, column, message).second) {
        m_diagnostics.push_back({m_source.name, line, column, std::move(message)});
    }
}

void Walker::report(const Node& at, std::string message) {
    add(at.line(), at.column(), std::move(message));
}

void Walker::for_each_entry(
    const Node& node, const std::string& key, const std::vector<std::string>& known,
    const std::function<void(const std::string& name, const Node& value)>& visit) {
    if (!node.is_map()) {
        report(node, key + ": expected a mapping, got " + describe(node) +
                         (block_list(node) ? "; write its keys without '- ' before them" : ""));
        return;
    }
    std::set<std::string> seen;
    for (const auto& [name_node, value] : node.entries()) {
        if (!name_node.is_scalar()) {
            report(name_node, key + ": expected a key name, got " + describe(name_node));
            continue;
        }
        const std::string& name = name_node.scalar();
        std::string_view line;
        if (std::optional<std::size_t> at = name_node.offset(); at && *at < m_source.text.size()) {
            // The key's line as written: without its line end (CR LF too) or a comment.
            line = m_source.text.substr(*at);
            line = line.substr(0, line.find_first_of("\r\n"));
            line = line.substr(0, std::min(line.find(" #"), line.find("\t#")));
        }
        if (std::optional<std::string> problem = missing_colon(name, line, known)) {
            add(name_node.line(), name_node.column() + static_cast<int>(name.find(' ')), *problem);
            continue;
        }
        if (std::find(known.begin(), known.end(), name) == known.end()) {
            std::string expected;
            for (const std::string& k : known) {
                expected += (expected.empty() ? "" : ", ") + k;
            }
            report(name_node, core::escape_bytes(name) + ": unknown key in " + key +
                                  "; expected one of " + expected);
            continue;
        }
        if (!seen.insert(name).second) {
            report(name_node, name + ": given twice in " + key);
            continue;
        }
        try {
            visit(name, value);
        } catch (const ValueError& error) {
            report(value, name + ": " + error.what());
        }
    }
}

std::optional<std::string> Walker::scalar(const Node& node, const std::string& key,
                                          const char* expected, std::string_view controls) {
    if (!node.is_scalar()) {
        report(node, key + ": expected " + expected + ", got " + describe(node));
        return std::nullopt;
    }
    if (!quote_is_closed(node)) {
        report(node, key + ": the quoted text is never closed; end it with " +
                         std::string(m_source.text.substr(*node.offset(), 1)) +
                         " on the same line");
        return std::nullopt;
    }
    // The guard saw the file's bytes; YAML's escapes ("\e", "\0", "\x9b", "\n") and folded
    // lines make control characters only now, and yaml-cpp writes "\N" and "\_" as one byte
    // that is not UTF-8.
    const std::string& value = node.scalar();
    if (std::size_t bad = core::find_unprintable(value, controls); bad != std::string::npos) {
        report(node, key + ": " + core::describe_byte(value, bad) + " is not allowed, got " +
                         core::quoted(value));
        return std::nullopt;
    }
    return value;
}

// yaml-cpp takes a quoted scalar left open at the end of a file as running to the end; a quote
// must close. Each position is scanned once, however often aliases repeat it.
bool Walker::quote_is_closed(const Node& node) {
    std::string_view text = m_source.text;
    std::optional<std::size_t> open = node.offset();
    if (!open || *open >= text.size()) {
        return true;
    }
    char quote = text[*open];
    if ((quote != '"' && quote != '\'') || !m_quotes_checked.insert(*open).second) {
        return true;
    }
    return closing_quote(text, *open) != std::string_view::npos;
}

std::optional<std::string> Walker::text(const Node& node, const std::string& key,
                                        std::size_t max_length, std::string_view controls) {
    std::optional<std::string> value = scalar(node, key, "text", controls);
    if (value && (value->empty() || core::text_length(*value) > max_length)) {
        report(node, key + ": expected text of 1 to " + std::to_string(max_length) +
                         " characters, got " + core::quoted(*value));
        return std::nullopt;
    }
    return value;
}

std::optional<std::string> Walker::identifier(const Node& node, const std::string& key) {
    std::optional<std::string> value = scalar(node, key, "an identifier");
    if (value && !core::is_valid_id(*value)) {
        report(node, key +
                         ": expected a lowercase letter followed by up to 23 of a-z, 0-9, "
                         "'-' and '_', got " +
                         core::quoted(*value));
        return std::nullopt;
    }
    return value;
}

std::optional<core::WeekdaySet> Walker::weekdays(const Node& node, const std::string& key) {
    core::WeekdaySet days;
    try {
        if (node.is_scalar()) {
            days = core::parse_weekdays(node.scalar());
        } else if (node.is_sequence()) {
            for (const Node& item : node.items()) {
                std::optional<std::string> day = scalar(item, key, "a weekday");
                if (!day) {
                    return std::nullopt;
                }
                try {
                    days.add(core::parse_weekday(*day));
                } catch (const ValueError& error) {
                    report(item, key + ": " + error.what());
                    return std::nullopt;
                }
            }
        } else {
            report(node, key + ": expected a list of weekdays such as [mon, wed, fri], got " +
                             describe(node));
            return std::nullopt;
        }
        if (days.empty()) {
            throw ValueError("expected at least one weekday, got none");
        }
    } catch (const ValueError& error) {
        report(node, key + ": " + error.what());
        return std::nullopt;
    }
    return days;
}

std::optional<std::vector<std::string>>
Walker::list(const Node& node, const std::string& key,
             const std::function<std::optional<std::string>(const Node& item)>& read_item) {
    if (!node.is_sequence()) {
        report(node, key + ": expected a list, got " + describe(node) +
                         (node.is_map() ? "; start each item with '- '" : ""));
        return std::nullopt;
    }
    std::vector<std::string> values;
    for (const Node& item : node.items()) {
        if (std::optional<std::string> value = read_item(item)) {
            values.push_back(std::move(*value));
        }
    }
    return values;
}

std::optional<std::vector<std::string>> Walker::text_list(const Node& node,
                                                          const std::string& key) {
    return list(node, key, [&](const Node& item) { return text(item, key, 1000); });
}

} // namespace backplan::io::yaml
