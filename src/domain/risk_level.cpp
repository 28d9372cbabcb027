#include "domain/risk_level.h"

namespace fremdrift {

std::string_view RiskLevelKey(RiskLevel level) {
  switch (level) {
    case RiskLevel::kLow: return "low";
    case RiskLevel::kMedium: return "medium";
    case RiskLevel::kHigh: return "high";
  }
  return "low";
}

bool ValidRiskRating(int rating) { return rating >= 1 && rating <= 5; }

std::optional<int> RiskScore(int likelihood, int consequence) {
  if (!ValidRiskRating(likelihood) || !ValidRiskRating(consequence)) return std::nullopt;
  return likelihood * consequence;
}

RiskLevel RiskLevelOfScore(int score) {
  if (score >= 10) return RiskLevel::kHigh;
  if (score >= 5) return RiskLevel::kMedium;
  return RiskLevel::kLow;
}

}  // namespace fremdrift
