// What the pages show of a strategy: its summary (home page, headers) and
// its plan as a tree of item views (templates/strategy.mustache and the
// recursive partial tree_node.mustache).
#pragma once

#include <vector>

#include <mstch/mstch.hpp>

#include "domain/plan_tree.h"
#include "domain/strategy.h"
#include "render/i18n.h"
#include "render/plan_names.h"

namespace fremdrift {

// Keys: key, name, url, roadmap_url, period ("2023–2030"), vision,
// has_vision, unpublished, levels_text ("Mål › Delmål › Tema › Leveranse").
mstch::map StrategyView(const Strategy& strategy, const Catalogue& t);

// The tree as nested ItemView maps (see item_view.h), each with its
// "children" and a "heading_level": `top_heading` for level 1, one more per
// level below, at most 6.
mstch::array PlanTreeView(const std::vector<PlanTreeNode>& roots, const Strategy& strategy,
                          const PlanNames& names, const Catalogue& t, int top_heading);

}  // namespace fremdrift
