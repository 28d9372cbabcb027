#include "app/dimension_spellings.h"

#include "domain/dimension_value.h"
#include "domain/measurement.h"
#include "storage/measurement_row_store.h"

namespace fremdrift {

DimensionSpellings::DimensionSpellings(SqlConnection& conn, int64_t indicator_id)
    : store_(conn), indicator_id_(indicator_id) {
  if (store_.IsCurrent(indicator_id)) return;
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
  return ExistingDimensionValue(typed, store_.WithKey(indicator_id_, position, DimensionValueMatchKey(typed)))
      .value_or(TidyDimensionValue(typed));
}

void DimensionSpellings::Record(int position, const std::string& value) {
  if (!value.empty()) store_.Add(indicator_id_, position, DimensionValueMatchKey(value), value);
}

void DimensionSpellings::MarkCurrent() { store_.MarkCurrent(indicator_id_); }

}  // namespace fremdrift
