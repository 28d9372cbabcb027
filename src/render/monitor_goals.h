// Which goal of a strategy each published indicator follows up, for the
// monitor's overview: an indicator belongs under every goal (level-1 item)
// that it, or an item below that goal, serves; indicators that serve
// nothing in the strategy go under "other indicators". An item whose parent
// is missing counts as a goal, as in the plan tree (domain/plan_tree.h).
#pragma once

#include <optional>
#include <vector>

#include "domain/indicator.h"
#include "domain/plan_item.h"
#include "domain/strategy.h"

namespace fremdrift {

struct GoalIndicators {
  const PlanItem* goal = nullptr;
  std::vector<const Indicator*> indicators;  // in the order given
};

struct MonitorGrouping {
  std::vector<GoalIndicators> goals;   // every goal of the strategy, in plan order
  std::vector<const Indicator*> others;
};

// `items` are the strategy's items (in plan order); `indicators` and
// `items` must outlive the result.
MonitorGrouping GroupByGoal(const std::vector<Indicator>& indicators, const Strategy& strategy,
                            const std::vector<PlanItem>& items);

// The newest of `strategies` (by period, then key) that is published;
// nullopt when none is.
std::optional<Strategy> NewestPublishedStrategy(const std::vector<Strategy>& strategies);

}  // namespace fremdrift
