// One risk in the register of a plan item or a portfolio item ("risiko"):
// what may happen, why and with what effect, how likely and how serious
// (each 1–5, scored and levelled by domain/risk_level.h), what is done
// about it, who owns it, when it is next reviewed, and whether it is open.
// Its history is the audit log. Documented in docs/strategy-model.md,
// "Risks".
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/date.h"
#include "domain/risk_level.h"

namespace fremdrift {

enum class RiskState { kOpen, kClosed };

std::string_view RiskStateKey(RiskState s);  // "open", "closed"
std::optional<RiskState> ParseRiskState(std::string_view key);

// What a risk belongs to.
enum class RiskSubjectKind { kPlanItem, kPortfolioItem };

struct Risk {
  int64_t id = 0;
  std::string key;  // unique; used by bundles
  RiskSubjectKind subject_kind = RiskSubjectKind::kPlanItem;
  // "<strategy key>/<item key>" for a plan item, the key of a portfolio item.
  std::string subject;
  std::string description;
  std::string cause;
  std::string effect;  // the consequence in words ("konsekvens")
  int likelihood = 1;   // 1–5
  int consequence = 1;  // 1–5
  std::string mitigation;
  std::string owner;  // organisation short name
  std::optional<Date> review_by;
  RiskState state = RiskState::kOpen;
  int64_t version = 1;

  int Score() const { return likelihood * consequence; }
  RiskLevel Level() const { return RiskLevelOfScore(Score()); }
};

// The problems of `risk` as (field, reason): a missing key, subject or
// description, or a likelihood or consequence outside 1–5. Empty when
// there is none.
std::vector<std::pair<std::string, std::string>> RiskProblems(const Risk& risk);

// The open risks of `risks` with the highest scores first (ties by key),
// at most `n`: a goal's top risks in the status report.
std::vector<Risk> TopRisks(std::vector<Risk> risks, size_t n);

}  // namespace fremdrift
