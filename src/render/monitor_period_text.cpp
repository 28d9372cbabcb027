#include "render/monitor_period_text.h"

#include "domain/period.h"
#include "render/date_text.h"

namespace fremdrift {

std::string PeriodText(const std::string& period, const Catalogue& t) {
  auto p = Period::Parse(period);
  if (!p) return period;
  std::string year = std::to_string(p->Start().year);
  // The number after the letter: "2023-Q1" -> "1", "2022-W05" -> "5".
  auto index = [&]() { return std::to_string(std::stoi(period.substr(6))); };
  switch (p->type()) {
    case PeriodType::kYear: return year;
    case PeriodType::kTertial: return t.Format("period_tertial", {{"n", index()}, {"year", year}});
    case PeriodType::kQuarter: return t.Format("period_quarter", {{"n", index()}, {"year", year}});
    case PeriodType::kMonth:
      return t.Format("period_month",
                      {{"month", t.Text("month_" + std::to_string(p->Start().month))}, {"year", year}});
    case PeriodType::kWeek:
      return t.Format("period_week", {{"n", index()}, {"year", period.substr(0, 4)}});
    case PeriodType::kDate: return DateText(p->Start(), t.lang());
  }
  return period;
}

}  // namespace fremdrift
