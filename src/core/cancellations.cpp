#include "core/cancellations.hpp"

#include <algorithm>

namespace backplan::core {

void Cancellations::add(const LogEntry& cancellation) {
    std::vector<std::string>& ids = m_records[cancellation.cancels->instant()];
    if (std::find(ids.begin(), ids.end(), cancellation.id) == ids.end()) {
        ids.push_back(cancellation.id);
    }
}

bool Cancellations::cancels(const Timestamp& time, std::string_view id) const {
    auto found = m_records.find(time.instant());
    return found != m_records.end() &&
           std::find(found->second.begin(), found->second.end(), id) != found->second.end();
}

} // namespace backplan::core
