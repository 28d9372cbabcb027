// The placeholders of an SQL IN list of texts, "?, ?, ?", for the stores
// that read only the rows a large plan's page names (PlanItemStore::
// FindByKeys, PeriodStore::AssessmentsOf).
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "storage/sql_connection.h"

namespace fremdrift {

// Above this many values a store reads the wider set and filters it, well
// within both engines' limits on parameters.
inline constexpr size_t kMaxInListValues = 500;

// "?, ?, ?" for `values` (empty for none), appending the values to `params`.
std::string InListOf(const std::set<std::string>& values, SqlParams& params);

// The "?" marks of `values` (not empty), as many as the next power of two,
// the values appended to `params` and the last one repeated to fill the
// marks: lists of any values and of similar lengths share one SQL text,
// and so one prepared statement (a connection keeps kMaxCachedStatements,
// each some kilobytes).
template <typename Value>
std::string PaddedMarksOf(std::span<const Value> values, SqlParams& params) {
  size_t marks = 1;
  while (marks < values.size()) marks *= 2;
  std::string out;
  for (size_t i = 0; i < marks; ++i) {
    out += i ? ", ?" : "?";
    params.push_back(values[std::min(i, values.size() - 1)]);
  }
  return out;
}

// An IN list of ids (not empty) that keeps few SQL texts: PaddedMarksOf the
// ids; past kMaxInListValues, the ids written out ("1,2,3").
std::string IdListOf(const std::vector<int64_t>& ids, SqlParams& params);

}  // namespace fremdrift
