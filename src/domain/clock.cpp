#include "domain/clock.h"

#include <cstdio>

#include "domain/period.h"

namespace fremdrift {
namespace {

// Whole days since 1970 of `utc_seconds`, rounded down.
int64_t DaysOf(int64_t utc_seconds) {
  return utc_seconds >= 0 ? utc_seconds / 86400 : (utc_seconds - 86399) / 86400;
}

}  // namespace

Date UtcDateOf(int64_t utc_seconds) { return CivilFromDays(DaysOf(utc_seconds)); }

std::string UtcTimestampOf(int64_t utc_seconds) {
  Date d = UtcDateOf(utc_seconds);
  int64_t s = utc_seconds - DaysOf(utc_seconds) * 86400;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", d.year, d.month, d.day,
                static_cast<int>(s / 3600), static_cast<int>(s / 60 % 60), static_cast<int>(s % 60));
  return buf;
}

Date Clock::TodayUtc() const { return UtcDateOf(NowUtcSeconds()); }

std::string Clock::NowTimestamp() const { return UtcTimestampOf(NowUtcSeconds()); }

}  // namespace fremdrift
