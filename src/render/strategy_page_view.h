// The page of one strategy (templates/strategy.mustache): its summary and
// vision, a table of contents of its goals, and the whole plan tree with
// owners, user groups, dates and phases, descriptions below the goals
// behind expanders.
#pragma once

#include <vector>

#include <mstch/mstch.hpp>

#include "domain/plan_item.h"
#include "domain/strategy.h"
#include "render/i18n.h"
#include "render/plan_names.h"

namespace fremdrift {

// Keys: strategy (StrategyView), breadcrumbs, has_tree, tree (see
// PlanTreeView; goals are h2).
mstch::map StrategyPageView(const Strategy& strategy, const std::vector<PlanItem>& items,
                            const PlanNames& names, const Catalogue& t);

}  // namespace fremdrift
