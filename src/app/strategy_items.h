// The plan items of one strategy, for a viewer who may see it: the tree a
// strategy page, the roadmap, the monitor and the rollup show.
#pragma once

#include <vector>

#include "app/visibility.h"
#include "domain/plan_item.h"
#include "domain/strategy.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// Every plan item of `strategy`, in the store's order. kNotFound when
// `viewer` may not see the strategy (so a hidden one is not revealed).
std::vector<PlanItem> VisibleItemsOf(SqlConnection& conn, const Viewer& viewer, const Strategy& strategy);

// The same items as an outline only (storage/plan_outline.h: place, key,
// code and title), for a view that puts things under goals.
std::vector<PlanItem> VisibleOutlineOf(SqlConnection& conn, const Viewer& viewer, const Strategy& strategy);

}  // namespace fremdrift
