#include "storage/plan_item_ref.h"

#include "storage/plan_item_store.h"

namespace fremdrift {

std::optional<int64_t> PlanItemIdByRef(SqlConnection& conn, const std::string& ref) {
  size_t slash = ref.find('/');
  if (slash == std::string::npos) return std::nullopt;
  auto rows = conn.Query(
      "SELECT p.id FROM plan_items p JOIN strategies s ON s.id = p.strategy_id WHERE s.key = ? AND p.key = ?",
      {ref.substr(0, slash), ref.substr(slash + 1)});
  if (rows.empty()) return std::nullopt;
  return rows[0].Int(0);
}

std::optional<PlanItem> PlanItemByRef(SqlConnection& conn, const std::string& ref) {
  auto id = PlanItemIdByRef(conn, ref);
  if (!id) return std::nullopt;
  return PlanItemStore(conn).FindById(*id);
}

}  // namespace fremdrift
