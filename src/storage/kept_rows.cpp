#include "storage/kept_rows.h"

namespace fremdrift {

KeptRows<Indicator>& KeptIndicators() {
  static KeptRows<Indicator> kept;
  return kept;
}

KeptRows<PlanItem>& KeptPlanItems() {
  static KeptRows<PlanItem> kept;
  return kept;
}

int64_t ReadBasisStamp(SqlConnection& conn) {
  auto rows = conn.Query("SELECT stamp FROM round_basis WHERE id = 1");
  return rows.empty() ? 0 : rows[0].Int(0);
}

}  // namespace fremdrift
