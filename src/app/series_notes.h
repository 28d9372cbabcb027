// The notes of the measurements behind each value of a series, for the
// downloads (CSV, XLSX, JSON, SDMX-CSV), which show them beside the values.
//
// A series value stands for the measurements that ReadSeries combined into
// it (docs/indicators.md, "Reading a series"), and its note is their
// distinct non-empty notes, sorted and joined with "; ":
//  - without `by`: the rows without dimension values; for counts and money,
//    in a period that has no such row, every row of the period;
//  - with `by`: the rows with a value for that dimension, by that value;
//  - rolled up to a coarser `period_type`: for counts and money the rows of
//    every sub-period, for shares and rates only those of the latest
//    sub-period (the one whose value is shown).
// Only measurements with a value count; a ratio indicator has no notes of its
// own. Reading is bounded: when more than kMaxSeriesNotes distinct notes
// would be read, no notes are returned (the values are still complete).
#pragma once

#include <map>
#include <string>
#include <utility>

#include "app/indicator_series.h"
#include "domain/indicator.h"
#include "storage/sql_connection.h"

namespace fremdrift {

inline constexpr size_t kMaxSeriesNotes = 100000;

// (period, group) of a SeriesValue -> its note. Values without notes are
// absent.

// The notes of the values of `series`, which ReadSeries returned for
// `indicator` and `query` (so `query.by` is a known dimension and a roll-up
// to `query.period_type` is possible).
SeriesNotes ReadSeriesNotes(SqlConnection& conn, const Indicator& indicator,
                            const IndicatorSeries& series, const SeriesQuery& query);

}  // namespace fremdrift
