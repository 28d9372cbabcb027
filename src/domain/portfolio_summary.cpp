#include "domain/portfolio_summary.h"

#include <map>


namespace fremdrift {

bool IsDelayed(const PortfolioItem& item) {
  return item.planned_end.is_set() && item.forecast_end.is_set() &&
         item.planned_end.date() < item.forecast_end.date();
}

PortfolioSummary SummarisePortfolio(const std::vector<PortfolioEntry>& items) {
  PortfolioSummary s;
  std::map<std::string, int> status, risk, segment;
  for (const auto& a : items) {
    ++s.items;
    (a.item.kind == PortfolioKind::kProgramme ? s.programmes : s.projects)++;
    status[a.status()]++;
    risk[a.risk()]++;
    segment[a.item.segment]++;
  }
  for (auto w : kPortfolioStatuses) s.by_status.emplace_back(std::string(w), status[std::string(w)]);
  for (auto w : kRiskLevels) s.by_risk.emplace_back(std::string(w), risk[std::string(w)]);
  for (const auto& [name, n] : segment) s.by_segment.emplace_back(name, n);
  for (Phase p : kAllPhases) {
    DelayShare d{p};
    for (const auto& a : items) {
      if (!a.item.phase || *a.item.phase != p) continue;
      ++d.items;
      if (a.item.planned_end.is_set() && a.item.forecast_end.is_set()) {
        ++d.with_dates;
        if (IsDelayed(a.item)) ++d.delayed;
      }
    }
    if (d.with_dates > 0) d.share = static_cast<double>(d.delayed) / d.with_dates;
    s.delays.push_back(d);
  }
  return s;
}

}  // namespace fremdrift
