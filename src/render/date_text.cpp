#include "render/date_text.h"

#include <cstdio>

namespace fremdrift {

std::string DateText(const Date& date, const std::string& lang) {
  if (lang == "en") return date.ToIso();
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d.%02d.%04d", date.day, date.month, date.year);
  return buf;
}

std::string ScheduleDateText(const ScheduleDate& date, const Catalogue& t) {
  switch (date.kind()) {
    case ScheduleDate::Kind::kDate: return DateText(date.date(), t.lang());
    case ScheduleDate::Kind::kUndefined: return t.Text("date_undefined");
    case ScheduleDate::Kind::kNone: break;
  }
  return "";
}

}  // namespace fremdrift
