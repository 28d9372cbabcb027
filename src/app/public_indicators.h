// The published indicators as the public sees them (app/visibility.h), a
// batch at a time in code order (the monitor's order): for a read that
// needs only the first few of a national monitor's thousand, such as the
// home page's headline figures.
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

}  // namespace fremdrift
