#include "io/store/log_copies.hpp"

#include <algorithm>

namespace backplan::io {

std::vector<std::string> copies_beside(const System& system, const std::string& log_path) {
    std::size_t slash = log_path.rfind('/');
    std::string directory = slash == std::string::npos ? "" : log_path.substr(0, slash + 1);
    std::string name = log_path.substr(directory.size());
    std::size_t dot = name.rfind('.');
    std::string stem = name.substr(0, dot == 0 ? std::string::npos : dot);
    std::string extension = stem.size() < name.size() ? name.substr(stem.size()) : "";
    std::vector<std::string> copies;
    // The directory as directory_entries takes it: without its last slash, but for the root.
    std::string listed =
        directory.empty() ? "." : directory.substr(0, std::max<std::size_t>(1, slash));
    for (const std::string& entry : system.directory_entries(listed)) {
        bool conflict = entry.starts_with(stem + ".sync-conflict-") && entry.ends_with(extension);
        if (conflict || entry == name + "~" || entry == name + ".orig" || entry == name + ".bak") {
            copies.push_back(directory + entry);
        }
    }
    std::sort(copies.begin(), copies.end());
    return copies;
}

} // namespace backplan::io
