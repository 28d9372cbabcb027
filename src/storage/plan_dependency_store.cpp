#include "storage/plan_dependency_store.h"

namespace fremdrift {

PlanDependencies PlanDependencyStore::ForStrategy(int64_t strategy_id) {
  PlanDependencies out;
  for (const auto& r : conn_.Query(
           "SELECT i.key, p.key FROM plan_item_dependencies d "
           "JOIN plan_items i ON i.id = d.item_id "
           "JOIN plan_items p ON p.id = d.depends_on_id "
           "WHERE i.strategy_id = ? ORDER BY i.key, d.position",
           {strategy_id})) {
    out[r.Text(0)].push_back(r.Text(1));
  }
  return out;
}

void PlanDependencyStore::Replace(int64_t item_id, const std::vector<int64_t>& depends_on_ids) {
  conn_.Execute("DELETE FROM plan_item_dependencies WHERE item_id = ?", {item_id});
  int64_t position = 0;
  for (int64_t id : depends_on_ids) {
    conn_.Execute(
        "INSERT INTO plan_item_dependencies (item_id, depends_on_id, position) VALUES (?, ?, ?)",
        {item_id, id, position++});
  }
}

}  // namespace fremdrift
