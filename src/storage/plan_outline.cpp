#include "storage/plan_outline.h"

namespace fremdrift {

std::vector<PlanItem> ReadPlanOutline(SqlConnection& conn, int64_t strategy_id) {
  std::vector<PlanItem> out;
  for (const auto& r : conn.Query("SELECT id, parent_id, key, code, level, title, sort_order, version "
                                  "FROM plan_items WHERE strategy_id = ? ORDER BY level, sort_order, id",
                                  {strategy_id})) {
    PlanItem p;
    p.id = r.Int(0);
    p.strategy_id = strategy_id;
    if (!r.IsNull(1)) p.parent_id = r.Int(1);
    p.key = r.Text(2);
    p.code = r.Text(3);
    p.level = static_cast<int>(r.Int(4));
    p.title = r.Text(5);
    p.sort_order = r.Int(6);
    p.version = r.Int(7);
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace fremdrift
