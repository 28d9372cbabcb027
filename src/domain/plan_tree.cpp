#include "domain/plan_tree.h"

#include <algorithm>
#include <map>
#include <optional>
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

void MarkRoot(const PlanTreeNode& n, const PlanItem* root, std::map<int64_t, const PlanItem*>& out) {
  out[n.item->id] = root;
  for (const auto& c : n.children) MarkRoot(c, root, out);
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

std::map<int64_t, const PlanItem*> RootOf(const std::vector<PlanTreeNode>& roots) {
  std::map<int64_t, const PlanItem*> out;
  for (const auto& r : roots) MarkRoot(r, r.item, out);
  return out;
}

ItemsById IndexById(const std::vector<PlanItem>& items) {
  ItemsById out;
  for (const auto& i : items) out[i.id] = &i;
  return out;
}

std::vector<const PlanItem*> AncestorsOf(const PlanItem& item, const ItemsById& by_id) {
  std::vector<const PlanItem*> out;
  std::unordered_set<int64_t> seen{item.id};
  std::optional<int64_t> next = item.parent_id;
  while (next) {
    auto it = by_id.find(*next);
    if (it == by_id.end() || !seen.insert(it->second->id).second) break;
    out.push_back(it->second);
    next = it->second->parent_id;
  }
  std::reverse(out.begin(), out.end());
  return out;
}

const PlanItem* TopAncestorOf(const PlanItem& item, const ItemsById& by_id) {
  auto ancestors = AncestorsOf(item, by_id);
  return ancestors.empty() ? &item : ancestors.front();
}

}  // namespace fremdrift
