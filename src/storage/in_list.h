// The placeholders of an SQL IN list of texts, "?, ?, ?", for the stores
// that read only the rows a large plan's page names (PlanItemStore::
// FindByKeys, PeriodStore::AssessmentsOf).
#pragma once

#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "storage/sql_connection.h"

namespace fremdrift {

// Above this many values a store reads the wider set and filters it, well
// within both engines' limits on parameters.
inline constexpr size_t kMaxInListValues = 500;

// "?, ?, ?" for `values` (empty for none), appending the values to `params`.
std::string InListOf(const std::set<std::string>& values, SqlParams& params);

// An IN list of ids (not empty) that keeps few SQL texts: a power of two of
// "?" marks, the ids appended to `params` and the last one repeated to fill
// them, so that lists of any ids and of similar lengths share one prepared
// statement (a connection keeps kMaxCachedStatements, each some
// kilobytes). Past kMaxInListValues, the ids written out ("1,2,3").
std::string IdListOf(const std::vector<int64_t>& ids, SqlParams& params);

}  // namespace fremdrift
