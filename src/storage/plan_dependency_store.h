// The "waits for" links between plan items (domain/plan_dependency.h) in
// the database: one row per link, in the order the item lists them. A link
// goes when either item is deleted.
#pragma once

#include <cstdint>
#include <vector>

#include "domain/plan_dependency.h"
#include "storage/sql_connection.h"

namespace fremdrift {

class PlanDependencyStore {
 public:
  explicit PlanDependencyStore(SqlConnection& conn) : conn_(conn) {}

  // The links of one strategy's items, by item key, each list in order.
  // Items without links are absent.
  PlanDependencies ForStrategy(int64_t strategy_id);

  // Makes `depends_on_ids` (in this order) the items that item `item_id`
  // waits for, in the caller's transaction.
  void Replace(int64_t item_id, const std::vector<int64_t>& depends_on_ids);

 private:
  SqlConnection& conn_;
};

}  // namespace fremdrift
