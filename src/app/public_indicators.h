// The published indicators as the public sees them (app/visibility.h) in
// the parts a large monitor needs: a batch at a time in code order (the
// monitor's order) for the home page's first few headline figures, an
// outline of all for the overview's grouping and search, and the few the
// overview's page shows in full.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "domain/indicator.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// At most `limit` published indicators whose code sorts after `after_code`
// ("" for the first), each as Visibility(conn, Viewer::Public()).Seen gives
// it. Reads only.
std::vector<Indicator> PublicIndicatorsAfter(SqlConnection& conn, const std::string& after_code, size_t limit);

// Every published indicator as an outline (storage/indicator_outline.h:
// code, name, parent, part number, served items), in code order, as the
// public sees it.
std::vector<Indicator> PublicIndicatorOutline(SqlConnection& conn);

// The published indicators among `codes` in full, in code order, as the
// public sees them.
std::vector<Indicator> PublicIndicatorsByCodes(SqlConnection& conn, const std::vector<std::string>& codes);

}  // namespace fremdrift
