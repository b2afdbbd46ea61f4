#pragma once

// Reading a YAML document against a schema: the guard, yaml-cpp's parse, and helpers that read
// mappings, lists and scalars, each recording its own problems with FILE:LINE:COL. yaml-cpp is
// included by yaml_walk.cpp alone; nothing of it leaves through this header.

#include "core/date.hpp"
#include "core/error.hpp"
#include "io/templates/yaml_guard.hpp"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace YAML {
class Node;
}

namespace backplan::io::yaml {

// A node of a loaded document: a scalar, a sequence, a mapping, or null.
class Node {
  public:
    explicit Node(const YAML::Node& node);
    bool is_null() const;
    bool is_scalar() const;
    bool is_sequence() const;
    bool is_map() const;
    const std::string& scalar() const;
    std::size_t size() const;
    // A sequence's items, in order.
    std::vector<Node> items() const;
    // A mapping's keys and values, in order.
    std::vector<std::pair<Node, Node>> entries() const;
    // True when a mapping has a scalar key equal to key.
    bool has_key(std::string_view key) const;
    // Where the node starts: 1-based line and column (0 when unknown), 0-based byte offset.
    int line() const;
    int column() const;
    std::optional<std::size_t> offset() const;

  private:
    std::shared_ptr<const YAML::Node> m_node;
};

// "a list", "a mapping", "'text'" (long text cut), "nothing": a node in a message.
std::string describe(const Node& node);

// Reads one document, collecting every problem found in it.
class Walker {
  public:
    explicit Walker(YamlSource source) : m_source(std::move(source)) {}

    // Guards and loads the document, then calls walk with its root (a null node for a document
    // with nothing in it); a YAML error, here or while walking, is recorded at its place.
    void run(const std::function<void(const Node& root)>& walk);

    const YamlSource& source() const { return m_source; }
    // The problems recorded so far.
    std::size_t problems() const { return m_diagnostics.size(); }
    // Every problem, in the order found.
    std::vector<Diagnostic> take() { return std::move(m_diagnostics); }

    // Records a problem once: an alias repeats its node, and would repeat the node's problems.
    void add(int line, int column, std::string message);
    void report(const Node& at, std::string message);

    // Calls visit(name, value) for each entry of a mapping; records a node that is not a
    // mapping, keys that are not names, unknown keys and keys given twice, and a ValueError
    // thrown by visit at the value as "NAME: message".
    void
    for_each_entry(const Node& node, const std::string& key, const std::vector<std::string>& known,
                   const std::function<void(const std::string& name, const Node& value)>& visit);

    // A scalar's text; records a node that is not one, an unclosed quote, or text holding a
    // control character other than those in controls or bytes that are not UTF-8
    // (core::find_unprintable), however written.
    std::optional<std::string> scalar(const Node& node, const std::string& key,
                                      const char* expected, std::string_view controls = {});
    // Text of 1 to max_length characters.
    std::optional<std::string> text(const Node& node, const std::string& key,
                                    std::size_t max_length, std::string_view controls = {});
    // An exercise id (core::is_valid_id).
    std::optional<std::string> identifier(const Node& node, const std::string& key);
    // A list of weekdays, or one comma-separated scalar of them; at least one.
    std::optional<core::WeekdaySet> weekdays(const Node& node, const std::string& key);
    // Each item of a list through read_item, which records its own problems; the items read.
    std::optional<std::vector<std::string>>
    list(const Node& node, const std::string& key,
         const std::function<std::optional<std::string>(const Node& item)>& read_item);
    // A list of texts of 1 to 1000 characters.
    std::optional<std::vector<std::string>> text_list(const Node& node, const std::string& key);

  private:
    bool quote_is_closed(const Node& node);
    bool block_list(const Node& node) const;

    YamlSource m_source;
    std::vector<Diagnostic> m_diagnostics;
    std::set<std::tuple<int, int, std::string>> m_reported;
    std::set<std::size_t> m_quotes_checked;
};

} // namespace backplan::io::yaml
