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
#include "storage/sql_connection.h"

namespace fremdrift {

struct SeriesQuery {
  std::optional<Period> from;  // keep periods starting on or after its start
  std::optional<Period> to;    // keep periods ending on or before its end
  std::string by;              // a dimension name, or "" for the national series
  std::optional<PeriodType> period_type;  // roll up to this, or native
};

struct SeriesValue {
  std::string period;
  std::string group;  // the `by` dimension's value, "" without `by`
  double value = 0;
  int64_t n = 1;            // how many stored values it stands for
  bool combined = false;    // a mean of several shares/rates
  bool provisional = false;
};

struct IndicatorSeries {
  std::string by;
  std::vector<std::string> groups;  // distinct group values, sorted
  std::vector<SeriesValue> values;  // by period, then group
  std::vector<Achievement> achievements;  // one per target group
  std::vector<std::string> dimensions;    // the indicator's dimension names
};

// Throws Failure(kInvalid) naming "by" for an unknown dimension and
// "period_type" for a roll-up that is not possible (e.g. weeks to months).
IndicatorSeries ReadSeries(SqlConnection& conn, const Indicator& indicator,
                           const SeriesQuery& query, const AchievementRule& rule = {});

// The latest national value (after ReadSeries without `by`), if any.
std::optional<SeriesValue> LatestValue(const IndicatorSeries& series);

}  // namespace fremdrift
