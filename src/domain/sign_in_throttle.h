// When repeated failed sign-ins make further attempts wait. Each account
// and each client address is a "subject" with its own count, so guessing
// many passwords for one account and one password for many accounts are
// both slowed. Plain rule, no clock: the caller passes the times.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace fremdrift {

struct SignInThrottle {
  int max_failures = 5;            // failures allowed within the window
  int64_t window_seconds = 15 * 60;  // how far back failures count
};

// The time (seconds since the epoch) until which a subject with failures
// at `failure_times` may not try again at `now`, or nullopt when it may.
// A subject is locked while `max_failures` or more failures lie within the
// window before `now`; the lock ends when the oldest of the last
// `max_failures` failures leaves the window.
std::optional<int64_t> LockedUntil(const SignInThrottle& rule, std::vector<int64_t> failure_times,
                                   int64_t now);

}  // namespace fremdrift
