// When reminder and digest mails are due: pure functions of the current
// time, a period's deadline and its reminder schedule. The caller turns a
// due step into an outbox mail whose idempotency key names the step, so
// asking again (every minute, from several servers) sends nothing twice.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fremdrift {

// The steps of a period's reminder schedule: e.g. {14, 3} days before the
// deadline, then every 7 days while overdue (0: none after the deadline).
struct ReminderSteps {
  std::vector<int> days_before;
  int overdue_every_days = 7;
};

// A reminder step that has come. `step` names it for the idempotency key:
// "before-14" (14 days before the deadline), "overdue-0" (the deadline
// has passed) or "overdue-2" (two periods of overdue_every_days after it). `days_left` is the whole days to the deadline
// (rounded up), or minus the whole days past it.
struct DueReminder {
  std::string step;
  int days_left = 0;
};

// The latest step of `schedule` whose time has come at `now` (Unix
// seconds), given the deadline: when several have passed (the server was
// down) only the latest is due, so a late start sends one reminder, not a
// burst. A "before-N" step is due from N days before the deadline until
// the deadline; an "overdue-K" step from K × overdue_every_days after it
// (K = 0 at the deadline itself). Nullopt before the first step, after the
// deadline when overdue_every_days is 0, and for steps of zero or fewer days.
std::optional<DueReminder> LatestDueReminder(int64_t now, int64_t deadline,
                                             const ReminderSteps& schedule);

// The Oslo date ("YYYY-MM-DD") whose digest is due at `now`, or nullopt
// before `send_hour` o'clock Oslo time (Europe/Oslo: UTC+1, UTC+2 from the
// last Sunday of March to the last Sunday of October, both at 01:00 UTC):
// one digest per contact and day.
std::optional<std::string> DigestDay(int64_t now, int send_hour);

// Seconds to wait before delivery attempt number `attempts` + 1 after
// `attempts` failed ones: base, 2 × base, 4 × base, ... at most `max`.
int64_t RetryDelaySeconds(int attempts, int64_t base, int64_t max);

}  // namespace fremdrift
