// The plan items of one strategy arranged as a tree, siblings in their
// sort order. Nodes point into the vector they were built from, which must
// outlive the tree.
#pragma once

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

}  // namespace fremdrift
