// What a reader of /portefolje chose in its filter form: the item kind,
// owner, phase, status and risk, as keys ("" means all), and whether an
// entry matches them. Unknown values are refused by CheckPortfolioChoice.
#pragma once

#include <string>

#include "domain/portfolio_summary.h"

namespace fremdrift {

struct PortfolioChoice {
  std::string kind;    // "project" or "programme" (page parameter "type")
  std::string owner;   // organisation short name ("eier")
  std::string phase;   // phase key ("fase")
  std::string status;  // a kPortfolioStatuses key ("status")
  std::string risk;    // a kRiskLevels key ("risiko")
};

// Throws Failure(kInvalid) naming the page parameter of a value that is
// not a known kind, phase, status or risk. Any owner is allowed.
void CheckPortfolioChoice(const PortfolioChoice& choice);

bool MatchesPortfolioChoice(const PortfolioEntry& entry, const PortfolioChoice& choice);

}  // namespace fremdrift
