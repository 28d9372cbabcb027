// The published indicators as the public sees them (app/visibility.h) in
// the parts a large monitor needs: a batch at a time in code order (the
// monitor's order) for the home page's first few headline figures, an
// outline of all for the overview's grouping and search, and the few the
// overview's page shows in full.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "app/visibility.h"
#include "domain/indicator.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// Each takes the public's Visibility (Viewer::Public()) of the request on
// `conn`, so that the strategies and items the indicators serve are looked
// up once however many calls a page makes.

// At most `limit` published indicators whose code sorts after `after_code`
// ("" for the first), each as `the_public`.Seen gives it. Reads only.
std::vector<Indicator> PublicIndicatorsAfter(SqlConnection& conn, Visibility& the_public, const std::string& after_code,
                                             size_t limit);

// Every published indicator in full, in code order, as the public sees it.
// Outside a transaction they come from the indicators kept in memory
// (storage/kept_rows.h): only those changed since are read.
std::vector<Indicator> EveryPublicIndicator(SqlConnection& conn, Visibility& the_public);

// The published indicators that serve plan item `item_id`, as stored: a
// plan item's page names them and links to their pages in the monitor.
std::vector<Indicator> PublicIndicatorsServing(SqlConnection& conn, int64_t item_id);

}  // namespace fremdrift
