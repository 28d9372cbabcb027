// Fuzzes Period::Parse (2022, 2022-T1, 2022-Q1, 2022-01, 2022-W05,
// 2022-01-31) and what is derived from a period: its canonical text reads
// back as the same period, its span is ordered and made of real days, and
// each roll-up is a valid period of the coarser type.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "domain/date.h"
#include "domain/period.h"

namespace {

using fremdrift::Date;
using fremdrift::Period;
using fremdrift::PeriodType;

void Check(bool ok, const char* what, std::string_view input) {
  if (ok) return;
  std::fprintf(stderr, "%s for '%.*s'\n", what, static_cast<int>(input.size()), input.data());
  std::abort();
}

bool IsRealDay(const Date& d) { return Date::Parse(d.ToIso()) == d; }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (auto key = fremdrift::PeriodTypeFromKey(text)) {
    Check(fremdrift::PeriodTypeKey(*key) == text, "type key does not read back", text);
  }
  auto period = Period::Parse(text);
  if (!period) return 0;
  std::string canonical = period->ToString();
  Check(Period::Parse(canonical) == period, "canonical text does not read back", text);
  Date start = period->Start(), end = period->End();
  Check(IsRealDay(start) && IsRealDay(end), "span has a day that does not exist", text);
  Check(start <= end, "span ends before it starts", text);
  int64_t days = fremdrift::DaysFromCivil(end) - fremdrift::DaysFromCivil(start) + 1;
  Check(days >= 1 && days <= 366, "span is not 1 to 366 days", text);
  Check(fremdrift::CivilFromDays(fremdrift::DaysFromCivil(start)) == start,
        "days do not convert back", text);
  for (PeriodType t : {PeriodType::kYear, PeriodType::kTertial, PeriodType::kQuarter,
                       PeriodType::kMonth, PeriodType::kWeek, PeriodType::kDate}) {
    auto up = period->RollUp(t);
    if (!up) continue;
    Check(up->type() == t, "roll-up has the wrong type", text);
    Check(Period::Parse(up->ToString()) == up, "roll-up does not read back", text);
    Check(up->Start() <= end, "roll-up starts after the period", text);
  }
  return 0;
}
