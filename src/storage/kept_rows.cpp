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

KeptRows<IndicatorDimensionNames>& KeptIndicatorDimensions() {
  static KeptRows<IndicatorDimensionNames> kept;
  return kept;
}

}  // namespace fremdrift
