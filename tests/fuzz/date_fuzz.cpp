// Fuzzes the readers of dates and times from outside: Date::Parse
// (YYYY-MM-DD), ScheduleDate::Parse ("", "undefined" or a date),
// RoadmapTime::Parse ("", YYYY or a date) and IsClockTime (HH:MM). Each
// accepted text must be written back exactly as it came, and a date must
// survive the day-number conversion.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "domain/date.h"
#include "domain/meeting.h"
#include "domain/period.h"
#include "domain/roadmap_version.h"

namespace {

void Check(bool ok, const char* what, std::string_view input) {
  if (ok) return;
  std::fprintf(stderr, "%s for '%.*s'\n", what, static_cast<int>(input.size()), input.data());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (auto d = fremdrift::Date::Parse(text)) {
    Check(d->ToIso() == text, "date does not write back", text);
    Check(d->month >= 1 && d->month <= 12 && d->day >= 1 && d->day <= 31, "date out of range",
          text);
    Check(fremdrift::CivilFromDays(fremdrift::DaysFromCivil(*d)) == *d,
          "date does not survive day numbers", text);
    // Periods start at year 1000.
    Check(fremdrift::Period::Parse(text).has_value() == (d->year >= 1000),
          "date and day period disagree", text);
  }
  if (auto s = fremdrift::ScheduleDate::Parse(text)) {
    Check(s->ToText() == text, "schedule date does not write back", text);
  }
  if (auto t = fremdrift::RoadmapTime::Parse(text)) {
    Check(t->ToText() == text, "roadmap time does not write back", text);
    if (t->is_set()) Check(t->FirstDay() <= t->LastDay(), "roadmap time ends before it starts", text);
  }
  if (fremdrift::IsClockTime(text)) {
    Check(text.size() == 5 && text[2] == ':' && text.substr(0, 5) <= "23:59",
          "clock time out of range", text);
  }
  return 0;
}
