// An indicator's series as read for tables, charts and downloads: what
// was asked for, and the values and achievements that came back. Plain
// data; app/indicator_series.h reads it from the database.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/achievement.h"
#include "domain/period.h"

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
  Qualifier qualifier = Qualifier::kExact;  // how exactly the value is known
};

struct IndicatorSeries {
  std::string by;
  // Distinct group values in the order of the indicator's label catalogue
  // (domain/dimension_labels.h), then sorted.
  std::vector<std::string> groups;
  std::vector<SeriesValue> values;  // by period, then group
  std::vector<Achievement> achievements;  // one per target group
  std::vector<std::string> dimensions;    // the indicator's dimension names
};

// The distinct notes of the measurements behind each (period, group) of a
// series, joined with a space.
using SeriesNotes = std::map<std::pair<std::string, std::string>, std::string>;

}  // namespace fremdrift
