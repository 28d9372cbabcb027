#include "domain/mail_schedule.h"

#include <algorithm>

#include "domain/oslo_time.h"

namespace fremdrift {

std::optional<std::string> DigestDay(int64_t now, int send_hour) {
  int64_t local = now + OsloOffsetSeconds(now);
  int64_t seconds_of_day = ((local % 86400) + 86400) % 86400;
  if (seconds_of_day / 3600 < send_hour) return std::nullopt;
  return OsloDate(now).ToIso();
}

int64_t RetryDelaySeconds(int attempts, int64_t base, int64_t max) {
  int64_t delay = std::max<int64_t>(base, 1);
  for (int i = 1; i < attempts && delay < max; ++i) delay *= 2;
  return std::min(delay, max);
}

}  // namespace fremdrift
