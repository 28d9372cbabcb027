// The outline of a strategy's plan: each item's place in it (id, parent,
// level, key, code, title, sort order, version, roll-up weight) and nothing else: no
// description, owners, user groups, dates, phases or links. For reads that
// only put things under goals or name them (the monitor's overview, the
// home page's status in brief), where a national plan of 2,000 whole items
// costs more than the page.
#pragma once

#include <cstdint>
#include <vector>

#include "domain/plan_item.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// The items of strategy `strategy_id` with only the fields above set, in
// PlanItemStore::List's order (level, sort order, id).
std::vector<PlanItem> ReadPlanOutline(SqlConnection& conn, int64_t strategy_id);

// The outline's top-level items, as BuildPlanTree's roots (domain/plan_tree.h):
// those whose parent is no item of the strategy, in sibling order (sort
// order, then id). For the goals of a large plan without reading the rest.
std::vector<PlanItem> ReadPlanRoots(SqlConnection& conn, int64_t strategy_id);

}  // namespace fremdrift
