// The page of one strategy (templates/strategy.mustache): its summary and
// vision, a table of contents of its goals, and the whole plan tree with
// owners, user groups, dates and phases, descriptions below the goals
// behind expanders.
#pragma once

#include <optional>
#include <vector>

#include <mstch/mstch.hpp>

#include "domain/status_report.h"
#include "domain/plan_item.h"
#include "domain/strategy.h"
#include "render/i18n.h"
#include "render/plan_names.h"

namespace fremdrift {

// Keys: strategy (StrategyView), breadcrumbs, has_tree, tree (see
// PlanTreeView; goals are h2; each node with its latest status from
// `latest`, the latest published report, and goals foldable), latest
// (LatestStatusSummary).
mstch::map StrategyPageView(const Strategy& strategy, const std::vector<PlanItem>& items,
                            const PlanNames& names, const std::optional<StatusReport>& latest,
                            const Catalogue& t);

}  // namespace fremdrift
