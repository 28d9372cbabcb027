#include "domain/portfolio_assessment.h"

#include <algorithm>

namespace fremdrift {

bool IsPortfolioStatus(std::string_view s) {
  return std::find(kPortfolioStatuses.begin(), kPortfolioStatuses.end(), s) != kPortfolioStatuses.end();
}

bool IsRiskLevel(std::string_view s) {
  return std::find(kRiskLevels.begin(), kRiskLevels.end(), s) != kRiskLevels.end();
}

}  // namespace fremdrift
