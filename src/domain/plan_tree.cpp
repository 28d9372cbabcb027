#include "domain/plan_tree.h"

#include <algorithm>
#include <map>
#include <unordered_set>

namespace fremdrift {
namespace {

bool SiblingOrder(const PlanItem* a, const PlanItem* b) {
  if (a->sort_order != b->sort_order) return a->sort_order < b->sort_order;
  return a->id < b->id;
}

// `placed` holds the items already in the tree, so that an item on a
// parent cycle is placed once and the walk ends.
PlanTreeNode MakeNode(const PlanItem* item,
                      const std::map<int64_t, std::vector<const PlanItem*>>& kids,
                      std::unordered_set<const PlanItem*>& placed) {
  placed.insert(item);
  PlanTreeNode node{item, {}};
  auto it = kids.find(item->id);
  if (it != kids.end()) {
    for (const PlanItem* child : it->second) {
      if (!placed.count(child)) node.children.push_back(MakeNode(child, kids, placed));
    }
  }
  return node;
}

void Walk(const PlanTreeNode& n, std::vector<const PlanItem*>& out) {
  out.push_back(n.item);
  for (const auto& c : n.children) Walk(c, out);
}

}  // namespace

std::vector<PlanTreeNode> BuildPlanTree(const std::vector<PlanItem>& items) {
  std::unordered_set<int64_t> ids;
  for (const auto& i : items) ids.insert(i.id);
  std::map<int64_t, std::vector<const PlanItem*>> kids;
  std::vector<const PlanItem*> roots;
  for (const auto& i : items) {
    if (i.parent_id && ids.count(*i.parent_id) && *i.parent_id != i.id) {
      kids[*i.parent_id].push_back(&i);
    } else {
      roots.push_back(&i);
    }
  }
  for (auto& [id, list] : kids) std::sort(list.begin(), list.end(), SiblingOrder);
  std::sort(roots.begin(), roots.end(), SiblingOrder);
  std::vector<PlanTreeNode> out;
  std::unordered_set<const PlanItem*> placed;
  for (const PlanItem* r : roots) out.push_back(MakeNode(r, kids, placed));
  // Items whose parents form a cycle are reachable from no root: the first
  // of each cycle (in sibling order) becomes a root too.
  std::vector<const PlanItem*> rest;
  for (const auto& i : items) {
    if (!placed.count(&i)) rest.push_back(&i);
  }
  std::sort(rest.begin(), rest.end(), SiblingOrder);
  for (const PlanItem* r : rest) {
    if (!placed.count(r)) out.push_back(MakeNode(r, kids, placed));
  }
  return out;
}

std::vector<const PlanItem*> TreeOrder(const std::vector<PlanTreeNode>& roots) {
  std::vector<const PlanItem*> out;
  for (const auto& r : roots) Walk(r, out);
  return out;
}

}  // namespace fremdrift
