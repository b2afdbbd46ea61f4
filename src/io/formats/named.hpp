#pragma once

#include "core/error.hpp"
#include "core/text.hpp"

#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace backplan::io {

// The values an option such as --format selects, by name, in the order help lists them.
template <typename T, std::size_t N>
using NameTable = std::array<std::pair<std::string_view, T>, N>;

// The table's names, in order.
template <typename T, std::size_t N>
std::vector<std::string_view> names_of(const NameTable<T, N>& table) {
    std::vector<std::string_view> names;
    for (const auto& [name, value] : table) {
        names.push_back(name);
    }
    return names;
}

// The value named; throws Error(usage) "OPTION: expected one of a, b, got 'x'".
template <typename T, std::size_t N>
T parse_named(std::string_view option, std::string_view name, const NameTable<T, N>& table) {
    std::string accepted;
    for (const auto& [known, value] : table) {
        if (name == known) {
            return value;
        }
        accepted += (accepted.empty() ? "" : ", ") + std::string(known);
    }
    throw Error(ExitCode::usage, std::string(option) + ": expected one of " + accepted + ", got " +
                                     core::quoted(name));
}

} // namespace backplan::io
