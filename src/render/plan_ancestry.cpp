#include "render/plan_ancestry.h"

#include <algorithm>

namespace fremdrift {

ItemsById IndexById(const std::vector<PlanItem>& items) {
  ItemsById out;
  for (const auto& i : items) out[i.id] = &i;
  return out;
}

std::vector<const PlanItem*> AncestorsOf(const PlanItem& item, const ItemsById& by_id) {
  std::vector<const PlanItem*> out;
  std::optional<int64_t> next = item.parent_id;
  while (next && out.size() < 64) {
    auto it = by_id.find(*next);
    if (it == by_id.end() || it->second->id == item.id) break;
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
