// The plan items of one strategy, for a viewer who may see it: the tree a
// strategy page, the roadmap, the monitor and the rollup show, its goals on
// the home page, one item with its ancestors and children on the item
// page, and one item by key where a record names it. Each throws kNotFound
// when `viewer` may not see the strategy (so a hidden one is not revealed).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/visibility.h"
#include "domain/plan_item.h"
#include "domain/strategy.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// Every plan item of `strategy`, in the store's order.
std::vector<PlanItem> VisibleItemsOf(SqlConnection& conn, const Viewer& viewer, const Strategy& strategy);

// The items of one level of `strategy` (1: its goals), in the store's
// order, without the descriptions and links a page of the level does not
// show (storage's ListAtLevel).
std::vector<PlanItem> VisibleLevelOf(SqlConnection& conn, const Viewer& viewer, const Strategy& strategy, int level);
// The same for each of `strategies` the viewer may see, read in one
// statement (the home page lists every strategy's goals), by strategy id.
std::map<int64_t, std::vector<PlanItem>> VisibleLevelsOf(SqlConnection& conn, const Viewer& viewer,
                                                         const std::vector<Strategy>& strategies, int level);

// Every plan item of the strategies `viewer` may see, or of the one with id
// `strategy_id` when given and seen, in the store's order.
std::vector<PlanItem> VisibleItems(SqlConnection& conn, const Viewer& viewer, std::optional<int64_t> strategy_id);

// The parent of `item` (of `strategy`); nullopt for a top item or a parent
// the store no longer holds.
std::optional<PlanItem> VisibleParentOf(SqlConnection& conn, const Viewer& viewer, const Strategy& strategy,
                                        const PlanItem& item);

// The item of `strategy` with key `key`; nullopt when there is none.
std::optional<PlanItem> VisibleItemByKey(SqlConnection& conn, const Viewer& viewer, const Strategy& strategy,
                                         const std::string& key);

// An item in its place: the item, then up its parents to the top (a parent
// in another strategy, or a line longer than any plan, ends it), and its
// children. Not the rest of a large plan.
struct ItemInPlace {
  std::vector<PlanItem> line;  // line.front() is the item
  std::vector<PlanItem> children;
};
// The item of `strategy` with key `key` in its place; kNotFound naming
// "item" when there is none.
ItemInPlace VisibleItemInPlace(SqlConnection& conn, const Viewer& viewer, const Strategy& strategy,
                               const std::string& key);

// The same items as an outline only (storage/plan_outline.h: place, key,
// code and title), for a view that puts things under goals.
std::vector<PlanItem> VisibleOutlineOf(SqlConnection& conn, const Viewer& viewer, const Strategy& strategy);

}  // namespace fremdrift
