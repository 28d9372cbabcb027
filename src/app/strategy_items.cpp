#include "app/strategy_items.h"

#include "domain/failure.h"
#include "storage/plan_item_store.h"
#include "storage/plan_outline.h"

namespace fremdrift {

std::vector<PlanItem> VisibleItemsOf(SqlConnection& conn, const Viewer& viewer, const Strategy& strategy) {
  if (!MaySee(viewer, strategy)) {
    throw Failure(FailureCode::kNotFound, "no strategy '" + strategy.key + "'", "strategy");
  }
  return PlanItemStore(conn).List(strategy.id);
}

std::vector<PlanItem> VisibleOutlineOf(SqlConnection& conn, const Viewer& viewer, const Strategy& strategy) {
  if (!MaySee(viewer, strategy)) {
    throw Failure(FailureCode::kNotFound, "no strategy '" + strategy.key + "'", "strategy");
  }
  return ReadPlanOutline(conn, strategy.id);
}

}  // namespace fremdrift
