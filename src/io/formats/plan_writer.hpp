#pragma once

#include "core/plan.hpp"
#include "io/formats/ics_writer.hpp"

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace backplan::io {

// The output formats of `backplan generate`.
enum class Format { text, ics, html, csv, json, markdown };

// The names --format accepts, in the order help lists them.
std::vector<std::string_view> format_names();

// The format named; throws Error(usage) naming the accepted values.
Format parse_format(std::string_view name);

// Settings that some formats use; the others ignore them.
struct WriteOptions {
    bool page_break = false; // text: a form feed between weeks
    CalendarOptions calendar;
};

// Writes the plan in the format to out.
void write_plan(const core::Plan& plan, Format format, const WriteOptions& options,
                std::ostream& out);

} // namespace backplan::io
