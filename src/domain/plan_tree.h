// The plan items of one strategy arranged as a tree, siblings in their
// sort order, and the walks up it: an item's ancestors and its top-level
// item. Nodes and pointers point into the vector they were built from,
// which must outlive them. An item whose parent is missing counts as a
// top-level item everywhere here, so that nothing silently disappears.
#pragma once

#include <cstdint>
#include <map>
#include <vector>

#include "domain/plan_item.h"

namespace fremdrift {

struct PlanTreeNode {
  const PlanItem* item = nullptr;
  std::vector<PlanTreeNode> children;
};

// Builds the forest of top-level items. An item whose parent is not in
// `items` is treated as a root so that nothing silently disappears; so is
// the first item of a parent cycle (which valid data cannot have, as a
// child is always one level below its parent). Every item appears once.
std::vector<PlanTreeNode> BuildPlanTree(const std::vector<PlanItem>& items);

// The items in depth-first tree order (parents before children).
std::vector<const PlanItem*> TreeOrder(const std::vector<PlanTreeNode>& roots);

// The root above (or at) each item of the tree, by item id: for the tree's
// top-level items and its orphans, the item itself.
std::map<int64_t, const PlanItem*> RootOf(const std::vector<PlanTreeNode>& roots);

using ItemsById = std::map<int64_t, const PlanItem*>;

// An index of `items` by id; the items must outlive it.
ItemsById IndexById(const std::vector<PlanItem>& items);

// The ancestors of `item`, top level first, not including the item. Stops
// at a parent missing from `by_id`, as BuildPlanTree makes such an item a
// root (and at a cycle, which valid data cannot have).
std::vector<const PlanItem*> AncestorsOf(const PlanItem& item, const ItemsById& by_id);

// The top-level ancestor of `item`, or the item itself when it has none.
const PlanItem* TopAncestorOf(const PlanItem& item, const ItemsById& by_id);

}  // namespace fremdrift
