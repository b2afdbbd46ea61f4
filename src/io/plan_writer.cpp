#include "io/plan_writer.hpp"

#include "core/error.hpp"
#include "io/text_writer.hpp"

#include <string>

namespace backplan::io {

std::vector<std::string_view> format_names() {
    return {"text"};
}

Format parse_format(std::string_view name) {
    if (name == "text") {
        return Format::text;
    }
    std::string accepted;
    for (std::string_view known : format_names()) {
        accepted += (accepted.empty() ? "" : ", ") + std::string(known);
    }
    throw Error(ExitCode::usage,
                "--format: expected one of " + accepted + ", got '" + std::string(name) + "'");
}

void write_plan(const core::Plan& plan, Format format, const WriteOptions& options,
                std::ostream& out) {
    switch (format) {
    case Format::text:
        write_text_plan(plan, options.page_break, out);
        break;
    }
}

} // namespace backplan::io
