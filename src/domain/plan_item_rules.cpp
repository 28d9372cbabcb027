#include "domain/plan_item_rules.h"

#include "domain/text_field_rules.h"

namespace fremdrift {

std::vector<FieldProblem> ValidatePlanItem(const PlanItem& item,
                                           const Strategy& strategy,
                                           const PlanItem* parent,
                                           const PhaseScale& phases) {
  std::vector<FieldProblem> problems;
  if (item.key.empty()) problems.push_back({"key", "must not be empty", "required", {}});
  if (item.title.empty()) problems.push_back({"title", "must not be empty", "required", {}});
  if (item.level < 1 || item.level > strategy.depth()) {
    problems.push_back(
        {"level", "must be between 1 and " + std::to_string(strategy.depth()) +
                      " in strategy " + strategy.key});
  }
  if (item.level == 1 && parent != nullptr) {
    problems.push_back({"parent", "a top-level item has no parent", "top_level_has_no_parent", {}});
  }
  if (item.level > 1 && parent == nullptr) {
    problems.push_back({"parent", "an item below the top level needs a parent", "parent_required", {}});
  }
  if (parent != nullptr) {
    if (parent->strategy_id != item.strategy_id) {
      problems.push_back({"parent", "must belong to the same strategy", "parent_other_strategy", {}});
    } else if (parent->level != item.level - 1) {
      problems.push_back({"parent", "must be exactly one level above (level " +
                                        std::to_string(item.level - 1) + ")"});
    }
    if (item.id != 0 && parent->id == item.id) {
      problems.push_back({"parent", "an item cannot be its own parent", "own_parent", {}});
    }
  }
  if (item.start.is_set() && item.end.is_set() &&
      item.end.date() < item.start.date()) {
    problems.push_back({"end", "must not be before start (" + item.start.date().ToIso() + ")",
                        "end_before_start_date", {{"start", item.start.date().ToIso()}}});
  }
  for (size_t i = 0; i < item.links.size(); ++i) {
    if (auto why = LinkUrlProblem(item.links[i].url)) {
      problems.push_back({"links[" + std::to_string(i) + "].url", *why});
    }
  }
  for (auto& p : PhaseRangeProblems(item.phases, phases)) problems.push_back(std::move(p));
  return problems;
}

bool MayEditItem(const User& user, const PlanItem& item) {
  switch (user.role) {
    case Role::kAdmin: return true;
    case Role::kEditor: return item.IsOwnedBy(user.organisation);
    case Role::kReader: return false;
  }
  return false;
}

}  // namespace fremdrift
