#pragma once

// The sets of another training app's CSV export (Strong, Hevy, FitNotes): which app a header is
// from, and each row as a set, warm-ups and rest timers told apart. Pure: rows of fields in.

#include "core/time.hpp"

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace backplan::core {

enum class App { strong, hevy, fitnotes };
inline constexpr std::array<App, 3> apps = {App::strong, App::hevy, App::fitnotes};

// "strong", "hevy", "fitnotes": how --from and --format name the app.
std::string_view app_name(App app);

// Every app's name, in the order of apps.
std::vector<std::string> app_names();

// The app of that name (app_name's), std::nullopt for none.
std::optional<App> app_named(std::string_view name);

// The app whose export starts with this header: Strong's has "Exercise Name" and "Set Order",
// Hevy's "exercise_title" and "start_time", FitNotes' "Exercise" and "Category" (any case, a
// unit in brackets after a name allowed); std::nullopt when none.
std::optional<App> detect_app(const std::vector<std::string>& header);

// One set as an export gives it.
struct AppSet {
    LocalTime session; // when its session started (FitNotes: its date at date_alone_seconds)
    std::string exercise;
    std::optional<int> reps;    // none when empty or 0
    std::optional<int> seconds; // none when empty or 0
    std::string weight;         // "20", "22.5": none when empty or 0 (bodyweight)
    std::string weight_unit;    // "kg" or "lb", "" when the export does not say
    std::string note;           // the set's (Strong), exercise's (Hevy) or row's (FitNotes)
};

// What a row is besides a set.
enum class RowKind { set, warm_up, rest_timer };

// The columns of one app's export.
class AppColumns {
  public:
    // Finds the app's columns in the header; throws ValueError naming those it lacks.
    AppColumns(App app, const std::vector<std::string>& header);
    App app() const { return m_app; }
    // Reads a row into set (reusing its storage); returns what it is. Throws ValueError for a
    // value that does not read ("Date: expected a date ..., got 'x'").
    RowKind read(const std::vector<std::string>& fields, AppSet& set) const;

  private:
    static constexpr std::size_t none = static_cast<std::size_t>(-1);
    App m_app;
    std::size_t m_time = none, m_exercise = none, m_kind = none, m_reps = none, m_seconds = none,
                m_weight = none, m_weight_unit_column = none, m_note = none;
    std::string m_weight_unit; // from the header ("Weight (kg)", weight_lbs)
};

// A session's start as an export writes it, read as a local time: "2025-07-26 07:06:00" or
// "2025-07-26 7:06 PM" (Strong), "26 Jul 2025, 07:06" (Hevy), "2025-07-26" (FitNotes, at
// date_alone_seconds); 12- or 24-hour clocks. Throws ValueError.
LocalTime parse_app_time(std::string_view text);

// A number as an export writes it ("12", "12.0", "22,5"), rounded to the nearest whole; none
// when empty or 0. Throws ValueError naming the column.
std::optional<int> parse_app_count(std::string_view column, std::string_view text);

// A duration in seconds: "45", "45.0", or "0:00:45" / "1:30" (FitNotes' Time); none when empty
// or 0. Throws ValueError naming the column.
std::optional<int> parse_app_seconds(std::string_view column, std::string_view text);

} // namespace backplan::core
