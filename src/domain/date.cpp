#include "domain/date.h"

#include <cstdio>

namespace fremdrift {
namespace {

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}

bool ParseDigits(std::string_view s, int& out) {
  out = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    out = out * 10 + (c - '0');
  }
  return !s.empty();
}

}  // namespace

std::optional<Date> Date::Parse(std::string_view t) {
  if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
  Date d;
  if (!ParseDigits(t.substr(0, 4), d.year) ||
      !ParseDigits(t.substr(5, 2), d.month) ||
      !ParseDigits(t.substr(8, 2), d.day)) {
    return std::nullopt;
  }
  if (d.month < 1 || d.month > 12) return std::nullopt;
  if (d.day < 1 || d.day > DaysInMonth(d.year, d.month)) return std::nullopt;
  return d;
}

std::string Date::ToIso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::optional<ScheduleDate> ScheduleDate::Parse(std::string_view text) {
  if (text.empty()) return None();
  if (text == "undefined") return Undefined();
  if (auto d = Date::Parse(text)) return On(*d);
  return std::nullopt;
}

std::string ScheduleDate::ToText() const {
  switch (kind_) {
    case Kind::kNone: return "";
    case Kind::kUndefined: return "undefined";
    case Kind::kDate: return date_.ToIso();
  }
  return "";
}

}  // namespace fremdrift
