#include "cli/help.hpp"

#include "io/formats/display_width.hpp"
#include "io/formats/text_writer.hpp"

namespace backplan::cli {
namespace {

// Where descriptions start: room for "  -t,--template PATH|NAME" and two spaces.
constexpr std::size_t description_column = 28;

// Text wrapped within io::text_width, each line after the prefix; a line break in the text is
// kept.
std::string wrapped(const std::string& text, const std::string& first_prefix,
                    const std::string& prefix) {
    std::string result;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = std::min(text.find('\n', start), text.size());
        result += io::wrap_text(std::string_view(text).substr(start, end - start), io::text_width,
                                result.empty() ? first_prefix : prefix, prefix);
        result += '\n';
        start = end + 1;
    }
    return result;
}

} // namespace

HelpFormatter::HelpFormatter() {
    column_width(description_column);
}

std::string HelpFormatter::item(const std::string& name, const std::string& description) const {
    std::string indent(description_column, ' ');
    std::string head = "  " + name;
    if (description.empty()) {
        return head + '\n';
    }
    if (io::display_width(head) + 2 > description_column) {
        return head + '\n' + wrapped(description, indent, indent);
    }
    return wrapped(description, io::pad_to_width(head, description_column), indent);
}

std::string HelpFormatter::make_option(const CLI::Option* option, bool is_positional) const {
    return item(make_option_name(option, is_positional) + make_option_opts(option),
                make_option_desc(option));
}

std::string HelpFormatter::make_option_opts(const CLI::Option* option) const {
    std::string opts = CLI::Formatter::make_option_opts(option);
    for (const std::string& label : {get_label("Needs"), get_label("Excludes")}) {
        if (std::size_t at = opts.find(" " + label + ":"); at != std::string::npos) {
            opts.erase(at);
        }
    }
    return opts;
}

std::string HelpFormatter::make_subcommand(const CLI::App* sub) const {
    return item(sub->get_display_name(true), sub->get_description());
}

std::string HelpFormatter::make_usage(const CLI::App* app, std::string name) const {
    std::string usage = CLI::Formatter::make_usage(app, std::move(name));
    if (!usage.empty() && usage.back() == '\n') {
        usage.pop_back();
    }
    // The words after "Usage: backplan" line up under the first when the line is too long.
    std::size_t hang = std::min(usage.find(' ', usage.find(' ') + 1) + 1, usage.size());
    return wrapped(usage, "", std::string(hang, ' '));
}

std::string HelpFormatter::make_description(const CLI::App* app) const {
    std::string description = CLI::Formatter::make_description(app);
    if (!description.empty() && description.back() == '\n') {
        description.pop_back();
    }
    return description.empty() ? description : wrapped(description, "", "");
}

std::string HelpFormatter::make_footer(const CLI::App* app) const {
    std::string footer = app->get_footer();
    return footer.empty() ? footer : wrapped(footer, "", "");
}

} // namespace backplan::cli
