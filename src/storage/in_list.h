// The placeholders of an SQL IN list of texts, "?, ?, ?", for the stores
// that read only the rows a large plan's page names (PlanItemStore::
// FindByKeys, PeriodStore::AssessmentsOf).
#pragma once

#include <cstddef>
#include <set>
#include <string>

#include "storage/sql_connection.h"

namespace fremdrift {

// Above this many values a store reads the wider set and filters it, well
// within both engines' limits on parameters.
inline constexpr size_t kMaxInListValues = 500;

// "?, ?, ?" for `values` (empty for none), appending the values to `params`.
std::string InListOf(const std::set<std::string>& values, SqlParams& params);

}  // namespace fremdrift
