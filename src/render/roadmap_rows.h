// How the roadmap ("veikart") groups its deliverables ("gruppering"): under
// the levels between goal and deliverable (sub-goal › theme, as the roadmap
// does, the default), or by goal, owner organisation or user group.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/plan_item.h"
#include "domain/plan_tree.h"
#include "domain/strategy.h"
#include "render/i18n.h"
#include "render/plan_names.h"

namespace fremdrift {

enum class RoadmapGrouping { kParent, kGoal, kOwner, kUserGroup };

// The URL value: "tema", "mal", "eier", "brukergruppe".
std::string_view RoadmapGroupingKey(RoadmapGrouping g);
std::optional<RoadmapGrouping> RoadmapGroupingFromKey(std::string_view key);
inline constexpr RoadmapGrouping kAllRoadmapGroupings[] = {
    RoadmapGrouping::kParent, RoadmapGrouping::kGoal, RoadmapGrouping::kOwner,
    RoadmapGrouping::kUserGroup};

struct RoadmapGroup {
  // The group's heading, outermost first: {"Delmål 1B: …", "Velferdsteknologi …"}
  // for kParent, one entry for the other groupings.
  std::vector<std::string> heading;
  std::vector<const PlanItem*> items;  // in the order given
};

// Groups `deliverables` (kept in the order given, normally tree order).
// kParent and kGoal keep the order of first appearance; kOwner and
// kUserGroup sort the groups by name and put the items without an owner or
// user group last, under t("group_no_owner") / t("group_no_user_group").
// An item with several owners (or user groups) appears in each group.
std::vector<RoadmapGroup> GroupRoadmap(RoadmapGrouping grouping,
                                       const std::vector<const PlanItem*>& deliverables,
                                       const ItemsById& by_id, const Strategy& strategy,
                                       const PlanNames& names, const Catalogue& t);

}  // namespace fremdrift
