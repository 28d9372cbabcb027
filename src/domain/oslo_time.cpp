#include "domain/oslo_time.h"

#include <cstdio>

namespace fremdrift {
namespace {

// The last Sunday of `month` in `year`, at 01:00 UTC, in seconds.
int64_t LastSundayOneUtc(int year, int month) {
  int last_day = month == 3 || month == 10 ? 31 : 30;
  int64_t d = DaysFromCivil(Date{year, month, last_day});
  int64_t weekday = (d + 4) % 7;  // 1970-01-01 was a Thursday (4); Sunday = 0
  if (weekday < 0) weekday += 7;
  return (d - weekday) * 86400 + 3600;
}

bool Digits(std::string_view s, size_t from, size_t n, int& out) {
  if (from + n > s.size()) return false;
  out = 0;
  for (size_t i = from; i < from + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    out = out * 10 + (s[i] - '0');
  }
  return true;
}

// "YYYY-MM-DDTHH:MM[:SS]" as seconds, read as if it were UTC; `rest` is
// what follows.
std::optional<int64_t> WallSeconds(std::string_view text, std::string_view& rest) {
  if (text.size() < 16) return std::nullopt;
  auto date = Date::Parse(text.substr(0, 10));
  if (!date || (text[10] != 'T' && text[10] != ' ') || text[13] != ':') return std::nullopt;
  int hour = 0, minute = 0, second = 0;
  if (!Digits(text, 11, 2, hour) || !Digits(text, 14, 2, minute) || hour > 23 || minute > 59) {
    return std::nullopt;
  }
  size_t end = 16;
  if (text.size() >= 19 && text[16] == ':') {
    if (!Digits(text, 17, 2, second) || second > 59) return std::nullopt;
    end = 19;
  }
  rest = text.substr(end);
  return DaysFromCivil(*date) * 86400 + hour * 3600 + minute * 60 + second;
}

}  // namespace

int OsloOffsetSeconds(int64_t utc) {
  int year = CivilFromDays(utc >= 0 ? utc / 86400 : (utc - 86399) / 86400).year;
  bool summer = utc >= LastSundayOneUtc(year, 3) && utc < LastSundayOneUtc(year, 10);
  return summer ? 7200 : 3600;
}

std::optional<int64_t> ParseOsloDateTime(std::string_view text) {
  std::string_view rest;
  auto wall = WallSeconds(text, rest);
  if (!wall || !rest.empty()) return std::nullopt;
  // Try winter time first; if the result is in summer time, use that.
  // Times skipped in spring are read as winter time (one hour later in
  // summer time); the repeated hour in autumn as summer time.
  int64_t as_summer = *wall - 7200;
  if (OsloOffsetSeconds(as_summer) == 7200) return as_summer;
  return *wall - 3600;
}

std::optional<int64_t> ParseUtcTimestamp(std::string_view text) {
  std::string_view rest;
  auto wall = WallSeconds(text, rest);
  if (!wall || (rest != "Z" && !rest.empty())) return std::nullopt;
  return wall;
}

std::string OsloDateTimeText(int64_t utc) {
  int64_t local = utc + OsloOffsetSeconds(utc);
  int64_t days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
  int64_t secs = local - days * 86400;
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d:%02d", static_cast<int>(secs / 3600),
                static_cast<int>(secs % 3600 / 60));
  return CivilFromDays(days).ToIso() + "T" + buf;
}

Date OsloDate(int64_t utc) {
  int64_t local = utc + OsloOffsetSeconds(utc);
  return CivilFromDays(local >= 0 ? local / 86400 : (local - 86399) / 86400);
}

}  // namespace fremdrift
