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

PlanTreeNode MakeNode(const PlanItem* item,
                      const std::map<int64_t, std::vector<const PlanItem*>>& kids) {
  PlanTreeNode node{item, {}};
  auto it = kids.find(item->id);
  if (it != kids.end()) {
    for (const PlanItem* child : it->second) {
      node.children.push_back(MakeNode(child, kids));
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
  for (const PlanItem* r : roots) out.push_back(MakeNode(r, kids));
  return out;
}

std::vector<const PlanItem*> TreeOrder(const std::vector<PlanTreeNode>& roots) {
  std::vector<const PlanItem*> out;
  for (const auto& r : roots) Walk(r, out);
  return out;
}

}  // namespace fremdrift
