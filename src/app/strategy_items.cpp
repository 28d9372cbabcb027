#include "app/strategy_items.h"

#include "domain/failure.h"
#include "storage/plan_item_store.h"

namespace fremdrift {

std::vector<PlanItem> VisibleItemsOf(SqlConnection& conn, const Viewer& viewer, const Strategy& strategy) {
  if (!MaySee(viewer, strategy)) {
    throw Failure(FailureCode::kNotFound, "no strategy '" + strategy.key + "'", "strategy");
  }
  return PlanItemStore(conn).List(strategy.id);
}

}  // namespace fremdrift
