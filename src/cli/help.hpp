#pragma once

// --help within 80 columns: CLI11's own layout (usage, option groups, subcommands), with each
// description wrapped under itself, the way git and cargo lay out theirs.

#include <CLI/CLI.hpp>

#include <string>

namespace backplan::cli {

class HelpFormatter : public CLI::Formatter {
  public:
    HelpFormatter();

    std::string make_option(const CLI::Option* option, bool is_positional) const override;
    // CLI11's, without "Needs: ..." and "Excludes: ...": which options go together is said when
    // they are misused, and in the man page, not in the names' column.
    std::string make_option_opts(const CLI::Option* option) const override;
    std::string make_subcommand(const CLI::App* sub) const override;
    std::string make_usage(const CLI::App* app, std::string name) const override;
    std::string make_description(const CLI::App* app) const override;
    std::string make_footer(const CLI::App* app) const override;

  private:
    // "  NAME" and the description: on the same line when the name leaves room, else under
    // it; the description wrapped at the description column.
    std::string item(const std::string& name, const std::string& description) const;
};

} // namespace backplan::cli
