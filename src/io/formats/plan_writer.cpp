#include "io/formats/plan_writer.hpp"

#include "io/formats/ics_writer.hpp"
#include "io/formats/named.hpp"
#include "io/formats/plan_formats.hpp"
#include "io/formats/text_writer.hpp"

namespace backplan::io {
namespace {

constexpr NameTable<Format, 6> formats = {{
    {"text", Format::text},
    {"ics", Format::ics},
    {"html", Format::html},
    {"csv", Format::csv},
    {"json", Format::json},
    {"markdown", Format::markdown},
}};

} // namespace

std::vector<std::string_view> format_names() {
    return names_of(formats);
}

Format parse_format(std::string_view name) {
    return parse_named("--format", name, formats);
}

void write_plan(const core::Plan& plan, Format format, const WriteOptions& options,
                std::ostream& out) {
    switch (format) {
    case Format::text:
        write_text_plan(plan, options.page_break, out);
        break;
    case Format::ics:
        write_ics_plan(plan, options.calendar, out);
        break;
    case Format::html:
        write_html_plan(plan, out);
        break;
    case Format::csv:
        write_csv_plan(plan, out);
        break;
    case Format::json:
        write_json_plan(plan, out);
        break;
    case Format::markdown:
        write_markdown_plan(plan, out);
        break;
    }
}

} // namespace backplan::io
