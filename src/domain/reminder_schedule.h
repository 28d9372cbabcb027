// When a reporting round reminds the owners who have not reported: on
// given days before the deadline (e.g. 14 and 3) and, while the deadline
// has passed, every week after it. Plain rules: the caller gives today's
// date in Oslo.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/date.h"

namespace fremdrift {

struct ReminderSchedule {
  std::vector<int> days_before;  // descending, each 1..365
  bool weekly_when_overdue = true;
  bool operator==(const ReminderSchedule&) const = default;
};

// Parses "14,3" (spaces allowed, "" for none). nullopt for anything that
// is not a list of whole numbers from 1 to 365.
std::optional<std::vector<int>> ParseReminderDays(std::string_view text);
std::string ReminderDaysText(const std::vector<int>& days);  // "14,3"

// The reminder due on `today` for a deadline on `deadline_date`, as a key
// that names it once per round ("before-14", "overdue-7", "overdue-14"),
// or nullopt when no reminder is due that day.
std::optional<std::string> ReminderDue(const ReminderSchedule& schedule, const Date& deadline_date,
                                       const Date& today);

}  // namespace fremdrift
