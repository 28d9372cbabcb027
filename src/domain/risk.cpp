#include "domain/risk.h"

#include <algorithm>

namespace fremdrift {

std::string_view RiskStateKey(RiskState s) { return s == RiskState::kClosed ? "closed" : "open"; }

std::optional<RiskState> ParseRiskState(std::string_view key) {
  if (key == "open") return RiskState::kOpen;
  if (key == "closed") return RiskState::kClosed;
  return std::nullopt;
}

std::vector<std::pair<std::string, std::string>> RiskProblems(const Risk& risk) {
  std::vector<std::pair<std::string, std::string>> out;
  if (risk.key.empty()) out.emplace_back("key", "is required");
  if (risk.subject.empty()) out.emplace_back("subject", "is required: the item the risk belongs to");
  if (risk.description.empty()) out.emplace_back("description", "is required");
  if (!ValidRiskRating(risk.likelihood)) out.emplace_back("likelihood", "must be a whole number from 1 to 5");
  if (!ValidRiskRating(risk.consequence)) out.emplace_back("consequence", "must be a whole number from 1 to 5");
  return out;
}

std::vector<Risk> TopRisks(std::vector<Risk> risks, size_t n) {
  std::erase_if(risks, [](const Risk& r) { return r.state != RiskState::kOpen; });
  std::sort(risks.begin(), risks.end(), [](const Risk& a, const Risk& b) {
    if (a.Score() != b.Score()) return a.Score() > b.Score();
    return a.key < b.key;
  });
  if (risks.size() > n) risks.resize(n);
  return risks;
}

}  // namespace fremdrift
