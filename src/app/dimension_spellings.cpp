#include "app/dimension_spellings.h"

#include <algorithm>

#include "domain/dimension_value.h"
#include "domain/measurement.h"
#include "storage/measurement_row_store.h"
#include "storage/measurement_store.h"

namespace fremdrift {

DimensionSpellings::DimensionSpellings(SqlConnection& conn, int64_t indicator_id, bool current)
    : conn_(conn), store_(conn), indicator_id_(indicator_id) {
  if (current) return;
  // Stale after a write that does not keep the index (an import, an edit,
  // a delete) or never built: read every value once, here.
  store_.Clear(indicator_id);
  MeasurementRowStore rows(conn);
  for (int position = 1; position <= kMaxDimensions; ++position) {
    for (const auto& value : rows.DimensionValues(indicator_id, position)) {
      store_.Add(indicator_id, position, DimensionValueMatchKey(value), value);
    }
  }
}

std::string DimensionSpellings::StoredValue(int position, std::string_view typed) {
  auto existing =
      ExistingDimensionValue(typed, store_.WithKey(indicator_id_, position, DimensionValueMatchKey(typed)));
  if (!existing) return TidyDimensionValue(typed);
  recorded_.emplace_back(position, *existing);
  return *existing;
}

void DimensionSpellings::Record(int position, const std::string& value) {
  if (value.empty()) return;
  if (std::find(recorded_.begin(), recorded_.end(), std::pair<int, std::string>(position, value)) !=
      recorded_.end()) {
    return;
  }
  store_.Add(indicator_id_, position, DimensionValueMatchKey(value), value);
}

IndicatorDataStamp DimensionSpellings::MarkDataChangedAndCurrent() {
  return MeasurementStore(conn_).MarkDataChanged(indicator_id_, true);
}

}  // namespace fremdrift
