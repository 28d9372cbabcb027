// A source of the current time, passed to what needs it (after LevelDB's
// `Env`) so that the domain reads no clock and a test can fix the time.
// The system's clock is storage/system_clock.h; FixedClock stands still.
#pragma once

#include <cstdint>
#include <string>

#include "domain/date.h"

namespace fremdrift {

class Clock {
 public:
  virtual ~Clock() = default;
  // Seconds since 1970-01-01T00:00:00Z.
  virtual int64_t NowUtcSeconds() const = 0;
  // Today's date in UTC.
  Date TodayUtc() const;
  // The current time as the database stores it: "2026-11-22T08:30:00Z".
  std::string NowTimestamp() const;
};

// A clock that always says `utc_seconds`.
class FixedClock : public Clock {
 public:
  explicit FixedClock(int64_t utc_seconds) : seconds_(utc_seconds) {}
  int64_t NowUtcSeconds() const override { return seconds_; }

 private:
  int64_t seconds_;
};

// The UTC date of `utc_seconds` since 1970.
Date UtcDateOf(int64_t utc_seconds);

// `utc_seconds` since 1970 as "YYYY-MM-DDTHH:MM:SSZ".
std::string UtcTimestampOf(int64_t utc_seconds);

}  // namespace fremdrift
