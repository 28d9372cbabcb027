// When a reporting round reminds the owners who have not reported: on
// given days before the deadline (e.g. 14 and 3) and, while the deadline
// has passed, every week after it. The one rule for when a reminder is due
// (the round's settings store the schedule, the mail scheduler asks it
// every minute); a plain function of the current time and the deadline.
#pragma once

#include <cstdint>
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

// How many days apart the reminders come while a round is overdue.
inline constexpr int kOverdueReminderEveryDays = 7;

// A reminder step that has come. `step` names it once per round, for the
// mail's idempotency key: "before-14" (14 days before the deadline),
// "overdue-0" (the deadline has passed) or "overdue-2" (two weeks after
// it). `days_left` is the whole days to the deadline (rounded up), or minus
// the whole days past it.
struct DueReminder {
  std::string step;
  int days_left = 0;
  bool operator==(const DueReminder&) const = default;
};

// The latest step of `schedule` whose time has come at `now` (Unix
// seconds), given the `deadline` (Unix seconds): when several have passed
// (the server was down) only the latest is due, so a late start sends one
// reminder, not a burst. A "before-N" step is due from N days before the
// deadline until the deadline; an "overdue-K" step from K weeks after it
// (K = 0 at the deadline itself), when the schedule reminds weekly while
// overdue. Nullopt before the first step, after the deadline without
// weekly reminders, and for steps of zero or fewer days.
std::optional<DueReminder> LatestDueReminder(int64_t now, int64_t deadline, const ReminderSchedule& schedule);

}  // namespace fremdrift
