#include "domain/risk_filter.h"

#include <algorithm>

namespace fremdrift {

bool RiskMatches(const RiskFilter& f, const Risk& r) {
  if (!f.state.empty() && f.state != RiskStateKey(r.state)) return false;
  if (!f.level.empty() && f.level != RiskLevelKey(r.Level())) return false;
  if (!f.owner.empty() && f.owner != r.owner) return false;
  if (f.scope.empty()) return true;
  if (f.scope == kRiskScopePortfolio) return r.subject_kind == RiskSubjectKind::kPortfolioItem;
  return r.subject_kind == RiskSubjectKind::kPlanItem && r.subject.rfind(f.scope + "/", 0) == 0;
}

std::vector<Risk> FilterRisks(const std::vector<Risk>& risks, const RiskFilter& filter) {
  std::vector<Risk> out;
  for (const auto& r : risks) {
    if (RiskMatches(filter, r)) out.push_back(r);
  }
  return out;
}

std::vector<Risk> RisksOfSubject(const std::vector<Risk>& risks, RiskSubjectKind kind,
                                 const std::string& subject) {
  std::vector<Risk> out;
  for (const auto& r : risks) {
    if (r.subject_kind == kind && r.subject == subject) out.push_back(r);
  }
  std::sort(out.begin(), out.end(), [](const Risk& a, const Risk& b) {
    if (a.state != b.state) return a.state == RiskState::kOpen;
    if (a.Score() != b.Score()) return a.Score() > b.Score();
    return a.key < b.key;
  });
  return out;
}

}  // namespace fremdrift
