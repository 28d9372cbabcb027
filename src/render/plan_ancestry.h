// Walking up a strategy's plan tree: an item's parents up to its goal.
#pragma once

#include <cstdint>
#include <map>
#include <vector>

#include "domain/plan_item.h"

namespace fremdrift {

using ItemsById = std::map<int64_t, const PlanItem*>;

// An index of `items` by id; the items must outlive it.
ItemsById IndexById(const std::vector<PlanItem>& items);

// The ancestors of `item`, top level first, not including the item. Stops
// at a parent missing from `by_id` (and at a cycle, which should not exist).
std::vector<const PlanItem*> AncestorsOf(const PlanItem& item, const ItemsById& by_id);

// The top-level ancestor of `item`, or the item itself when it is level 1.
const PlanItem* TopAncestorOf(const PlanItem& item, const ItemsById& by_id);

}  // namespace fremdrift
