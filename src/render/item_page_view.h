// The page of one plan item: all its fields, the breadcrumb trail from the
// home page through its strategy and ancestors, and its children.
// templates/item.mustache.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include <mstch/mstch.hpp>

#include "domain/plan_item.h"
#include "domain/strategy.h"
#include "render/i18n.h"
#include "render/plan_names.h"

namespace fremdrift {

struct ItemPageData {
  const Strategy& strategy;
  const PlanItem& item;
  std::vector<const PlanItem*> ancestors;  // top level first
  std::vector<const PlanItem*> children;   // in order
  bool on_roadmap = false;                 // the item is a deliverable
  // Published indicators that measure the item: name and monitor page.
  std::vector<std::pair<std::string, std::string>> indicators;
};

// Keys: strategy (StrategyView), item (ItemView), breadcrumbs [{text, url,
// current}], children [ItemView], has_children, children_heading,
// has_parent, parent (ItemView), roadmap_url, on_roadmap, api_url,
// indicators [{name, url}], has_indicators.
mstch::map ItemPageView(const ItemPageData& data, const PlanNames& names, const Catalogue& t);

}  // namespace fremdrift
