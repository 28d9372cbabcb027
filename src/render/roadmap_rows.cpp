#include "render/roadmap_rows.h"

#include <algorithm>
#include <functional>
#include <map>

#include "render/item_view.h"

namespace fremdrift {
namespace {

// Groups in order of first appearance of their heading.
std::vector<RoadmapGroup> GroupInOrder(
    const std::vector<const PlanItem*>& items,
    const std::function<std::vector<std::string>(const PlanItem&)>& heading_of) {
  std::vector<RoadmapGroup> out;
  std::map<std::vector<std::string>, size_t> index;
  for (const auto* item : items) {
    auto heading = heading_of(*item);
    auto [it, inserted] = index.emplace(heading, out.size());
    if (inserted) out.push_back(RoadmapGroup{heading, {}});
    out[it->second].items.push_back(item);
  }
  return out;
}

// Groups by a list of keys per item, sorted by name, the empty group last.
std::vector<RoadmapGroup> GroupByKeys(
    const std::vector<const PlanItem*>& items,
    const std::function<const std::vector<std::string>&(const PlanItem&)>& keys_of,
    const std::function<std::string(const std::string&)>& name_of, const std::string& none) {
  std::map<std::string, std::vector<const PlanItem*>> by_name;
  std::vector<const PlanItem*> without;
  for (const auto* item : items) {
    const auto& keys = keys_of(*item);
    if (keys.empty()) without.push_back(item);
    for (const auto& k : keys) {
      auto& list = by_name[name_of(k)];
      if (std::find(list.begin(), list.end(), item) == list.end()) list.push_back(item);
    }
  }
  std::vector<RoadmapGroup> out;
  for (auto& [name, list] : by_name) out.push_back(RoadmapGroup{{name}, list});
  if (!without.empty()) out.push_back(RoadmapGroup{{none}, without});
  return out;
}

}  // namespace

std::string_view RoadmapGroupingKey(RoadmapGrouping g) {
  switch (g) {
    case RoadmapGrouping::kParent: return "tema";
    case RoadmapGrouping::kGoal: return "mal";
    case RoadmapGrouping::kOwner: return "eier";
    case RoadmapGrouping::kUserGroup: return "brukergruppe";
  }
  return "tema";
}

std::optional<RoadmapGrouping> RoadmapGroupingFromKey(std::string_view key) {
  for (auto g : kAllRoadmapGroupings) {
    if (RoadmapGroupingKey(g) == key) return g;
  }
  return std::nullopt;
}

std::vector<RoadmapGroup> GroupRoadmap(RoadmapGrouping grouping,
                                       const std::vector<const PlanItem*>& deliverables,
                                       const ItemsById& by_id, const Strategy& strategy,
                                       const PlanNames& names, const Catalogue& t) {
  switch (grouping) {
    case RoadmapGrouping::kParent:
      return GroupInOrder(deliverables, [&](const PlanItem& item) {
        std::vector<std::string> heading;
        for (const auto* a : AncestorsOf(item, by_id)) {
          if (a->level > 1) heading.push_back(ItemHeading(*a, strategy));
        }
        if (heading.empty()) heading.push_back(t.Text("group_no_parent"));
        return heading;
      });
    case RoadmapGrouping::kGoal:
      return GroupInOrder(deliverables, [&](const PlanItem& item) {
        const PlanItem* top = TopAncestorOf(item, by_id);
        return std::vector<std::string>{top == &item ? t.Text("group_no_parent")
                                                     : ItemHeading(*top, strategy)};
      });
    case RoadmapGrouping::kOwner:
      return GroupByKeys(
          deliverables, [](const PlanItem& i) -> const std::vector<std::string>& { return i.owners; },
          [&](const std::string& k) { return names.OrganisationName(k); },
          t.Text("group_no_owner"));
    case RoadmapGrouping::kUserGroup:
      return GroupByKeys(
          deliverables,
          [](const PlanItem& i) -> const std::vector<std::string>& { return i.user_groups; },
          [&](const std::string& k) { return names.UserGroupName(k); },
          t.Text("group_no_user_group"));
  }
  return {};
}

}  // namespace fremdrift
