// Reading an indicator's series for tables, charts and downloads, from the
// aggregates (never the raw rows), with its achievement against targets.
//
// How values combine (docs/indicators.md):
//  - Without `by`, the series is the national figure: rows that have no
//    dimension values. For counts and money, a period that has only
//    dimension rows shows their sum.
//  - With `by`, there is one series per value of that dimension; other
//    dimensions are summed for counts and money, and for shares and rates
//    the mean is shown and marked as combined.
//  - Rolling up to a coarser `period_type` sums counts and money, and takes
//    the latest sub-period's value for shares and rates.
//  - A ratio indicator is computed as factor × numerator / denominator from
//    its parts' series, never by averaging percentages.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/achievement.h"
#include "domain/indicator.h"
#include "domain/period.h"
#include "domain/series.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// Throws Failure(kInvalid) naming "by" for an unknown dimension and
// "period_type" for a roll-up that is not possible (e.g. weeks to months).
IndicatorSeries ReadSeries(SqlConnection& conn, const Indicator& indicator,
                           const SeriesQuery& query, const AchievementRule& rule = {});

// ReadSeries(conn, ind, {.to = to}, rule), the national series up to the
// end of `to` (all of it without), of each of `indicators` in their order,
// read together: the dimension names and aggregates of all in two or three
// queries, not a few per indicator (a ratio indicator is still read on its
// own). Outside a transaction, each series is taken from and kept in
// memory across requests while its indicator's data is unchanged
// (app/kept_national_series.h).
std::vector<IndicatorSeries> ReadNationalSeries(SqlConnection& conn, const std::vector<Indicator>& indicators,
                                                const AchievementRule& rule = {},
                                                const std::optional<Period>& to = std::nullopt);

// The series the monitor shows of each of `indicators`, in their order: the
// national one, or when that has no values, the one by the indicator's
// chart dimension (domain/chart_dimension.h), as ReadSeries would give it
// with that `by`. Read together: ReadNationalSeries, then the aggregates of
// each dimension position for all the indicators shown by it in one query.
// With `to`, each series ends with that period, and an indicator whose
// national values all come later is shown by its chart dimension (as the
// status report of that period shows it).
std::vector<IndicatorSeries> ReadOverviewSeries(SqlConnection& conn, const std::vector<Indicator>& indicators,
                                                const AchievementRule& rule = {},
                                                const std::optional<Period>& to = std::nullopt);

// The latest national value (after ReadSeries without `by`), if any.
std::optional<SeriesValue> LatestValue(const IndicatorSeries& series);

}  // namespace fremdrift
