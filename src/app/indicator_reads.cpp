#include "app/indicator_reads.h"

#include "domain/failure.h"
#include "storage/indicator_store.h"

namespace fremdrift {

Indicator IndicatorForEditing(SqlConnection& conn, const std::string& code) {
  auto ind = IndicatorStore(conn).FindByCode(code);
  if (!ind) throw Failure(FailureCode::kNotFound, "no indicator '" + code + "'", "code");
  return *ind;
}

std::vector<Indicator> IndicatorsServing(SqlConnection& conn, int64_t item_id) {
  return IndicatorStore(conn).ServingItem(item_id, ListScope::kAll);
}

std::vector<std::string> IndicatorDimensions(SqlConnection& conn, int64_t indicator_id) {
  return IndicatorStore(conn).Dimensions(indicator_id);
}

std::map<int64_t, std::vector<std::string>> IndicatorDimensionsOf(SqlConnection& conn,
                                                                  const std::vector<int64_t>& indicator_ids) {
  return IndicatorStore(conn).DimensionsOf(indicator_ids);
}

}  // namespace fremdrift
