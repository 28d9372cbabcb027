// Reading indicators for those who edit them (the indicator and
// measurement forms and the API's answers to their changes) or assess what
// they serve: one by code, those serving a plan item, internal ones
// included, and the dimensions its figures are broken down by. What the
// public sees goes through app/visibility.h.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "domain/indicator.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// The indicator with `code`, published or internal; kNotFound (field
// "code") when there is none. The caller has checked that the user may
// edit indicators.
Indicator IndicatorForEditing(SqlConnection& conn, const std::string& code);

// Every indicator that serves plan item `item_id`, internal ones included,
// for those who assess the item.
std::vector<Indicator> IndicatorsServing(SqlConnection& conn, int64_t item_id);

// The names of the dimensions the indicator's figures are broken down by.
std::vector<std::string> IndicatorDimensions(SqlConnection& conn, int64_t indicator_id);
// The same for many indicators in one query, by indicator id (an indicator
// without dimensions is left out).
std::map<int64_t, std::vector<std::string>> IndicatorDimensionsOf(SqlConnection& conn,
                                                                  const std::vector<int64_t>& indicator_ids);

}  // namespace fremdrift
