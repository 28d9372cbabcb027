#include "domain/portfolio_choice.h"

#include <algorithm>

#include "domain/failure.h"
#include "domain/phase.h"
#include "domain/portfolio_assessment.h"

namespace fremdrift {
namespace {

template <typename List>
bool Known(const List& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

}  // namespace

void CheckPortfolioChoice(const PortfolioChoice& c) {
  if (!c.kind.empty() && !PortfolioKindFromKey(c.kind)) {
    throw Failure(FailureCode::kInvalid, "type must be project or programme", "type");
  }
  if (!c.phase.empty() && !PhaseFromKey(c.phase)) {
    throw Failure(FailureCode::kInvalid, "fase must be a phase key", "fase");
  }
  if (!c.status.empty() && !Known(kPortfolioStatuses, c.status)) {
    throw Failure(FailureCode::kInvalid, "status must be a portfolio status", "status");
  }
  if (!c.risk.empty() && !Known(kRiskLevels, c.risk)) {
    throw Failure(FailureCode::kInvalid, "risiko must be a risk level", "risiko");
  }
}

bool MatchesPortfolioChoice(const PortfolioEntry& e, const PortfolioChoice& c) {
  if (!c.kind.empty() && PortfolioKindKey(e.item.kind) != c.kind) return false;
  if (!c.owner.empty() && e.item.owner != c.owner) return false;
  if (!c.phase.empty() && (!e.item.phase || PhaseKey(*e.item.phase) != c.phase)) return false;
  if (!c.status.empty() && e.status() != c.status) return false;
  if (!c.risk.empty() && e.risk() != c.risk) return false;
  return true;
}

}  // namespace fremdrift
