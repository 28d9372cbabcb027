// The outline of the published indicators: each one's code, name, parent
// and part number and the plan items it serves, and nothing else (no
// description, targets, units or labels). For the monitor's overview,
// which sorts a national monitor's thousand indicators under goals and
// matches words in their names, then reads in full only the page it shows
// (IndicatorStore::ListPublishedByCodes).
#pragma once

#include <vector>

#include "domain/indicator.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// The published indicators in code order, with only the fields above set
// (`published` true).
std::vector<Indicator> ReadPublishedIndicatorOutline(SqlConnection& conn);

}  // namespace fremdrift
