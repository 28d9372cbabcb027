#include "domain/mail_schedule.h"

#include <algorithm>

#include "domain/date.h"
#include "domain/period.h"

namespace fremdrift {
namespace {

constexpr int64_t kDay = 86400;

// The day of the month of the last Sunday of `month` (March or October).
int LastSunday(int year, int month) {
  int64_t last = DaysFromCivil(Date{year, month, 31});
  // 1970-01-01 was a Thursday: (days + 4) % 7 is 0 on Sundays.
  int weekday = static_cast<int>(((last + 4) % 7 + 7) % 7);
  return 31 - weekday;
}

int64_t FloorDiv(int64_t a, int64_t b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

// Minutes since 1970 of Oslo's wall clock at `unix_seconds` (UTC+1, UTC+2
// from 01:00 UTC on the last Sunday of March to the last Sunday of October).
int64_t OsloMinutes(int64_t unix_seconds) {
  int64_t utc_minutes = FloorDiv(unix_seconds, 60);
  int year = CivilFromDays(FloorDiv(utc_minutes, 1440)).year;
  int64_t summer_start = DaysFromCivil(Date{year, 3, LastSunday(year, 3)}) * 1440 + 60;
  int64_t summer_end = DaysFromCivil(Date{year, 10, LastSunday(year, 10)}) * 1440 + 60;
  return utc_minutes + ((utc_minutes >= summer_start && utc_minutes < summer_end) ? 120 : 60);
}

}  // namespace

std::optional<DueReminder> LatestDueReminder(int64_t now, int64_t deadline,
                                             const ReminderSteps& schedule) {
  if (now >= deadline) {
    if (schedule.overdue_every_days <= 0) return std::nullopt;
    int64_t every = schedule.overdue_every_days * kDay;
    int64_t k = (now - deadline) / every;
    return DueReminder{"overdue-" + std::to_string(k),
                       -static_cast<int>((now - deadline) / kDay)};
  }
  int best = 0;
  for (int d : schedule.days_before) {
    if (d > 0 && now >= deadline - d * kDay && (best == 0 || d < best)) best = d;
  }
  if (best == 0) return std::nullopt;
  int days_left = static_cast<int>((deadline - now + kDay - 1) / kDay);
  return DueReminder{"before-" + std::to_string(best), days_left};
}

std::optional<std::string> DigestDay(int64_t now, int send_hour) {
  int64_t minutes = OsloMinutes(now);
  int64_t days = FloorDiv(minutes, 1440);
  if ((minutes - days * 1440) / 60 < send_hour) return std::nullopt;
  return CivilFromDays(days).ToIso();
}

int64_t RetryDelaySeconds(int attempts, int64_t base, int64_t max) {
  int64_t delay = std::max<int64_t>(base, 1);
  for (int i = 1; i < attempts && delay < max; ++i) delay *= 2;
  return std::min(delay, max);
}

}  // namespace fremdrift
