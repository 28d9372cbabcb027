#include "storage/measurement_notes.h"

#include "domain/failure.h"
#include "storage/period_code.h"

namespace fremdrift {

std::vector<MeasurementNote> DistinctMeasurementNotes(SqlConnection& conn, int64_t indicator_id,
                                                      int position, size_t limit) {
  if (position < 0 || position > 4) {
    throw Failure(FailureCode::kInternal, "no dimension column " + std::to_string(position));
  }
  const std::string limit_clause = " LIMIT " + std::to_string(limit);
  std::vector<MeasurementNote> out;
  if (position > 0) {
    const std::string col = "dim" + std::to_string(position);
    // The value's text joined from its code (migration 36).
    for (const auto& r : conn.Query("SELECT DISTINCT m.period, v.value, m.note FROM measurements m "
                                    "JOIN dimension_value_codes v ON v.code = m." + col + " "
                                    "WHERE m.indicator_id = ? AND m.value IS NOT NULL AND m.note <> '' AND m." +
                                        col + " <> 0 ORDER BY 1, 2, 3" + limit_clause,
                                    {indicator_id})) {
      out.push_back({PeriodFromCode(r.Int(0)), r.Text(1), r.Text(2), false});
    }
    return out;
  }
  for (const auto& r : conn.Query(
           "SELECT DISTINCT period, note, CASE WHEN dim1 = 0 AND dim2 = 0 AND dim3 = 0 AND "
           "dim4 = 0 THEN 1 ELSE 0 END FROM measurements "
           "WHERE indicator_id = ? AND value IS NOT NULL AND note <> '' ORDER BY 1, 3, 2" + limit_clause,
           {indicator_id})) {
    out.push_back({PeriodFromCode(r.Int(0)), "", r.Text(1), r.Int(2) == 1});
  }
  return out;
}

}  // namespace fremdrift
