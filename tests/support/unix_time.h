// Times as Unix seconds in tests: a day, a UTC date and time, and now.
#pragma once

#include <chrono>
#include <cstdint>

#include "domain/date.h"
#include "domain/period.h"  // DaysFromCivil

namespace fremdrift::testing {

// A day of 24 hours, in seconds.
inline constexpr int64_t kDay = 86400;

// Unix seconds of a UTC date and time.
inline int64_t Utc(int y, int m, int d, int hour = 0, int minute = 0) {
  return DaysFromCivil(Date{y, m, d}) * kDay + hour * 3600 + minute * 60;
}

// Unix seconds now, from the system clock.
inline int64_t Now() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace fremdrift::testing
