#include "domain/benefit.h"

#include <set>

namespace fremdrift {

std::string_view BenefitKindKey(BenefitKind k) {
  switch (k) {
    case BenefitKind::kQuality: return "quality";
    case BenefitKind::kTime: return "time";
    case BenefitKind::kCost: return "cost";
    case BenefitKind::kOther: return "other";
  }
  return "other";
}

std::string_view BenefitStateKey(BenefitState s) {
  switch (s) {
    case BenefitState::kPlanned: return "planned";
    case BenefitState::kRealising: return "realising";
    case BenefitState::kRealised: return "realised";
    case BenefitState::kNotRealised: return "not_realised";
  }
  return "planned";
}

std::optional<BenefitKind> ParseBenefitKind(std::string_view key) {
  for (auto k : {BenefitKind::kQuality, BenefitKind::kTime, BenefitKind::kCost, BenefitKind::kOther}) {
    if (BenefitKindKey(k) == key) return k;
  }
  return std::nullopt;
}

std::optional<BenefitState> ParseBenefitState(std::string_view key) {
  for (auto s : {BenefitState::kPlanned, BenefitState::kRealising, BenefitState::kRealised,
                 BenefitState::kNotRealised}) {
    if (BenefitStateKey(s) == key) return s;
  }
  return std::nullopt;
}

std::vector<FieldProblem> BenefitProblems(const Benefit& b) {
  std::vector<FieldProblem> out;
  if (b.key.empty()) out.push_back({"key", "is required", "required", {}});
  if (b.description.empty()) out.push_back({"description", "is required", "required", {}});
  if (b.items.empty()) {
    out.push_back({"items", "must name at least one plan item (<strategy>/<item>)", "benefit_items_required", {}});
  }
  std::set<std::string> seen;
  for (size_t i = 0; i < b.items.size(); ++i) {
    const std::string field = "items[" + std::to_string(i) + "]";
    if (b.items[i].find('/') == std::string::npos) {
      out.push_back({field, "must be <strategy key>/<item key>", "not_an_item_ref", {{"value", b.items[i]}}});
    } else if (!seen.insert(b.items[i]).second) {
      out.push_back({field, "is given twice", "listed_twice", {}});
    }
  }
  return out;
}

std::vector<Benefit> BenefitsOfItems(const std::vector<Benefit>& benefits, const std::set<std::string>& item_refs) {
  std::vector<Benefit> out;
  for (const auto& b : benefits) {
    for (const auto& ref : b.items) {
      if (item_refs.count(ref)) {
        out.push_back(b);
        break;
      }
    }
  }
  return out;
}

}  // namespace fremdrift
