// Reading and changing what a plan item waits for (domain/plan_dependency.h)
// on behalf of a user: the change is checked (known keys in the item's
// strategy, no cycle), authorised like any change of the item (an editor
// must own it), written with its audit entry in one transaction. On any
// Failure nothing is written.
#pragma once

#include <cstdint>
#include <set>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/plan_item.h"
#include "domain/user.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// One predecessor of an item, and whether it ends after the item starts.
struct Predecessor {
  PlanItem item;
  bool ends_after_start = false;
};

// What `item` waits for (in its order) and what waits for it (by key).
struct ItemDependencies {
  std::vector<Predecessor> waits_for;
  std::vector<PlanItem> waited_for_by;
};

ItemDependencies ReadItemDependencies(SqlConnection& conn, const PlanItem& item);

// The items of `item`'s strategy in plan order: what its dependency form
// offers (the item itself and its predecessors are left out by the form).
std::vector<PlanItem> ItemsOfItsStrategy(SqlConnection& conn, const PlanItem& item);

// The ids of the items of strategy `strategy_id` that wait for an item
// that ends after they start (EndsAfterStart), for the roadmap's mark.
std::set<int64_t> ItemsWaitingPastTheirStart(SqlConnection& conn, int64_t strategy_id);

// Makes `body.depends_on` (an array of item keys of the same strategy, in
// order; [] for none) what item `id` waits for. kNotFound for no item,
// kInvalid naming "depends_on[i]" for an unknown key, the item itself or a
// key given twice, kConflict naming the cycle it would make (rule
// "dependency_cycle", parameters "cycle" as text and "keys", the keys of
// the cycle comma-separated, the first again at the end), kForbidden
// for a user who may not change the item.
ItemDependencies SetItemDependencies(SqlConnection& conn, const User& actor, int64_t id,
                                     const nlohmann::json& body);

}  // namespace fremdrift
