// The home page: each strategy the reader may see, newest first, with its
// goals (the items of level 1). templates/home.mustache.
#pragma once

#include <vector>

#include <mstch/mstch.hpp>

#include "domain/plan_item.h"
#include "domain/strategy.h"
#include "render/i18n.h"
#include "render/plan_names.h"

namespace fremdrift {

struct StrategyWithGoals {
  Strategy strategy;
  std::vector<PlanItem> goals;  // level 1, in order
};

// Keys: strategies [StrategyView + goals [ItemView], has_goals, goals_label],
// has_strategies.
mstch::map HomeView(const std::vector<StrategyWithGoals>& strategies, const PlanNames& names,
                    const Catalogue& t);

}  // namespace fremdrift
