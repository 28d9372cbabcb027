// The filters of the risk register page (/risikoer): by state, level,
// owner organisation and what the risk belongs to (a strategy's items, or
// the portfolio). An empty choice means all. Documented in
// docs/strategy-model.md, "Risks".
#pragma once

#include <string>
#include <vector>

#include "domain/risk.h"

namespace fremdrift {

struct RiskFilter {
  std::string state;  // "open", "closed" or ""
  std::string level;  // "low", "medium", "high" or ""
  std::string owner;  // an organisation's short name or ""
  // A strategy key (its items' risks), "portefolje" (portfolio items'), or "".
  std::string scope;
};

// The value of `scope` that chooses the portfolio's risks.
inline constexpr const char* kRiskScopePortfolio = "portefolje";

bool RiskMatches(const RiskFilter& filter, const Risk& risk);

// The risks of `risks` that match `filter`, in their order.
std::vector<Risk> FilterRisks(const std::vector<Risk>& risks, const RiskFilter& filter);

// The risks of one item: `kind` and `subject` as in Risk, open ones first
// by score (highest first), then closed ones, ties by key.
std::vector<Risk> RisksOfSubject(const std::vector<Risk>& risks, RiskSubjectKind kind,
                                 const std::string& subject);

}  // namespace fremdrift
