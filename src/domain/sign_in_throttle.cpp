#include "domain/sign_in_throttle.h"

#include <algorithm>

namespace fremdrift {

std::optional<int64_t> LockedUntil(const SignInThrottle& rule, std::vector<int64_t> failure_times,
                                   int64_t now) {
  if (rule.max_failures <= 0) return std::nullopt;
  const int64_t since = now - rule.window_seconds;
  std::erase_if(failure_times, [&](int64_t t) { return t <= since || t > now; });
  if (static_cast<int>(failure_times.size()) < rule.max_failures) return std::nullopt;
  std::sort(failure_times.begin(), failure_times.end());
  // The failure that would leave the count below the limit once it expires.
  int64_t oldest_counted = failure_times[failure_times.size() - rule.max_failures];
  return oldest_counted + rule.window_seconds;
}

}  // namespace fremdrift
