// The "Dependencies" section of a plan item's page (templates/item.mustache):
// what the item waits for, with a mark where a predecessor ends after the
// item starts, and what waits for it (docs/strategy-model.md).
#pragma once

#include <utility>
#include <vector>

#include <mstch/mstch.hpp>

#include "domain/plan_item.h"
#include "domain/strategy.h"
#include "render/i18n.h"

namespace fremdrift {

struct ItemDependencyLists {
  // Each predecessor, and whether it ends after the item starts.
  std::vector<std::pair<PlanItem, bool>> waits_for;
  std::vector<PlanItem> waited_for_by;
};

// Keys: has_dependencies, has_waits_for, waits_for [{url, heading,
// end_text, clash, clash_text}], has_waited_for_by, waited_for_by [{url,
// heading}].
mstch::map ItemDependenciesView(const Strategy& strategy, const ItemDependencyLists& lists,
                                const Catalogue& t);

}  // namespace fremdrift
