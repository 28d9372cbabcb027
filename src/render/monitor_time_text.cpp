#include "render/monitor_time_text.h"

#include <cstdio>
#include <cstdlib>

#include "domain/date.h"
#include "domain/period.h"
#include "render/date_text.h"

namespace fremdrift {
namespace {

// The day of the month of the last Sunday of `month` in `year`.
int LastSunday(int year, int month) {
  int days_in = month == 12 ? 31 : static_cast<int>(DaysFromCivil(Date{year, month + 1, 1}) -
                                                    DaysFromCivil(Date{year, month, 1}));
  int64_t last = DaysFromCivil(Date{year, month, days_in});
  // 1970-01-01 was a Thursday: (days + 4) % 7 is 0 on Sundays.
  int weekday = static_cast<int>(((last + 4) % 7 + 7) % 7);
  return days_in - weekday;
}

}  // namespace

std::string UpdatedText(const std::string& utc, const Catalogue& t) {
  if (utc.empty()) return t.Text("updated_unknown");
  // A date as the source gives it: a year, a month or a day.
  if (utc.size() == 4) return utc;
  if (utc.size() == 7) {
    int month = std::atoi(utc.c_str() + 5);
    if (month >= 1 && month <= 12) return t.Text("month_" + std::to_string(month)) + " " + utc.substr(0, 4);
    return utc;
  }
  if (utc.size() == 10) {
    auto day = Date::Parse(utc);
    return day ? DateText(*day, t.lang()) : utc;
  }
  int y, mo, d, h, mi, s;
  if (std::sscanf(utc.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d", &y, &mo, &d, &h, &mi, &s) != 6) return utc;
  auto date = Date::Parse(utc.substr(0, 10));
  if (!date || h > 23 || mi > 59) return utc;

  // Minutes since the epoch, moved to Oslo time.
  int64_t minutes = DaysFromCivil(*date) * 1440 + h * 60 + mi;
  int64_t summer_start = DaysFromCivil(Date{y, 3, LastSunday(y, 3)}) * 1440 + 60;
  int64_t summer_end = DaysFromCivil(Date{y, 10, LastSunday(y, 10)}) * 1440 + 60;
  minutes += (minutes >= summer_start && minutes < summer_end) ? 120 : 60;

  int64_t days = minutes >= 0 ? minutes / 1440 : (minutes - 1439) / 1440;
  Date local = CivilFromDays(days);
  int rest = static_cast<int>(minutes - days * 1440);
  char hh[3], mm[3];
  std::snprintf(hh, sizeof hh, "%02d", rest / 60);
  std::snprintf(mm, sizeof mm, "%02d", rest % 60);
  return t.Format("updated_at", {{"day", std::to_string(local.day)},
                                 {"month", t.Text("month_" + std::to_string(local.month))},
                                 {"year", std::to_string(local.year)},
                                 {"hour", hh},
                                 {"minute", mm}});
}

}  // namespace fremdrift
