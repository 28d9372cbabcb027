#include "app/benefit_indicator_choices.h"

#include <algorithm>
#include <set>

#include "domain/failure.h"
#include "domain/plan_tree.h"
#include "storage/plan_item_store.h"
#include "storage/strategy_store.h"

namespace fremdrift {
namespace {

std::string Label(const Indicator& ind) { return ind.name + " (" + ind.code + ")"; }

// The keys of the items of the strategy `strategy_key` under its goal
// `goal_key` (the goal included); empty when either is unknown.
std::set<std::string> ItemsUnderGoal(SqlConnection& conn, const std::string& strategy_key,
                                     const std::string& goal_key) {
  std::set<std::string> out;
  auto strategy = StrategyStore(conn).FindByKey(strategy_key);
  if (!strategy) return out;
  auto items = PlanItemStore(conn).List(strategy->id);
  const ItemsById by_id = IndexById(items);
  for (const auto& item : items) {
    if (TopAncestorOf(item, by_id)->key == goal_key) out.insert(item.key);
  }
  return out;
}

}  // namespace

std::vector<BenefitIndicatorChoice> SuggestedIndicatorChoices(SqlConnection& conn, const Viewer& viewer,
                                                              const std::string& goal, size_t limit) {
  std::vector<Indicator> indicators = Visibility(conn, viewer).Indicators();
  std::vector<BenefitIndicatorChoice> out;
  if (goal.empty()) {
    if (indicators.size() > limit) return out;
    for (const auto& ind : indicators) out.push_back({ind.code, Label(ind)});
  } else {
    const size_t slash = goal.find('/');
    if (slash == std::string::npos) return out;
    const std::string strategy = goal.substr(0, slash);
    const std::set<std::string> under = ItemsUnderGoal(conn, strategy, goal.substr(slash + 1));
    for (const auto& ind : indicators) {
      bool serves = std::any_of(ind.serves.begin(), ind.serves.end(), [&](const ServedItem& s) {
        return s.strategy == strategy && under.count(s.item) != 0;
      });
      if (serves) out.push_back({ind.code, Label(ind)});
    }
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.code < b.code; });
  return out;
}

std::optional<std::string> IndicatorChoiceLabel(SqlConnection& conn, const Viewer& viewer, const std::string& code) {
  if (code.empty()) return std::nullopt;
  try {
    return Label(Visibility(conn, viewer).FindIndicator(code));
  } catch (const Failure& f) {
    if (f.code() != FailureCode::kNotFound) throw;
    return std::nullopt;
  }
}

}  // namespace fremdrift
