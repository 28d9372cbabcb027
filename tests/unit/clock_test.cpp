// Clock (domain/clock.h): today's date and the stored timestamp from a
// time passed in, so that a test fixes the time.
#include <gtest/gtest.h>

#include "domain/clock.h"

namespace fremdrift {
namespace {

TEST(ClockTest, AFixedClockGivesItsDateAndTimestamp) {
  FixedClock clock(1795768200);  // 2026-11-27T08:30:00Z
  EXPECT_EQ(clock.TodayUtc(), (Date{2026, 11, 27}));
  EXPECT_EQ(clock.NowTimestamp(), "2026-11-27T08:30:00Z");
}

TEST(ClockTest, TheDayTurnsAtMidnightUtc) {
  EXPECT_EQ(UtcDateOf(1795737599), (Date{2026, 11, 26}));
  EXPECT_EQ(UtcDateOf(1795737600), (Date{2026, 11, 27}));
  EXPECT_EQ(UtcTimestampOf(1795737599), "2026-11-26T23:59:59Z");
}

TEST(ClockTest, TheEpochAndBeforeIt) {
  EXPECT_EQ(UtcTimestampOf(0), "1970-01-01T00:00:00Z");
  EXPECT_EQ(UtcTimestampOf(-1), "1969-12-31T23:59:59Z");
  EXPECT_EQ(UtcDateOf(-1), (Date{1969, 12, 31}));
}

}  // namespace
}  // namespace fremdrift
