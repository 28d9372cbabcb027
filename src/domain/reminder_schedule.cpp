#include "domain/reminder_schedule.h"

#include <algorithm>
#include <functional>


namespace fremdrift {

std::optional<std::vector<int>> ParseReminderDays(std::string_view text) {
  std::vector<int> days;
  if (text.find_first_not_of(' ') == std::string_view::npos) return days;
  size_t start = 0;
  while (true) {
    size_t comma = text.find(',', start);
    std::string_view part = text.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    if (part.empty() || part.size() > 3) return std::nullopt;
    int n = 0;
    for (char c : part) {
      if (c < '0' || c > '9') return std::nullopt;
      n = n * 10 + (c - '0');
    }
    if (n < 1 || n > 365) return std::nullopt;
    if (std::find(days.begin(), days.end(), n) == days.end()) days.push_back(n);
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  std::sort(days.begin(), days.end(), std::greater<int>());
  return days;
}

std::string ReminderDaysText(const std::vector<int>& days) {
  std::string out;
  for (int d : days) out += (out.empty() ? "" : ",") + std::to_string(d);
  return out;
}

std::optional<DueReminder> LatestDueReminder(int64_t now, int64_t deadline, const ReminderSchedule& schedule) {
  constexpr int64_t kDay = 86400;
  if (now >= deadline) {
    if (!schedule.weekly_when_overdue) return std::nullopt;
    int64_t k = (now - deadline) / (kOverdueReminderEveryDays * kDay);
    return DueReminder{"overdue-" + std::to_string(k), -static_cast<int>((now - deadline) / kDay)};
  }
  int best = 0;
  for (int d : schedule.days_before) {
    if (d > 0 && now >= deadline - d * kDay && (best == 0 || d < best)) best = d;
  }
  if (best == 0) return std::nullopt;
  int days_left = static_cast<int>((deadline - now + kDay - 1) / kDay);
  return DueReminder{"before-" + std::to_string(best), days_left};
}

}  // namespace fremdrift
