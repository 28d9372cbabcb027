#include "storage/plan_outline.h"

#include <string>

namespace fremdrift {

namespace {

constexpr const char* kOutlineSelect =
    "SELECT id, parent_id, key, code, level, title, sort_order, version, rollup_weight FROM plan_items ";

std::vector<PlanItem> Outline(SqlConnection& conn, int64_t strategy_id, const std::string& sql,
                              const SqlParams& params) {
  std::vector<PlanItem> out;
  for (const auto& r : conn.Query(kOutlineSelect + sql, params)) {
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
    p.rollup_weight = r.Real(8);
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace

std::vector<PlanItem> ReadPlanOutline(SqlConnection& conn, int64_t strategy_id) {
  return Outline(conn, strategy_id, "WHERE strategy_id = ? ORDER BY level, sort_order, id", {strategy_id});
}

std::vector<PlanItem> ReadPlanRoots(SqlConnection& conn, int64_t strategy_id) {
  return Outline(conn, strategy_id,
                 "WHERE strategy_id = ? AND (parent_id IS NULL OR parent_id NOT IN "
                 "(SELECT id FROM plan_items WHERE strategy_id = ?)) ORDER BY sort_order, id",
                 {strategy_id, strategy_id});
}

}  // namespace fremdrift
