#include "domain/risk_heat_map.h"

namespace fremdrift {

RiskHeatMap RiskHeatMapOf(const std::vector<Risk>& risks) {
  RiskHeatMap map;
  for (const auto& r : risks) {
    if (r.state != RiskState::kOpen) {
      ++map.closed;
      continue;
    }
    if (!ValidRiskRating(r.likelihood) || !ValidRiskRating(r.consequence)) continue;
    ++map.counts[r.likelihood - 1][r.consequence - 1];
    ++map.open;
  }
  return map;
}

RiskLevel RiskCellLevel(int likelihood, int consequence) {
  return RiskLevelOfScore(likelihood * consequence);
}

}  // namespace fremdrift
