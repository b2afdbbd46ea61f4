#include "support/fake_system.hpp"

#include "core/error.hpp"

#include <algorithm>
#include <filesystem>
#include <sstream>

namespace backplan::test {

FakeSystem::FakeSystem(const char* date)
    : clock(std::chrono::sys_days(core::parse_date(date)) + std::chrono::hours(8)) {
    variables.home = "/home/u";
}

int FakeSystem::offset_at(std::chrono::sys_seconds instant) const {
    int offset = utc_offset * 60;
    for (const auto& [at, after] : offset_changes) {
        offset = at <= instant ? after : offset;
    }
    return offset;
}

core::Timestamp FakeSystem::local_time(std::chrono::sys_seconds instant) const {
    return core::timestamp_at(instant, offset_at(instant));
}

core::LocalResolution FakeSystem::resolve_local_time(core::LocalTime time) const {
    core::LocalResolution resolution =
        core::resolve_in_zone(time, [this](std::chrono::sys_seconds at) { return offset_at(at); });
    if (resolution.kind != core::LocalResolution::Kind::unique) {
        resolution.zone = zone;
    }
    return resolution;
}

std::vector<std::string> FakeSystem::directory_entries(const std::string& path) const {
    std::vector<std::string> names;
    for (const auto& [file, content] : files) {
        if (file.starts_with(path + "/")) {
            std::string name = file.substr(path.size() + 1);
            name = name.substr(0, name.find('/'));
            if (std::find(names.begin(), names.end(), name) == names.end()) {
                names.push_back(name);
            }
        }
    }
    return names;
}

bool FakeSystem::exists(const std::string& path) const {
    return std::any_of(files.begin(), files.end(), [&](const auto& file) {
        return file.first == path || file.first.starts_with(path + "/");
    });
}

std::string FakeSystem::read_file(const std::string& path, std::size_t max_bytes,
                                  std::string_view kind) const {
    auto found = files.find(path);
    if (found == files.end()) {
        throw Error(ExitCode::no_input,
                    path + ": cannot open " + std::string(kind) + ": No such file or directory");
    }
    if (found->second.size() > max_bytes) {
        throw Error(ExitCode::data, path + ": the " + std::string(kind) + " is too large");
    }
    return found->second;
}

void FakeSystem::read_lines(const std::string& path, std::string_view kind,
                            const io::LineVisitor& visit) const {
    read_lines_after(path, kind,
                     io::Prefix{0, 0,
                                [](std::string_view) {
                                }},
                     visit);
}

void FakeSystem::read_lines_after(const std::string& path, std::string_view kind,
                                  const io::Prefix& prefix, const io::LineVisitor& visit) const {
    std::string content = read_file(path, std::string::npos, kind);
    std::size_t skipped = std::min<std::size_t>(prefix.bytes, content.size());
    if (skipped > 0) {
        prefix.visit(std::string_view(content).substr(0, skipped));
    }
    if (skipped < prefix.bytes) {
        return;
    }
    std::size_t number = prefix.lines;
    for (std::size_t start = skipped; start < content.size();) {
        std::size_t end = std::min(content.find('\n', start), content.size());
        std::string_view line = std::string_view(content).substr(start, end - start);
        visit(++number, line.substr(0, io::max_line_bytes), line.size() > io::max_line_bytes);
        start = end + 1;
    }
}

std::string FakeSystem::append_composed(const std::string& path, const io::LineComposer& compose,
                                        const io::LockWait& wait) {
    std::string directory = std::filesystem::path(path).parent_path().string();
    if (!files.contains(path) && !directories.contains(directory.empty() ? "/" : directory)) {
        throw Error(ExitCode::cannot_create, path +
                                                 ": cannot open the log for appending: the "
                                                 "directory " +
                                                 directory + " does not exist");
    }
    if (locked_for != 0) {
        locked_for -= locked_for > 0 ? 1 : 0;
        ++lock_refusals;
        auto seconds = std::chrono::duration_cast<std::chrono::seconds>(wait.limit).count();
        throw Error(ExitCode::temporary, path + ": another process held the lock for " +
                                             std::to_string(seconds) +
                                             " s; nothing was written; try again");
    }
    files.try_emplace(path);
    std::string line =
        compose([&](const io::LineVisitor& visit) { read_lines(path, "log", visit); });
    if (line.empty()) {
        return line;
    }
    std::string& content = files[path];
    if (!content.empty() && content.back() != '\n') {
        content += '\n';
    }
    content.append(line);
    content += '\n';
    ++appends;
    return line;
}

void FakeSystem::make_directories(const std::string& directory) {
    for (std::filesystem::path at = directory; !at.empty() && at != at.root_path();
         at = at.parent_path()) {
        directories.insert(at.string());
    }
}

bool FakeSystem::same_file(const std::string& a, const std::string& b) const {
    return std::filesystem::path(a).lexically_normal() ==
           std::filesystem::path(b).lexically_normal();
}

void FakeSystem::replace_file(const std::string& path, const io::ContentWriter& write) {
    std::ostringstream out;
    write(out);
    files[path] = out.str();
    ++replacements;
}

} // namespace backplan::test
