// The distinct notes on an indicator's measurements, computed by the
// database so that a large series is never read row by row
// (app/series_notes.h turns them into the notes of a series).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "storage/sql_connection.h"

namespace fremdrift {

// One distinct note of the measurements of one native period.
struct MeasurementNote {
  std::string period;  // native period
  std::string group;   // the dimension value (by position), else ""
  std::string note;
  bool national = false;  // on a row split by no dimension
};

// The distinct notes of `indicator_id`'s measurements that have a value.
// With `position` 1..4, those of rows with a value in that dimension
// column, by period, group and note; with 0, those of every row (group ""),
// by period, national rows last, and note. At most `limit` of them.
std::vector<MeasurementNote> DistinctMeasurementNotes(SqlConnection& conn, int64_t indicator_id,
                                                      int position, size_t limit);

}  // namespace fremdrift
